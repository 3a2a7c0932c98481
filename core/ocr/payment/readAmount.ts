/**
 * The big amount under the headline: "-93.40", "+129.99", "¥1,234.50". OCR turns the minus into 一, —
 * or –; those are mapped back. Anything else than an optional sign, an optional ¥, digits (with
 * thousands commas) and exactly two decimals is not an amount. Linear scanning, no backtracking.
 */
export interface ReadAmount {
  amountFen: number;
  /** null when the screen showed no sign. */
  direction: 'expense' | 'income' | null;
}

const MINUS = new Set(['-', '−', '一', '—', '–', '－', '_']);
const PLUS = new Set(['+', '＋']);
const YUAN = new Set(['¥', '￥', 'Y']);
/** 1e9 yuan: more than any payment screen shows; keeps the number exact. */
const MAX_FEN = 100_000_000_000;

export function readAmount(raw: string): ReadAmount | null {
  const s = raw.replace(/\s/g, '');
  let i = 0;
  let direction: ReadAmount['direction'] = null;
  if (MINUS.has(s[i] ?? '')) {
    direction = 'expense';
    i++;
  } else if (PLUS.has(s[i] ?? '')) {
    direction = 'income';
    i++;
  }
  if (YUAN.has(s[i] ?? '')) i++;
  let yuan = '';
  let groupLen = -1; // digits since the last comma; -1 = no comma seen
  for (; i < s.length && s[i] !== '.'; i++) {
    const ch = s[i]!;
    if (ch === ',') {
      if (yuan.length === 0 || (groupLen !== -1 && groupLen !== 3) || (groupLen === -1 && yuan.length > 3)) {
        return null;
      }
      groupLen = 0;
      continue;
    }
    if (ch < '0' || ch > '9') return null;
    yuan += ch;
    if (groupLen !== -1) groupLen++;
  }
  if (groupLen !== -1 && groupLen !== 3) return null;
  if (s[i] !== '.' || yuan.length === 0 || yuan.length > 9) return null;
  if (yuan.length > 1 && yuan[0] === '0') return null;
  const cents = s.slice(i + 1);
  if (cents.length !== 2 || !/^\d\d$/.test(cents)) return null;
  const amountFen = Number(yuan) * 100 + Number(cents);
  if (amountFen <= 0 || amountFen > MAX_FEN) return null;
  return { amountFen, direction };
}
