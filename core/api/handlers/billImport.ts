/**
 * bill.import: the bill file becomes evidence (kind bill-export) and the picked rows become payments
 * (source 'bill', linked to that evidence by billEvidenceId/billRow). Re-importing the same or an
 * overlapping bill adds nothing twice: rows are matched on the platform's own ids, 交易单号 first,
 * then 商户单号, never by fuzzy similarity; each skipped row is reported with the reason. The
 * object is stored first (async file I/O), then ONE synchronous transaction writes the evidence,
 * the payments, their links and the audit entries; on failure the new object is removed again.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nowIso, toBeijingIso } from '../../beijingTime.ts';
import type { ProgressReporter } from '../../progress.ts';
import { billFileBytes } from '../../importers/billArchive.ts';
import { isUntrusted } from '../../importers/billSummary.ts';
import type { BillError, BillRow } from '../../importers/types.ts';
import { appendAudit } from '../../../db/auditLog.ts';
import { deleteObject, storeObject } from '../../../db/objectStore.ts';
import type { Vault } from '../../../db/openVault.ts';
import { getCase, touchCase } from '../../../db/queries/cases.ts';
import { billCounterpartyResolver, checkBillCounterpartyChoice } from './billCounterparty.ts';
import { insertEvidenceRow, linkEvidenceToPayments } from '../../../db/queries/evidence.ts';
import { findPaymentsByPlatformIds, insertPaymentRow } from '../../../db/queries/payments.ts';
import { sniffMime } from '../../../db/sniffMime.ts';
import type { BillImportResult, BillSkippedRow } from '../schemas/bill.ts';
import type { ParsedInput } from '../contract.ts';
import { readBillFile } from './billFile.ts';
import { billImportMessages as msg } from './billImportMessages.ts';
import { stmt } from '../../../db/sql.ts';

type ImportInput = ParsedInput<'bill.import'>;

/** The rows asked for (all when nothing was picked), in file order, plus errors for unknown picks. */
function selectRows(
  rows: BillRow[],
  input: ImportInput,
  file: string,
): { chosen: BillRow[]; errors: BillError[] } {
  if (!input.pick?.length && !input.rows?.length) return { chosen: rows, errors: [] };
  const errors: BillError[] = [];
  const wanted = new Set<BillRow>();
  for (const txid of input.pick ?? []) {
    const found = rows.filter((r) => r.txid === txid);
    if (found.length === 0)
      errors.push({ file, row: null, column: '交易单号', message: msg.pickNotInBill(txid) });
    for (const r of found) wanted.add(r);
  }
  for (const n of input.rows ?? []) {
    const r = rows.find((x) => x.row === n);
    if (r) wanted.add(r);
    else errors.push({ file, row: n, column: null, message: msg.rowNotInBill(n) });
  }
  return { chosen: rows.filter((r) => wanted.has(r)), errors };
}

/** With a pick, problems of rows not picked are noise: keep file-level ones and the picked rows'. */
function relevantErrors(errors: BillError[], chosen: BillRow[], input: ImportInput): BillError[] {
  if (!input.pick?.length && !input.rows?.length) return errors;
  const rows = new Set(chosen.map((r) => r.row));
  return errors.filter((e) => e.row === null || rows.has(e.row));
}

export async function importBill(
  vault: Vault,
  input: ImportInput,
  progress: ProgressReporter,
): Promise<BillImportResult> {
  const { db } = vault;
  getCase(db, input.caseId);
  checkBillCounterpartyChoice(db, input.caseId, input.counterparty);
  progress.report({ phase: 'parsing', done: 0, total: 1 });
  const read = await readBillFile(input.path, input.originalName, input.password);
  const { result } = read;
  const { chosen, errors: pickErrors } = selectRows(result.rows, input, read.fileName);
  const outcome: BillImportResult = {
    format: result.format,
    rows: result.rows.length,
    picked: chosen.length,
    imported: 0,
    duplicates: 0,
    paymentIds: [],
    skipped: [],
    errors: [...relevantErrors(result.errors, chosen, input), ...pickErrors],
    incomeFen: 0,
    expenseFen: 0,
    evidenceId: null,
    evidenceReused: false,
    summary: result.summary,
    counterparty: { linkedId: null, createdId: null, unlinkedNames: [] },
  };
  // Nothing recognised, nothing stored: an unreadable file is not evidence of any payment.
  if (result.format === 'unknown' || chosen.length === 0) return outcome;
  progress.throwIfCancelled();

  const bill = await billFileBytes(read.bytes, result.summary.archive, input.password);
  const evidenceName = bill.name ?? read.fileName;
  const tmp = path.join(vault.tmpDir, `bill-${process.pid}-${randomBytes(8).toString('hex')}`);
  await writeFile(tmp, bill.bytes, { mode: 0o600 });
  let stored;
  try {
    // Hash exactly the bytes that were parsed, not whatever the path holds by now.
    stored = await storeObject(vault.objectsDir, vault.tmpDir, tmp, { signal: progress.signal });
  } finally {
    await rm(tmp, { force: true });
  }
  const mime = await sniffMime(stored.head, evidenceName);
  progress.throwIfCancelled();
  progress.report({ phase: 'saving', done: 0, total: chosen.length });
  try {
    db.transaction(() =>
      writeImport(vault, input, chosen, outcome, {
        ...stored,
        mime,
        evidenceName,
        read,
        fromZip: bill.name !== null,
      }),
    )();
  } catch (err) {
    if (stored.created && !stmt(db, 'SELECT 1 FROM objects WHERE sha256 = ?').get(stored.sha256))
      deleteObject(vault.objectsDir, stored.sha256);
    throw err;
  }
  progress.report({ phase: 'saving', done: chosen.length, total: chosen.length });
  return outcome;
}

interface StoredBill {
  sha256: string;
  size: number;
  created: boolean;
  mime: string;
  evidenceName: string;
  fromZip: boolean;
  read: { fileName: string; mtimeMs: number };
}

function writeImport(
  vault: Vault,
  { caseId, counterparty }: ImportInput,
  chosen: BillRow[],
  out: BillImportResult,
  bill: StoredBill,
): void {
  const { db } = vault;
  const existing = stmt(
    db,
    "SELECT id FROM evidence WHERE case_id = ? AND sha256 = ? AND kind = 'bill-export' ORDER BY id LIMIT 1",
  ).get(caseId, bill.sha256) as { id: number } | undefined;
  let evidenceId: number;
  if (existing) {
    evidenceId = existing.id;
    out.evidenceReused = true;
  } else {
    const fileModifiedAt = toBeijingIso(new Date(bill.read.mtimeMs));
    const from = bill.fromZip ? `（解压自 ${bill.read.fileName} / unzipped from ${bill.read.fileName}）` : '';
    evidenceId = insertEvidenceRow(
      db,
      caseId,
      {
        sha256: bill.sha256,
        kind: 'bill-export',
        title: bill.evidenceName,
        description: `官方账单文件，格式 ${out.format}${from}`,
        capturedAt: fileModifiedAt,
        capturedAtSource: 'file-mtime',
        originalName: bill.evidenceName,
        fileModifiedAt,
        size: bill.size,
        mime: bill.mime,
        addedAt: nowIso(),
      },
      [],
    );
    appendAudit(db, {
      action: 'evidence.added',
      caseId,
      subject: `evidence:${evidenceId}`,
      details: {
        sha256: bill.sha256,
        size: bill.size,
        mime: bill.mime,
        kind: 'bill-export',
        deduplicated: !bill.created,
        format: out.format,
      },
    });
  }
  out.evidenceId = evidenceId;

  const partyFor = billCounterpartyResolver(db, caseId, counterparty, out.counterparty);
  const seenTxid = new Map<string, number>();
  const seenMo = new Map<string, number>();
  const skip = (
    r: BillRow,
    reason: BillSkippedRow['reason'],
    existingPaymentId: number | null,
    message: BillSkippedRow['message'],
  ) => {
    out.skipped.push({ row: r.row, txid: r.txid, reason, existingPaymentId, message });
    if (reason !== 'untrusted-id') out.duplicates++;
  };
  // One batch lookup for the platform ids (the resolver looks each counterparty name up once), not one per row.
  const findExisting = findPaymentsByPlatformIds(db, caseId, chosen);
  for (const r of chosen) {
    if (isUntrusted(r)) {
      skip(r, 'untrusted-id', null, msg.untrustedId());
      continue;
    }
    const earlier = seenTxid.get(r.txid) ?? (r.merchantOrderId ? seenMo.get(r.merchantOrderId) : undefined);
    if (earlier !== undefined) {
      skip(r, 'repeated-in-bill', null, msg.repeatedInBill(earlier));
      continue;
    }
    const found = findExisting(r.txid, r.merchantOrderId);
    if (found) {
      const byTxid = found.txid === r.txid;
      skip(
        r,
        byTxid ? 'duplicate-txid' : 'duplicate-merchant-order-id',
        found.id,
        byTxid
          ? msg.duplicateTxid(r.txid, found.id)
          : msg.duplicateMerchantOrder(r.merchantOrderId ?? '', found.id),
      );
      continue;
    }
    const counterpartyId = partyFor(r.counterparty);
    const paymentId = insertPaymentRow(db, caseId, {
      source: 'bill',
      txid: r.txid,
      merchantOrderId: r.merchantOrderId,
      time: r.time,
      amountFen: r.amountFen,
      direction: r.direction,
      type: r.type,
      method: r.method,
      status: r.status,
      refundedFen: r.refundedFen,
      counterparty: r.counterparty,
      counterpartyId,
      note: r.note,
      billEvidenceId: evidenceId,
      billRow: r.row,
    });
    appendAudit(db, {
      action: 'payment.imported',
      caseId,
      subject: `payment:${paymentId}`,
      details: {
        txid: r.txid,
        amountFen: r.amountFen,
        time: r.time,
        source: 'bill',
        evidenceId,
        billRow: r.row,
      },
    });
    seenTxid.set(r.txid, r.row);
    if (r.merchantOrderId) seenMo.set(r.merchantOrderId, r.row);
    out.paymentIds.push(paymentId);
    out.imported++;
    if (r.direction === 'income') out.incomeFen += r.amountFen;
    else if (r.direction === 'expense') out.expenseFen += r.amountFen;
  }
  linkEvidenceToPayments(db, evidenceId, out.paymentIds);
  touchCase(db, caseId);
}
