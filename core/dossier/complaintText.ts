/**
 * The complaint description for the WeChat Pay form, which stores 1–300 characters: a short
 * version built to fit (the person's own narrative is what gets trimmed, never the 交易单号 or the
 * amount) and a full version for follow-ups.
 */
import type { CaseSnapshot } from '../domain/types.ts';
import { beijingTime, charCount, fill, yuanSign } from './format.ts';
import { sortedPayments } from './sections/transactions.ts';
import type { WechatWording } from './wording.ts';

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 1) return chars.slice(0, Math.max(0, max)).join('');
  return `${chars.slice(0, max - 1).join('')}…`;
}

function sentence(text: string): string {
  return /[。！？.!?]$/.test(text) ? text : `${text}。`;
}

function paymentSentences(snapshot: CaseSnapshot, w: WechatWording, blankText: string): string {
  const payments = sortedPayments(snapshot.payments);
  const first = payments[0];
  const sentence = fill(w.shortTextTemplate.payment, {
    time: first ? beijingTime(first.time) : blankText,
    counterparty: first?.counterparty || snapshot.counterparties[0]?.name || blankText,
    amount: first ? yuanSign(first.amountFen) : blankText,
    txid: first?.txid ?? blankText,
  });
  if (payments.length <= 1) return sentence;
  const total = payments.reduce((s, p) => s + p.amountFen, 0);
  return (
    sentence + fill(w.shortTextTemplate.morePayments, { count: payments.length, total: yuanSign(total) })
  );
}

export function shortComplaintText(
  snapshot: CaseSnapshot,
  w: WechatWording,
  evidenceCount: number,
  blankText: string,
): string {
  const limit = w.shortTextLimit;
  const t = w.shortTextTemplate;
  const head = paymentSentences(snapshot, w, blankText);
  const demand = fill(t.demand, { demand: snapshot.case.demand.trim() || blankText });
  const evidence = evidenceCount ? fill(t.evidence, { count: evidenceCount }) : '';
  const narrative = snapshot.case.narrative.trim().replace(/\s+/g, ' ');
  const tail = `${sentence(demand)}${evidence}`;
  const budget = limit - charCount(head) - charCount(tail);
  const story = narrative ? clip(fill(t.narrative, { narrative: sentence(narrative) }), budget) : '';
  // Whatever happens (a huge demand, many payments), the pasted text never exceeds the form's limit.
  return clip(`${head}${story}${tail}`, limit);
}

export function fullComplaintText(
  snapshot: CaseSnapshot,
  w: WechatWording,
  evidenceCount: number,
  blankText: string,
): string[] {
  const t = w.shortTextTemplate;
  const payments = sortedPayments(snapshot.payments).map((p) =>
    fill(t.payment, {
      time: beijingTime(p.time),
      counterparty: p.counterparty || blankText,
      amount: yuanSign(p.amountFen),
      txid: p.txid,
    }),
  );
  const paragraphs = [payments.join('') || paymentSentences(snapshot, w, blankText)];
  if (snapshot.case.narrative.trim()) paragraphs.push(...snapshot.case.narrative.trim().split(/\n+/));
  paragraphs.push(sentence(fill(t.demand, { demand: snapshot.case.demand.trim() || blankText })));
  if (evidenceCount) paragraphs.push(fill(t.evidence, { count: evidenceCount }));
  return paragraphs;
}
