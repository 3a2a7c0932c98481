/**
 * Amounts as people type them: 5200, 5,200, 5200元, ¥1,299.00, ５２００．５０ (full-width). The result is
 * integer fen, computed on the decimal text (never through a float). Refused with a message saying what
 * to type: three decimals (12.345), grouping that is not thousands (52,00), 0 or a negative where an
 * expense is asked for.
 */
import { toHalfWidth } from './fullWidth.ts';
import { fail, ok, type Parsed } from './problem.ts';

const PLAIN = /^(\d+)(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;
/** 10^12 yuan: far above any payment, and well inside a safe integer of fen. */
const MAX_YUAN_DIGITS = 12;

export interface AmountOptions {
  /** 0 is allowed (a recovered amount, a refund of nothing yet); an expense must be more than 0. */
  allowZero?: boolean;
}

export function parseAmount(text: string, field = 'amount', options: AmountOptions = {}): Parsed<number> {
  const value = text;
  let v = toHalfWidth(text).trim().replace(/\s+/g, '');
  if (!v) return fail('required', field);
  v = v.replace(/^(?:¥|￥|RMB|CNY|人民币)/i, '').replace(/(?:元整|元|圆|块钱|块|RMB|CNY)$/i, '');
  if (/^[-−]/.test(v)) return fail('amount-negative', field);
  v = v.replace(/^\+/, '');
  const m = PLAIN.exec(v) ?? GROUPED.exec(v);
  if (!m) return fail('amount-format', field, { value });
  const whole = m[1]!.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return fail('amount-decimals', field, { value });
  if (whole.length > MAX_YUAN_DIGITS) return fail('amount-too-large', field, { value });
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (fen === 0 && !options.allowZero) return fail('amount-not-positive', field);
  return ok(fen);
}
