/**
 * The numbered 诉讼请求 of the civil complaint, each with its 依据, fitted to the case:
 * - goods or service paid and not delivered: 解除合同 (民法典 第563条), 返还货款 (第566条), 利息
 *   (消保法 第53条 against a business that took prepayment; else 第566条 as loss);
 * - fraud: 撤销 the contract made by deceit (第148条), 返还 (第157条), loss (第157条);
 * - duplicate charge: 返还 the repeated charge (第985条, unjust enrichment);
 * - 三倍赔偿 (消保法 第55条) only against a 经营者; always 诉讼费用 (诉讼费用交纳办法 第29条).
 * The person's own demand adds what the structured claims do not already say.
 */
import type { CaseSnapshot } from '../domain/types.ts';
import { disputed } from './caseFacts.ts';
import { claimAmounts, hasMerchant, ownDemandClauses } from './claims.ts';
import { chineseDay } from './sections/parties.ts';
import { fill, yuanSign } from './format.ts';
import type { CivilWording } from './wording.ts';

export interface CivilClaim {
  /** Which claim of templates/documents/civil.json `claims` (own: the person's own demand). */
  key: string;
  text: string;
  basis: string;
}

export interface CivilClaims {
  claims: CivilClaim[];
  totalFen: number;
  interest: boolean;
}

type Theory = 'rescind' | 'revoke' | 'duplicate';

export function civilTheory(snapshot: CaseSnapshot): Theory {
  const route = snapshot.case.route;
  if (route === 'duplicate-charge') return 'duplicate';
  if (route === 'fraud' || route === 'transfer-scam') return 'revoke';
  return 'rescind';
}

export function civilClaims(snapshot: CaseSnapshot, w: CivilWording, order: string): CivilClaims {
  const c = w.claims;
  const d = disputed(snapshot);
  const a = claimAmounts(snapshot);
  const theory = civilTheory(snapshot);
  const refund = a.refundFen ?? d.fen;
  const out: CivilClaim[] = [];
  const claim = (key: string, params: Record<string, string>, basis?: string): void => {
    const t = c[key];
    if (t) out.push({ key, text: fill(t.text, params), basis: basis ?? fill(t.basis, params) });
  };
  // A duplicate charge is not a contract to end; a sale is ended (or undone, when made by deceit).
  if (theory === 'rescind' && (a.rescind || snapshot.case.claims.refundFen === null))
    claim('rescind', { order });
  if (theory === 'revoke') claim('revoke', { order });
  const amount = yuanSign(refund);
  if (refund > 0) {
    if (theory === 'duplicate')
      claim('refundDuplicate', { amount, txids: d.payments.map((p) => p.txid).join('、') });
    else claim(theory === 'revoke' ? 'refundRevoked' : 'refund', { amount });
  }
  const firstPaid = d.payments[0]?.time.slice(0, 10);
  // Interest on money held: asked for whenever money is claimed back, unless the person said no.
  const interest = refund > 0 && (a.interest || snapshot.case.claims.refundFen === null);
  if (interest) {
    const from = firstPaid ? chineseDay(firstPaid) : '付款之日';
    const prepaid = theory === 'rescind' && hasMerchant(snapshot) && snapshot.case.route === 'not-received';
    if (prepaid) claim('interestPrepaid', { amount, from });
    else
      claim('interestLoss', {
        amount,
        from,
        lossBasis:
          theory === 'duplicate'
            ? w.lossBasisDuplicate
            : theory === 'revoke'
              ? w.lossBasisRevoke
              : w.lossBasisRescind,
      });
  }
  if (a.compensation === 'triple' && a.compensationFen)
    claim('triple', { amount: yuanSign(a.compensationFen) });
  if (a.compensation === 'tenfold' && a.compensationFen)
    claim('tenfold', { amount: yuanSign(a.compensationFen) });
  if (a.compensation === 'amount' && a.compensationFen)
    claim('compensation', { amount: yuanSign(a.compensationFen) });
  for (const own of ownDemandClauses(snapshot, refund > 0))
    out.push({ key: 'own', text: `判令${own.replace(/^判令/, '')}；`, basis: '' });
  claim('costs', {});
  return { claims: out, totalFen: Math.max(0, refund) + (a.compensationFen ?? 0), interest };
}
