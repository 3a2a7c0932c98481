/**
 * Transfer lines as the exporters print them → amount, direction, memo. Plain index scans, no
 * regular expressions over untrusted text.
 */
import { yuanTextToFen } from '../importers/amount.ts';
import type { ChatMessageKind, TransferDirection } from './types.ts';

/** The first ¥/￥ amount in the text ('转账：￥1,234.50' → 123450); null when there is none. */
export function firstYuanAmount(text: string): number | null {
  let at = text.indexOf('￥');
  if (at < 0) at = text.indexOf('¥');
  if (at < 0) return null;
  let end = at + 1;
  while (end < text.length && end - at < 24) {
    const c = text.charCodeAt(end);
    if ((c >= 48 && c <= 57) || c === 44 || c === 46) end++;
    else break;
  }
  return yuanTextToFen(text.slice(at + 1, end));
}

/** 发送 / 接收 / 退还 (chatlog) and the wording other exporters use. Null when the text names none. */
export function directionFromWords(text: string): TransferDirection | null {
  if (text.includes('退还') || text.includes('已退回') || text.includes('退回')) return 'returned';
  if (text.includes('接收') || text.includes('已收款') || text.includes('收款')) return 'received';
  if (text.includes('发送') || text.includes('转账给')) return 'sent';
  if (text.includes('延时') || text.includes('待收款')) return 'delayed';
  return null;
}

/** MemoTrace HTML paysubtype: 1 sent, 3 received, 4 returned, 5 / 7 delayed. */
export function directionFromPaySubtype(code: number): TransferDirection | null {
  if (code === 1) return 'sent';
  if (code === 3) return 'received';
  if (code === 4) return 'returned';
  if (code === 5 || code === 7) return 'delayed';
  return null;
}

/** chatlog's transfer tag '[转账|发送 ￥1.00](房租)' → its detail ('发送 ￥1.00') and memo ('房租'). */
export function chatlogTagParts(content: string): { detail: string; memo: string } {
  const bar = content.indexOf('|');
  const close = content.indexOf(']', bar + 1);
  if (bar < 0 || close < 0) return { detail: '', memo: '' };
  const detail = content.slice(bar + 1, close);
  const hasMemo = content.charCodeAt(close + 1) === 40 /* ( */ && content.endsWith(')');
  return { detail, memo: hasMemo ? content.slice(close + 2, -1) : '' };
}

/** A chatlog message's money fields from its content (CSV, JSON and text carry the same tag). */
export function chatlogMoney(
  kind: ChatMessageKind,
  content: string,
): { amountFen: number | null; memo: string | null; transferDirection: TransferDirection | null } {
  if (kind !== 'transfer' && kind !== 'red-packet')
    return { amountFen: null, memo: null, transferDirection: null };
  const { detail, memo } = chatlogTagParts(content);
  return {
    amountFen: firstYuanAmount(detail),
    memo,
    transferDirection: kind === 'transfer' ? directionFromWords(detail) : null,
  };
}
