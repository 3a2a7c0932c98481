/**
 * Transfer lines as the exporters print them → amount, direction, memo. Plain index scans, no
 * regular expressions over untrusted text.
 */
import { yuanTextToFen } from '../importers/amount.ts';
import type { TransferDirection } from './types.ts';

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
