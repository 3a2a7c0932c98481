/**
 * The person's 诉求 as each paper words it, from the structured claims (CaseRecord.claims) plus their
 * own words (CaseRecord.demand). A clause of their own words that repeats a structured claim (a refund
 * already asked for) is dropped, so no paper asks twice. Compensation under 消保法 第55条 binds a
 * 经营者 only: against a private person it is left out (the 核对单 says why).
 */
import type { CaseSnapshot } from '../domain/types.ts';
import { disputed } from './caseFacts.ts';
import { yuanSign } from './format.ts';

export const TRIPLE_MIN_FEN = 50_000;
export const TENFOLD_MIN_FEN = 100_000;

export function hasMerchant(snapshot: CaseSnapshot): boolean {
  return snapshot.counterparties.some((c) => c.kind === 'merchant');
}

export interface ClaimAmounts {
  refundFen: number | null;
  compensationFen: number | null;
  compensation: 'none' | 'triple' | 'tenfold' | 'amount';
  rescind: boolean;
  interest: boolean;
  /** Compensation asked for but not printable (第55条 against a non-merchant). */
  droppedCompensation: boolean;
}

export function claimAmounts(snapshot: CaseSnapshot): ClaimAmounts {
  const c = snapshot.case.claims;
  const price = disputed(snapshot).fen;
  const merchant = hasMerchant(snapshot);
  let compensationFen: number | null = null;
  let compensation = c.compensation;
  let droppedCompensation = false;
  if ((compensation === 'triple' || compensation === 'tenfold') && !merchant) {
    compensation = 'none';
    droppedCompensation = true;
  }
  if (compensation === 'triple') compensationFen = Math.max(price * 3, TRIPLE_MIN_FEN);
  else if (compensation === 'tenfold') compensationFen = Math.max(price * 10, TENFOLD_MIN_FEN);
  else if (compensation === 'amount') compensationFen = c.compensationFen;
  return {
    refundFen: c.refundFen,
    compensationFen,
    compensation,
    rescind: c.rescind,
    interest: c.interest,
    droppedCompensation,
  };
}

/** Clauses of the person's own demand that a structured claim does not already say. */
export function ownDemandClauses(snapshot: CaseSnapshot, hasRefund: boolean): string[] {
  return snapshot.case.demand
    .split(/[。；;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .filter((s) => !(hasRefund && /退还|退款|返还|退回|退货款/.test(s)));
}

/** "退还¥399.00；按《消费者权益保护法》第五十五条赔偿¥1,197.00" — or '' when nothing is asked. */
export function complaintDemand(snapshot: CaseSnapshot): string {
  const a = claimAmounts(snapshot);
  const parts: string[] = [];
  if (a.rescind) parts.push('解除交易');
  if (a.refundFen !== null && a.refundFen > 0) parts.push(`退还${yuanSign(a.refundFen)}`);
  if (a.compensation === 'triple' && a.compensationFen)
    parts.push(`按《消费者权益保护法》第五十五条赔偿${yuanSign(a.compensationFen)}`);
  if (a.compensation === 'tenfold' && a.compensationFen)
    parts.push(`按《食品安全法》第一百四十八条赔偿${yuanSign(a.compensationFen)}`);
  if (a.compensation === 'amount' && a.compensationFen) parts.push(`赔偿损失${yuanSign(a.compensationFen)}`);
  if (a.interest && parts.length) parts.push('支付资金占用期间的利息');
  parts.push(...ownDemandClauses(snapshot, a.refundFen !== null && a.refundFen > 0));
  return parts.join('；');
}
