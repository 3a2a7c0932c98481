/**
 * The facts as a dated timeline: the events the person recorded and, where asked, every payment
 * with its exact amount, time and 交易单号 — what a police officer reads first.
 */
import type { DossierContext } from '../context.ts';
import { beijingTime, eventTime, fill, yuanSign } from '../format.ts';
import { SIZE } from '../typesetter.ts';
import { sortedPayments } from './transactions.ts';

interface Line {
  sortKey: number;
  date: string;
  text: string;
}

export function timelineLines(ctx: DossierContext, includePayments: boolean): Line[] {
  const w = ctx.common.timeline;
  const lines: Line[] = ctx.snapshot.events.map((e) => ({
    sortKey: Date.parse(e.date.length === 10 ? `${e.date}T00:00:00+08:00` : e.date),
    date: eventTime(e.date),
    text: e.text + (e.ref ? fill(w.ref, { ref: e.ref }) : ''),
  }));
  if (includePayments) {
    // A hand-entered payment often names no payee; with exactly one counterparty on the case it is them.
    const soleCounterparty =
      ctx.snapshot.counterparties.length === 1 ? ctx.snapshot.counterparties[0]!.name : '';
    // Each payment once, by its number in the transfer details (which print the ids whole).
    const order = sortedPayments(ctx.snapshot.payments).filter((p) => p.direction === 'expense');
    for (const p of order) {
      const method = p.method || p.type;
      lines.push({
        sortKey: Date.parse(p.time),
        date: beijingTime(p.time),
        text: fill(method ? w.payment : w.paymentNoMethod, {
          counterparty: p.counterparty || soleCounterparty || '对方',
          amount: yuanSign(p.amountFen),
          txid: p.txid,
          method,
          n: order.indexOf(p) + 1,
        }),
      });
    }
  }
  return lines.sort((a, b) => a.sortKey - b.sortKey);
}

export function timelineSection(ctx: DossierContext, includePayments: boolean): void {
  const lines = timelineLines(ctx, includePayments);
  if (!lines.length) {
    ctx.ts.paragraph(ctx.common.timeline.empty, { indent: false });
    return;
  }
  const markerWidth = ctx.ts.use(SIZE.body).doc.widthOfString('0000-00-00 00:00:00') + SIZE.body;
  for (const line of lines) ctx.ts.hanging(line.date, line.text, SIZE.body, markerWidth);
}
