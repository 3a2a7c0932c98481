/**
 * bill.import: the bill file becomes evidence (kind bill-export) and the picked rows become payments
 * (source 'bill', linked to that evidence by billEvidenceId/billRow). Re-importing the same or an
 * overlapping bill adds nothing twice: rows are matched on the platform's own ids, 交易单号 first,
 * then 商户单号, never by fuzzy similarity; each skipped row is reported with the reason. The
 * object is staged and published first (async file I/O, db/objectBatch.ts: a durable note before it
 * appears in objects/), then ONE synchronous transaction writes the evidence, the payments, their
 * links, their search entries (in one statement) and ONE audit entry for the whole import
 * (db/importedPaymentsAudit.ts) and drops the note; on failure the new object is removed again, after a
 * crash the next open removes it.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { nowIso, toBeijingIso } from '../../beijingTime.ts';
import type { ProgressReporter } from '../../progress.ts';
import { writePrivateFile } from '../../util/privateFile.ts';
import { billFileBytes } from '../../importers/billArchive.ts';
import type { BillError, BillRow } from '../../importers/types.ts';
import { appendAudit } from '../../../db/auditLog.ts';
import { ObjectBatch } from '../../../db/objectBatch.ts';
import type { Vault } from '../../../db/openVault.ts';
import { getCase, touchCase } from '../../../db/queries/cases.ts';
import { checkBillCounterpartyChoice } from './billCounterparty.ts';
import { insertBillPayments } from './billImportRows.ts';
import { insertEvidenceRow, linkEvidenceToPayments } from '../../../db/queries/evidence.ts';
import { sniffMime } from '../../../db/sniffMime.ts';
import type { BillImportResult } from '../schemas/bill.ts';
import type { ParsedInput } from '../contract.ts';
import { readBillFile } from './billFile.ts';
import { billImportMessages as msg } from './billImportMessages.ts';
import { stmt } from '../../../db/sql.ts';
import { idRanges } from '../../../db/importedPaymentsAudit.ts';
import { insertPaymentsIndexedOnce } from '../../../db/queries/paymentSearch.ts';
import { withBulkCache } from '../../../db/bulkCache.ts';

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
  const batch = new ObjectBatch(vault);
  try {
    const prepared = await prepareImport(vault, batch, input, progress);
    if (prepared.bill === null) return prepared.outcome;
    const { outcome, chosen, bill } = prepared;
    progress.report({ phase: 'saving', done: 0, total: chosen.length });
    batch.publish();
    withBulkCache(db, () =>
      db.transaction(() => {
        writeImport(vault, input, chosen, outcome, bill);
        batch.settle();
      })(),
    );
    progress.report({ phase: 'saving', done: chosen.length, total: chosen.length });
    return outcome;
  } catch (err) {
    batch.discard();
    throw err;
  }
}

type Prepared =
  | { outcome: BillImportResult; chosen: BillRow[]; bill: StoredBill }
  | { outcome: BillImportResult; bill: null };

/**
 * Reads and parses the bill, picks the rows and stages the bill file as an object. The file's
 * bytes (17 MB for 100,000 rows, and a zip's inflated bill besides) go no further than this
 * function: once it returns they are garbage, before the transaction builds its own data.
 */
async function prepareImport(
  vault: Vault,
  batch: ObjectBatch,
  input: ImportInput,
  progress: ProgressReporter,
): Promise<Prepared> {
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
    skippedGroups: [],
    errors: [...relevantErrors(result.errors, chosen, input), ...pickErrors],
    incomeFen: 0,
    expenseFen: 0,
    evidenceId: null,
    evidenceReused: false,
    summary: result.summary,
    counterparty: { linkedId: null, createdId: null, unlinkedNames: [] },
  };
  // Nothing recognised, nothing stored: an unreadable file is not evidence of any payment.
  if (result.format === 'unknown' || chosen.length === 0) return { outcome, bill: null };
  progress.throwIfCancelled();

  const bill = await billFileBytes(read.bytes, result.summary.archive, input.password);
  const evidenceName = bill.name ?? read.fileName;
  const tmp = path.join(vault.tmpDir, `bill-${process.pid}-${randomBytes(8).toString('hex')}`);
  await writePrivateFile(tmp, bill.bytes, 'wx');
  let stored;
  try {
    // Hash exactly the bytes that were parsed, not whatever the path holds by now.
    stored = await batch.stage(tmp, { signal: progress.signal });
  } finally {
    await rm(tmp, { force: true });
  }
  const mime = await sniffMime(stored.head, evidenceName);
  progress.throwIfCancelled();
  return {
    outcome,
    chosen,
    bill: {
      sha256: stored.sha256,
      size: stored.size,
      mime,
      evidenceName,
      read: { fileName: read.fileName, mtimeMs: read.mtimeMs },
      fromZip: bill.name !== null,
    },
  };
}

interface StoredBill {
  sha256: string;
  size: number;
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
  // Asked of the database (inside this transaction), not the file system: only a live row dedupes.
  const deduplicated = !!stmt(db, 'SELECT 1 FROM objects WHERE sha256 = ?').get(bill.sha256);
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
        deduplicated,
        format: out.format,
      },
    });
  }
  out.evidenceId = evidenceId;

  // The payments, their search entries in one statement, their links to the bill, ONE audit entry.
  const imported = insertPaymentsIndexedOnce(
    db,
    () => insertBillPayments(db, caseId, counterparty, chosen, out),
    () => out.paymentIds,
  );
  linkEvidenceToPayments(db, evidenceId, out.paymentIds);
  if (imported.count > 0)
    appendAudit(db, {
      action: 'payments.imported',
      caseId,
      subject: `evidence:${evidenceId}`,
      details: {
        evidenceId,
        source: 'bill',
        format: out.format,
        count: imported.count,
        paymentIds: idRanges(out.paymentIds),
        digest: imported.digest(),
        incomeFen: out.incomeFen,
        expenseFen: out.expenseFen,
      },
    });
  touchCase(db, caseId);
}
