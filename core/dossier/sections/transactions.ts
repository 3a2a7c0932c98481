/**
 * The payments of the case as a table: 交易单号 (as text, never a number), 商户单号, time, amount,
 * counterparty, status; then the total. Used by all four documents.
 */
import type { Payment } from '../../domain/types.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, blank, fill, yuanSign, yuanWord } from '../format.ts';
import { drawTable } from '../table.ts';
import { SIZE } from '../typesetter.ts';

/** Money that left the person: outgoing payments, less what was already refunded. */
export function lossFen(payments: readonly Payment[]): number {
  return payments
    .filter((p) => p.direction === 'expense')
    .reduce((sum, p) => sum + p.amountFen - (p.refundedFen ?? 0), 0);
}

export function sortedPayments(payments: readonly Payment[]): Payment[] {
  return [...payments].sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.id - b.id);
}

export function transactionsTable(ctx: DossierContext, opts: { showTotal?: boolean } = {}): void {
  const w = ctx.common.transactions;
  const payments = sortedPayments(ctx.snapshot.payments);
  if (!payments.length) {
    ctx.ts.paragraph(fill(w.noPayments, { blank: blank(w.columns.txid ?? '交易单号') }), { indent: false });
    return;
  }
  const c = w.columns;
  drawTable(
    ctx.ts,
    [
      { header: c.no ?? '', weight: 0.5, align: 'center' },
      // 交易单号 over 商户单号 in one cell: each on a line of its own, never broken (table.ts `fit`).
      { header: `${c.txid ?? ''}\n${c.merchantOrderId ?? ''}`, weight: 0, fit: true },
      { header: c.time ?? '', weight: 0, fit: true },
      { header: c.amount ?? '', weight: 0, align: 'right', fit: true },
      { header: c.counterparty ?? '', weight: 1.3 },
      { header: c.status ?? '', weight: 0, fit: true },
    ],
    payments.map((p, i) => [
      String(i + 1),
      `${p.txid}\n${p.merchantOrderId ?? ctx.common.none}`,
      beijingTime(p.time),
      yuanSign(p.amountFen),
      p.counterparty,
      p.status,
    ]),
    { size: SIZE.caption },
  );
  if (opts.showTotal !== false) {
    const total = payments.reduce((s, p) => s + p.amountFen, 0);
    ctx.ts.paragraph(
      fill(w.total, { amount: `${yuanSign(total)}（${yuanWord(total)}）`, count: payments.length }),
      { indent: false },
    );
  }
}
