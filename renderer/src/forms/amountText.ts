/**
 * Amounts as people type them → the plain yuan text the core stores exactly ("5200.00"):
 * "5,200", "5200元", "¥1,299.00", "￥88", full-width "５２００.５０". Refused, each with its reason:
 * not a number, more than two decimals (fen is the smallest unit), zero or less, absurdly large.
 */
export type AmountProblem = 'format' | 'decimals' | 'notPositive' | 'tooLarge';

export type AmountCheck = { ok: true; yuan: string; fen: number } | { ok: false; problem: AmountProblem };

/** Full-width digits and punctuation (what a Chinese IME types) → ASCII. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff0c\uff0e\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3002/g, '.');
}

const MAX_FEN = 100_000_000_000_00; // a hundred billion yuan: beyond any payment, within safe integers

export function normalizeAmountText(input: string): AmountCheck {
  const t = halfWidth(input)
    .trim()
    .replace(/^(?:[¥￥]|rmb|cny)\s*/i, '')
    .replace(/\s*(?:元|块|rmb|cny)$/i, '')
    .trim();
  if (/^-/.test(t)) return { ok: false, problem: 'notPositive' };
  // Thousands separators only where they belong (5,200 and 1,299.00, not 5,20).
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return { ok: false, problem: 'format' };
  const whole = m[1]!.replace(/,/g, '');
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { ok: false, problem: 'decimals' };
  if (whole.length > 13) return { ok: false, problem: 'tooLarge' };
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (fen > MAX_FEN) return { ok: false, problem: 'tooLarge' };
  if (fen === 0) return { ok: false, problem: 'notPositive' };
  return { ok: true, fen, yuan: `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}` };
}

/** What to send the core: the normalised text when it reads, else what was typed (the core then says why). */
export function amountForCore(input: string): string {
  const checked = normalizeAmountText(input);
  return checked.ok ? checked.yuan : input;
}
