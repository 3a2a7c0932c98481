/**
 * The rows a bill import skips, kept as compact structured entries and said once per reason. A bill
 * imported a second time skips every row: 100,000 zh + en sentences made the result ~200 MB larger
 * and the UI a wall of text. Each reason gets ONE message: the specific sentence (its id, the payment
 * it duplicates) when a single row has it, else the count and the first SKIPPED_ROWS_SHOWN rows; the
 * full list stays in `skipped` (row, 交易单号, reason, existing payment) for --json and callers.
 */
import type { BillRow } from '../../importers/types.ts';
import type { LocalizedText } from '../../domain/types.ts';
import type { BillSkipReason, BillSkippedGroup, BillSkippedRow } from '../schemas/bill.ts';
import { billImportMessages as msg } from './billImportMessages.ts';

export const SKIPPED_ROWS_SHOWN = 10;

interface Group {
  count: number;
  rows: number[];
  /** What the sentence for a single row says. */
  first: { row: BillRow; existingPaymentId: number | null; earlierRow: number | null };
}

const REASONS: readonly BillSkipReason[] = [
  'duplicate-txid',
  'duplicate-merchant-order-id',
  'repeated-in-bill',
  'untrusted-id',
];

function singleMessage(reason: BillSkipReason, g: Group): LocalizedText {
  const { row, existingPaymentId, earlierRow } = g.first;
  switch (reason) {
    case 'duplicate-txid':
      return msg.duplicateTxid(row.txid, existingPaymentId ?? 0);
    case 'duplicate-merchant-order-id':
      return msg.duplicateMerchantOrder(row.merchantOrderId ?? '', existingPaymentId ?? 0);
    case 'repeated-in-bill':
      return msg.repeatedInBill(earlierRow ?? 0);
    case 'untrusted-id':
      return msg.untrustedId();
  }
}

function groupMessage(reason: BillSkipReason, g: Group): LocalizedText {
  if (g.count === 1) return singleMessage(reason, g);
  switch (reason) {
    case 'duplicate-txid':
      return msg.duplicateTxidRows(g.count, g.rows);
    case 'duplicate-merchant-order-id':
      return msg.duplicateMerchantOrderRows(g.count, g.rows);
    case 'repeated-in-bill':
      return msg.repeatedInBillRows(g.count, g.rows);
    case 'untrusted-id':
      return msg.untrustedIdRows(g.count, g.rows);
  }
}

export class SkippedRows {
  readonly rows: BillSkippedRow[] = [];
  private readonly byReason = new Map<BillSkipReason, Group>();

  /** `earlierRow`: for 'repeated-in-bill', the row of this bill that was imported with that id. */
  add(
    r: BillRow,
    reason: BillSkipReason,
    existingPaymentId: number | null,
    earlierRow: number | null = null,
  ): void {
    this.rows.push({ row: r.row, txid: r.txid, reason, existingPaymentId });
    const g = this.byReason.get(reason);
    if (!g) {
      this.byReason.set(reason, {
        count: 1,
        rows: [r.row],
        first: { row: r, existingPaymentId, earlierRow },
      });
      return;
    }
    g.count++;
    if (g.rows.length < SKIPPED_ROWS_SHOWN) g.rows.push(r.row);
  }

  /** One entry per reason that occurred, in a fixed order (already in the case first). */
  groups(): BillSkippedGroup[] {
    const out: BillSkippedGroup[] = [];
    for (const reason of REASONS) {
      const g = this.byReason.get(reason);
      if (g) out.push({ reason, count: g.count, rows: g.rows, message: groupMessage(reason, g) });
    }
    return out;
  }
}
