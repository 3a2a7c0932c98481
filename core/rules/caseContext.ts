/**
 * One pass over a case snapshot to collect what every rule asks about (evidence by kind, money at
 * stake, the payment the clocks run from), so evaluating many rules stays linear in the evidence.
 */
import type { CaseSnapshot, TimelineEvent } from '../domain/types.ts';
import { beijingDay, beijingIso } from './beijingClock.ts';

export interface CaseContext {
  snapshot: CaseSnapshot;
  atMs: number;
  /** The Beijing day `at` falls on. */
  today: string;
  atIso: string;
  evidenceByKind: Map<string, number[]>;
  /** Distinct sniffed MIME types among the evidence. */
  mimes: Set<string>;
  /** Outgoing money still at stake, fen: outgoing payments minus recorded refunds. */
  amountFen: number;
  /** The earliest outgoing payment: the refund windows and the limitation period run from it. */
  anchorPayment: { ms: number; iso: string } | null;
  events: TimelineEvent[];
}

export function buildCaseContext(snapshot: CaseSnapshot, at: Date): CaseContext {
  const atMs = at.getTime();
  if (!Number.isFinite(atMs)) throw new Error('checkCase: "at" is not a valid date');
  const evidenceByKind = new Map<string, number[]>();
  const mimes = new Set<string>();
  for (const e of snapshot.evidence) {
    const list = evidenceByKind.get(e.kind);
    if (list) list.push(e.id);
    else evidenceByKind.set(e.kind, [e.id]);
    mimes.add(e.mime.toLowerCase());
  }

  // Income is not at stake; 'neutral' rows (e.g. transfers the bill cannot classify) may be.
  const outgoing = snapshot.payments.filter((p) => p.direction !== 'income');
  let amountFen = 0;
  let anchorMs = Number.POSITIVE_INFINITY;
  for (const p of outgoing) {
    amountFen += Math.max(0, p.amountFen - (p.refundedFen ?? 0));
    const ms = Date.parse(p.time);
    if (Number.isFinite(ms) && ms < anchorMs) anchorMs = ms;
  }
  return {
    snapshot,
    atMs,
    today: beijingDay(atMs),
    atIso: beijingIso(atMs),
    evidenceByKind,
    mimes,
    amountFen,
    anchorPayment: Number.isFinite(anchorMs) ? { ms: anchorMs, iso: beijingIso(anchorMs) } : null,
    events: snapshot.events,
  };
}
