/**
 * A bank-card 支付方式 ("招商银行储蓄卡(8823)") whose card-type word came out one character off
 * (储蓉卡 for 储蓄卡, read so on a dark transfer screen). The card types are a closed vocabulary
 * (templates/ocr/payment-screens.json methodPatterns), so a value that ends in "<pattern>(dddd)" but
 * for one character of a pattern of 4 or more characters is that pattern — the same tolerance the
 * labels get (matchLabel.ts). Never when two patterns fit alike, never with the pattern's first or
 * last character changed, and the slipped position is returned so that its confidence is left out
 * of the field's: the vocabulary decided that character, not the pixels. Plain index scans.
 */
import { METHOD_PATTERNS } from './screenVocabulary.ts';

export interface CardMethodSnap {
  value: string;
  /** Index in the value of the one character the pattern replaced. */
  slipAt: number;
}

/** "(dddd)" at the very end: the card's last four digits as both platforms print them. */
function lastFourSuffix(value: string): boolean {
  const n = value.length;
  if (n < 6 || value[n - 6] !== '(' || value[n - 1] !== ')') return false;
  for (let i = n - 5; i < n - 1; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function snapCardMethod(
  value: string,
  patterns: readonly string[] = METHOD_PATTERNS,
): CardMethodSnap | null {
  if (!lastFourSuffix(value)) return null;
  const headEnd = value.length - 6;
  let found: CardMethodSnap | null = null;
  for (const pattern of patterns) {
    if (pattern.length < 4 || headEnd < pattern.length) continue;
    const from = headEnd - pattern.length;
    let slipAt = -1;
    let slips = 0;
    for (let i = 0; i < pattern.length && slips <= 1; i++) {
      if (value[from + i] !== pattern[i]) {
        slips += 1;
        slipAt = from + i;
      }
    }
    if (slips !== 1 || slipAt === from || slipAt === headEnd - 1) continue;
    const snapped = value.slice(0, slipAt) + pattern[slipAt - from]! + value.slice(slipAt + 1);
    if (found && found.value !== snapped) return null; // two card types fit alike: keep what was read
    found = { value: snapped, slipAt };
  }
  return found;
}
