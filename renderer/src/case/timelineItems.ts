/**
 * Payments, recorded events and deadlines merged onto one time axis, oldest first.
 * Day-only dates sort as the start of that day.
 */
import type { Payment, TimelineEvent } from '../../../core/domain/types.ts';

export interface AxisItem {
  key: string;
  at: string;
  kind: TimelineEvent['kind'] | 'payment' | 'deadline';
  text: string;
  ref?: string;
  eventId?: number;
  passed?: boolean;
}

export interface AxisDeadline {
  id: string;
  date: string;
  label: string;
  passed: boolean;
}

function sortKey(at: string): number {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00+08:00` : at);
  return Number.isNaN(t) ? 0 : t;
}

/** How many outgoing payments the axis draws; a whole imported bill would bury the events. */
export const AXIS_PAYMENTS = 200;

export function axisItems(
  payments: Payment[],
  events: TimelineEvent[],
  deadlines: AxisDeadline[],
  paymentText: (p: Payment) => string,
  maxPayments = AXIS_PAYMENTS,
): AxisItem[] {
  // A bill can hold thousands of rows; the axis shows the outgoing payments of the case, capped.
  const shownPayments = payments.filter((p) => p.direction === 'expense').slice(0, maxPayments);
  const items: AxisItem[] = [
    ...shownPayments.map((p) => ({
      key: `p${p.id}`,
      at: p.time,
      kind: 'payment' as const,
      text: paymentText(p),
      ref: p.txid,
    })),
    ...events.map((e) => ({
      key: `e${e.id}`,
      at: e.date,
      kind: e.kind,
      text: e.text,
      ref: e.ref,
      eventId: e.id,
    })),
    ...deadlines.map((d) => ({
      key: `d${d.id}`,
      at: d.date,
      kind: 'deadline' as const,
      text: d.label,
      passed: d.passed,
    })),
  ];
  return items.sort((a, b) => sortKey(a.at) - sortKey(b.at));
}
