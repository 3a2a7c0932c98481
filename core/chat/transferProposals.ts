/**
 * Transfers in a chat proposed as the case's payments (same amount to the fen, at most
 * templates/chat/transfers.json `windowMinutes` apart, nearest first) and as timeline events worded
 * from the same file. Pure: the handler passes the stored transfer messages and candidate payments.
 */
import settings from '../../templates/chat/transfers.json' with { type: 'json' };
import { formatFen } from '../money.ts';
import type { TransferDirection } from './types.ts';

export const TRANSFER_WINDOW_MS = settings.windowMinutes * 60_000;

export interface TransferMessage {
  messageId: number;
  chatId: number;
  file: string;
  line: number;
  time: string;
  sender: string;
  fromMe: boolean | null;
  amountFen: number;
  memo: string | null;
  direction: TransferDirection | null;
}

export interface CandidatePayment {
  id: number;
  txid: string;
  time: string;
  amountFen: number;
  direction: string;
  counterparty: string;
}

export interface TransferProposal extends TransferMessage {
  /** Payments of the case with the same amount within the window, nearest first. */
  payments: (CandidatePayment & { minutesApart: number })[];
  /** The timeline text accepting would add. */
  eventText: string;
  /** Already accepted: what was linked. */
  accepted: { paymentId: number | null; eventId: number | null } | null;
}

const fill = (t: string, p: Record<string, string | number>) =>
  t.replace(/\{(\w+)\}/g, (w, k: string) => (k in p ? String(p[k]) : w));

export function transferEventText(m: TransferMessage): string {
  const e = settings.event;
  const template = e[m.direction ?? 'unknown'];
  return fill(template, {
    who: m.fromMe ? e.me : m.sender,
    amount: `¥${formatFen(m.amountFen)}`,
    memo: m.memo ? fill(e.memo, { memo: m.memo }) : '',
    file: m.file,
    line: m.line,
  });
}

export function rankPayments(
  m: TransferMessage,
  candidates: readonly CandidatePayment[],
): TransferProposal['payments'] {
  const at = Date.parse(m.time);
  return candidates
    .filter((p) => p.amountFen === m.amountFen && Math.abs(Date.parse(p.time) - at) <= TRANSFER_WINDOW_MS)
    .map((p) => ({ ...p, minutesApart: Math.round(Math.abs(Date.parse(p.time) - at) / 6000) / 10 }))
    .sort((a, b) => a.minutesApart - b.minutesApart || a.id - b.id);
}
