/**
 * Checks for identifiers people copy by hand, so a typo is caught before it prints in a paper:
 * mainland mobile numbers (11 digits, 1[3-9]…, an optional +86 and spaces/dashes tolerated) and the
 * 统一社会信用代码 (GB 32100-2015: 18 characters, the last a check character over the first 17).
 */
import { halfWidth } from './amountText.ts';

export type MobileCheck = { ok: true; value: string } | { ok: false; problem: 'length' | 'prefix' | 'chars' };

export function checkMobile(input: string): MobileCheck {
  const t = halfWidth(input)
    .trim()
    .replace(/[\s-]/g, '')
    .replace(/^(?:\+?86)(?=1\d{10}$)/, '');
  if (!/^\d+$/.test(t)) return { ok: false, problem: 'chars' };
  if (t.length !== 11) return { ok: false, problem: 'length' };
  if (!/^1[3-9]/.test(t)) return { ok: false, problem: 'prefix' };
  return { ok: true, value: t };
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck =
  { ok: true; value: string } | { ok: false; problem: 'length' | 'chars' | 'check'; expected?: string };

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_CHARS.indexOf(first17[i]!) * CODE_WEIGHTS[i]!;
  return CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const t = halfWidth(input).trim().replace(/\s/g, '').toUpperCase();
  if (t.length !== 18) return { ok: false, problem: 'length' };
  if (![...t].every((c) => CODE_CHARS.includes(c))) return { ok: false, problem: 'chars' };
  const expected = creditCodeCheckChar(t.slice(0, 17));
  if (t[17] !== expected) return { ok: false, problem: 'check', expected };
  return { ok: true, value: t };
}
