/**
 * The per-row part of bill.import, inside its transaction: each picked row is skipped (an untrusted
 * id, repeated within the bill, or already in the case by 交易单号 then 商户单号) or inserted as a
 * payment. Nothing here is looked up per row in the database: the platform ids of the whole batch
 * are fetched up front (findPaymentsByPlatformIds) and each counterparty name is resolved once.
 */
import type Database from 'better-sqlite3';
import { nowIso } from '../../beijingTime.ts';
import { isUntrusted } from '../../importers/billSummary.ts';
import type { BillRow } from '../../importers/types.ts';
import { ImportedPaymentsDigest } from '../../../db/importedPaymentsAudit.ts';
import { findPaymentsByPlatformIds } from '../../../db/queries/payments.ts';
import { PaymentBatchInserter } from '../../../db/queries/paymentBatch.ts';
import type { BillImportResult, BillSkipReason, BillCounterpartyChoice } from '../schemas/bill.ts';
import { billCounterpartyResolver } from './billCounterparty.ts';
import { SkippedRows } from './billSkipped.ts';

/**
 * Inserts the rows that are new, counting into `out` (imported, duplicates, skipped and its groups,
 * paymentIds, totals), and returns the digest the import's audit entry binds the new payments with.
 */
export function insertBillPayments(
  db: Database.Database,
  caseId: number,
  counterparty: BillCounterpartyChoice | undefined,
  chosen: readonly BillRow[],
  out: BillImportResult,
): ImportedPaymentsDigest {
  const evidenceId = out.evidenceId;
  const partyFor = billCounterpartyResolver(db, caseId, counterparty, out.counterparty);
  const seenTxid = new Map<string, number>();
  const seenMo = new Map<string, number>();
  const skipped = new SkippedRows();
  const skip = (
    r: BillRow,
    reason: BillSkipReason,
    existingPaymentId: number | null,
    earlierRow: number | null = null,
  ) => {
    skipped.add(r, reason, existingPaymentId, earlierRow);
    if (reason !== 'untrusted-id') out.duplicates++;
  };
  const findExisting = findPaymentsByPlatformIds(db, caseId, chosen);
  // One creation time for the whole import: it is one act, and nowIso() per row cost ~0.3 s per 100k.
  const createdAt = nowIso();
  const imported = new ImportedPaymentsDigest();
  // Rows are inserted a batch at a time; each gets its id (in order) once its batch is written.
  const toInsert: BillRow[] = [];
  const inserter = new PaymentBatchInserter(db, caseId, createdAt, (i, id) => {
    const r = toInsert[i] as BillRow;
    imported.add({ id, txid: r.txid, amountFen: r.amountFen, time: r.time, billRow: r.row });
    out.paymentIds.push(id);
  });
  for (const r of chosen) {
    if (isUntrusted(r)) {
      skip(r, 'untrusted-id', null);
      continue;
    }
    const earlier = seenTxid.get(r.txid) ?? (r.merchantOrderId ? seenMo.get(r.merchantOrderId) : undefined);
    if (earlier !== undefined) {
      skip(r, 'repeated-in-bill', null, earlier);
      continue;
    }
    const found = findExisting(r.txid, r.merchantOrderId);
    if (found) {
      skip(r, found.txid === r.txid ? 'duplicate-txid' : 'duplicate-merchant-order-id', found.id);
      continue;
    }
    toInsert.push(r);
    inserter.add({
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
      counterpartyId: partyFor(r.counterparty),
      note: r.note,
      billEvidenceId: evidenceId,
      billRow: r.row,
    });
    seenTxid.set(r.txid, r.row);
    if (r.merchantOrderId) seenMo.set(r.merchantOrderId, r.row);
    out.imported++;
    if (r.direction === 'income') out.incomeFen += r.amountFen;
    else if (r.direction === 'expense') out.expenseFen += r.amountFen;
  }
  inserter.finish();
  out.skipped = skipped.rows;
  out.skippedGroups = skipped.groups();
  return imported;
}
