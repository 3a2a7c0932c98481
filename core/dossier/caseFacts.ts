/**
 * Facts the papers derive from a case rather than print as stored: which payment is disputed (for a
 * duplicate charge, the repeated one), which account received each payment, and every receiving
 * account of the case with what it received — what a 止付/冻结 request must list.
 */
import type { CaseSnapshot, Counterparty, Payment } from '../domain/types.ts';
import { sortedPayments } from './sections/transactions.ts';

function linkedCounterparty(snapshot: CaseSnapshot, p: Payment): Counterparty | undefined {
  const byId = snapshot.counterparties.find((c) => c.id === p.counterpartyId);
  if (byId) return byId;
  return snapshot.counterparties.length === 1 ? snapshot.counterparties[0] : undefined;
}

/**
 * The account that received this payment: as entered on the payment; else, for a WeChat transfer to a
 * counterparty whose 微信号 is known, that 微信号 (a WeChat transfer lands in the payee's WeChat
 * account). Nothing is guessed beyond that: a bank card listed on the counterparty may have received
 * nothing of this case.
 */
export function receivingAccountOf(snapshot: CaseSnapshot, p: Payment): string {
  const entered = (p.receivingAccount ?? '').trim();
  if (entered) return entered;
  const cp = linkedCounterparty(snapshot, p);
  const wechatId = cp?.wechatIds.find((x) => x.trim());
  if (wechatId && /转账|红包|二维码收款|扫二维码付款|面对面/.test(`${p.type} ${p.status}`))
    return `微信号 ${wechatId.trim()}`;
  return '';
}

export interface ReceivedBy {
  account: string;
  amountFen: number;
  payments: Payment[];
}

/** Every account that received outgoing money of the case, in the order money first reached it. */
export function receivingAccounts(snapshot: CaseSnapshot): ReceivedBy[] {
  const out = new Map<string, ReceivedBy>();
  for (const p of sortedPayments(snapshot.payments)) {
    if (p.direction !== 'expense') continue;
    const account = receivingAccountOf(snapshot, p);
    if (!account) continue;
    const hit = out.get(account) ?? { account, amountFen: 0, payments: [] };
    hit.amountFen += p.amountFen;
    hit.payments.push(p);
    out.set(account, hit);
  }
  return [...out.values()];
}

/** Outgoing payments with no known receiving account: each needs a blank on the police papers. */
export function paymentsWithoutReceiver(snapshot: CaseSnapshot): Payment[] {
  return sortedPayments(snapshot.payments).filter(
    (p) => p.direction === 'expense' && !receivingAccountOf(snapshot, p),
  );
}

export interface Disputed {
  /** The payments whose money is claimed back. */
  payments: Payment[];
  /** For a duplicate charge: the legitimate first charge each duplicate repeats. */
  original: Payment | null;
  fen: number;
}

const DAY_MS = 86_400_000;

/**
 * What the person disputes. For a duplicate charge, the later charges of the same amount to the same
 * payee within a day of an earlier one (the earlier one was wanted); with a single payment recorded,
 * that payment. Otherwise every outgoing payment, less refunds and what was already recovered.
 */
export function disputed(snapshot: CaseSnapshot): Disputed {
  const out = sortedPayments(snapshot.payments).filter((p) => p.direction === 'expense');
  const net = (ps: Payment[]): number => ps.reduce((s, p) => s + p.amountFen - (p.refundedFen ?? 0), 0);
  if (snapshot.case.route === 'duplicate-charge' && out.length >= 2) {
    const dups: Payment[] = [];
    let original: Payment | null = null;
    out.forEach((p, i) => {
      const first = out
        .slice(0, i)
        .find(
          (q) =>
            !dups.includes(q) &&
            q.amountFen === p.amountFen &&
            (q.counterparty || '') === (p.counterparty || '') &&
            Date.parse(p.time) - Date.parse(q.time) <= DAY_MS,
        );
      if (first) {
        dups.push(p);
        original ??= first;
      }
    });
    if (dups.length) return { payments: dups, original, fen: net(dups) };
  }
  const recovered = snapshot.case.recoveredFen ?? 0;
  return { payments: out, original: null, fen: Math.max(0, net(out) - recovered) };
}

/** The person's own paying accounts (付款方式 as the bill names them), each once. */
export function payingAccounts(snapshot: CaseSnapshot): string[] {
  const seen = new Set<string>();
  for (const p of sortedPayments(snapshot.payments))
    if (p.direction === 'expense' && p.method.trim()) seen.add(p.method.trim());
  return [...seen];
}
