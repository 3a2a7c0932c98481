/** Small pure helpers for the chat view: Beijing day and clock of a stored time, a sender's label. */
import type { ChatSender } from '../../../../db/queries/chats.ts';

/** Stored times are ISO 8601 at +08:00, so the Beijing day and clock are the string's own parts. */
export const dayOf = (iso: string): string => iso.slice(0, 10);
export const clockOf = (iso: string): string => iso.slice(11, 19);

/** "卖家 老王（wxid_seller01）" where the export gives a wxid, else the name. */
export function senderLabel(s: Pick<ChatSender, 'sender' | 'senderId'>): string {
  return s.senderId && s.senderId !== s.sender ? `${s.sender}（${s.senderId}）` : s.sender;
}

/** A selection of messages by their place in the whole chat (seq), inclusive. */
export interface SeqRange {
  first: number;
  last: number;
}

/** The range being chosen: `open` while only its first message has been clicked. */
export interface Selection {
  range: SeqRange | null;
  open: boolean;
}

/**
 * Click once: the range starts (and ends) there; click again: it ends there. Shift-click stretches the
 * range to that message; a plain click after a finished range starts a new one.
 */
export function nextSelection(current: Selection, seq: number, shift: boolean): Selection {
  const r = current.range;
  if (!r || (!current.open && !shift)) return { range: { first: seq, last: seq }, open: true };
  return { range: { first: Math.min(r.first, seq), last: Math.max(r.last, seq) }, open: false };
}
