/**
 * The complaint description for the WeChat Pay form, which stores 1–300 characters. It is built from
 * whole sentences: first the disputed payment (for a duplicate charge: which charge repeats which, and
 * the disputed amount), then the person's account of what happened, the demand and the vouchers. A
 * sentence that does not fit is left out whole — never cut, so no 交易单号 is ever truncated — and a
 * sentence of the narrative that repeats the payment data already given is skipped.
 */
import type { CaseSnapshot, Payment } from '../domain/types.ts';
import { disputed } from './caseFacts.ts';
import { complaintDemand } from './claims.ts';
import { beijingTime, charCount, fill, yuanSign } from './format.ts';
import { sortedPayments } from './sections/transactions.ts';
import type { WechatWording } from './wording.ts';

function sentence(text: string): string {
  return /[。！？.!?]$/.test(text) ? text : `${text}。`;
}

/** The person's narrative as sentences, without those that repeat a payment's id or amount. */
function narrativeSentences(snapshot: CaseSnapshot, payments: readonly Payment[]): string[] {
  const repeats = payments.flatMap((p) => [p.txid, yuanSign(p.amountFen)]).filter(Boolean);
  return snapshot.case.narrative
    .split(/\n+|(?<=[。！？!?])/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .filter((s) => !repeats.some((r) => s.includes(r)))
    .map(sentence);
}

function paymentSentence(w: WechatWording, p: Payment, counterparty: string): string {
  return fill(w.shortTextTemplate.payment, {
    time: beijingTime(p.time),
    counterparty,
    amount: yuanSign(p.amountFen),
    txid: p.txid,
  });
}

/** The head: the disputed payment(s), whole sentences in time order. */
function headSentences(snapshot: CaseSnapshot, w: WechatWording, blankText: string): string[] {
  const t = w.shortTextTemplate;
  const d = disputed(snapshot);
  const who = (p: Payment): string => p.counterparty || snapshot.counterparties[0]?.name || blankText;
  if (d.original && d.payments.length) {
    return d.payments.map((p) =>
      fill(t.duplicate, {
        time: beijingTime(p.time),
        counterparty: who(p),
        amount: yuanSign(p.amountFen),
        txid: p.txid,
        firstTime: beijingTime(d.original!.time),
        firstTxid: d.original!.txid,
      }),
    );
  }
  if (!d.payments.length)
    return [
      fill(t.payment, {
        time: blankText,
        counterparty: snapshot.counterparties[0]?.name || blankText,
        amount: blankText,
        txid: blankText,
      }),
    ];
  return d.payments.map((p) => paymentSentence(w, p, who(p)));
}

export function shortComplaintText(
  snapshot: CaseSnapshot,
  w: WechatWording,
  evidenceCount: number,
  blankText: string,
): string {
  const limit = w.shortTextLimit;
  const t = w.shortTextTemplate;
  const d = disputed(snapshot);
  const heads = headSentences(snapshot, w, blankText);
  const demandText = complaintDemand(snapshot) || blankText;
  let demand = sentence(fill(t.demand, { demand: demandText }));
  const evidence = evidenceCount ? fill(t.evidence, { count: evidenceCount }) : '';
  const used = (parts: string[]): number => charCount(parts.join(''));

  // The first disputed payment always; then the others while they fit, else one summary sentence.
  const head = [heads[0] ?? ''];
  for (const h of heads.slice(1)) {
    if (used([...head, h, demand]) <= limit) head.push(h);
    else {
      const rest = d.payments.slice(head.length);
      const total = rest.reduce((s, p) => s + p.amountFen, 0);
      const more = fill(t.morePayments, { count: rest.length, total: yuanSign(total) });
      if (used([...head, more, demand]) <= limit) head.push(more);
      break;
    }
  }
  if (head.length > 1 && head.length === heads.length && !d.original) {
    const all = fill(t.allPayments, { count: d.payments.length, total: yuanSign(d.fen) });
    if (used([...head, all, demand]) <= limit) head.push(all);
  }
  // A demand too long for the form is the only text cut (it holds no identifier), and visibly.
  const room = limit - used(head);
  if (charCount(demand) > room)
    demand = `${Array.from(demand)
      .slice(0, Math.max(0, room - 1))
      .join('')}…`;

  const story: string[] = [];
  for (const s of narrativeSentences(snapshot, snapshot.payments)) {
    if (used([...head, ...story, s, demand, evidence]) > limit) break;
    story.push(s);
  }
  const tail = used([...head, ...story, demand, evidence]) <= limit ? evidence : '';
  return [...head, ...story, demand, tail].join('');
}

export function fullComplaintText(
  snapshot: CaseSnapshot,
  w: WechatWording,
  evidenceCount: number,
  blankText: string,
): string[] {
  const t = w.shortTextTemplate;
  const d = disputed(snapshot);
  const heads = headSentences(snapshot, w, blankText);
  const others = d.original
    ? []
    : sortedPayments(snapshot.payments).filter((p) => p.direction === 'expense' && !d.payments.includes(p));
  const paragraphs = [heads.join('')];
  if (others.length)
    paragraphs.push(others.map((p) => paymentSentence(w, p, p.counterparty || blankText)).join(''));
  if (snapshot.case.narrative.trim()) paragraphs.push(...snapshot.case.narrative.trim().split(/\n+/));
  paragraphs.push(sentence(fill(t.demand, { demand: complaintDemand(snapshot) || blankText })));
  if (evidenceCount) paragraphs.push(fill(t.evidence, { count: evidenceCount }));
  return paragraphs;
}
