/**
 * Receiving accounts: check a number for its type, guess the type of a bare number typed on the CLI, and
 * print one account the same way everywhere (papers, CLI, UI).
 *
 * Bank cards are digits only (spaces allowed while typing, removed when stored), 12–19 of them. The Luhn
 * check is NOT enforced: most Chinese debit cards pass it, but some older cards and many corporate
 * accounts (对公账户, up to 25 digits printed as 账号) do not, and a refused real account is worse than a
 * warning the person can ignore — so a Luhn failure is reported as `luhnOk: false`, never an error.
 */
import type { AccountType, ReceivingAccount } from '../domain/types.ts';
import names from '../../templates/messages/accountTypes.json' with { type: 'json' };
import { toHalfWidth } from './fullWidth.ts';
import { fail, ok, type Parsed } from './problem.ts';

/** Card numbers 12–19 digits; 对公账户 numbers may run to 25. */
const BANK_DIGITS = /^\d{8,25}$/;
const ACCOUNT_TEXT = /^[0-9A-Za-z@._\-+]{3,64}$/;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return digits.length > 0 && sum % 10 === 0;
}

export interface CheckedAccountNumber {
  /** Stored form: half-width, bank cards without spaces. */
  number: string;
  /** Bank cards only: whether the Luhn check passes (advice, never a refusal). */
  luhnOk: boolean | null;
}

export function parseAccountNumber(
  type: AccountType,
  text: string,
  field = 'number',
): Parsed<CheckedAccountNumber> {
  const value = text;
  const v = toHalfWidth(text).trim();
  if (!v) return fail('required', field);
  if (type === 'bank') {
    const digits = v.replace(/[\s-]+/g, '');
    if (!BANK_DIGITS.test(digits)) return fail('bank-card-format', field, { value });
    return ok({ number: digits, luhnOk: luhnValid(digits) });
  }
  if (type === 'other') return ok({ number: v, luhnOk: null });
  if (!ACCOUNT_TEXT.test(v)) return fail('account-format', field, { value });
  return ok({ number: v, luhnOk: null });
}

/** A bare number from the CLI: 15–19 digits is a bank card, anything else 'other' (say `alipay:` etc.). */
export function guessAccountType(number: string): AccountType {
  const digits = toHalfWidth(number).replace(/[\s-]+/g, '');
  return /^\d{15,19}$/.test(digits) ? 'bank' : 'other';
}

/** "alipay:zhang@example.com" / "bank:6222…" / a bare number → a typed account. */
export function accountFromText(text: string): ReceivingAccount {
  const m = /^(bank|alipay|wechat|other)\s*[:：]\s*(.+)$/i.exec(text.trim());
  if (m) return { type: m[1]!.toLowerCase() as AccountType, number: m[2]!.trim() };
  return { type: guessAccountType(text), number: text.trim() };
}

/** "银行卡 6222020200112233445（开户行：中国工商银行，户名：张三）" — the same words on every paper. */
export function accountText(a: ReceivingAccount, lang: 'zh' | 'en' = 'zh'): string {
  const extra = [
    a.bank ? `${names.bankLabel[lang]}${lang === 'zh' ? '：' : ': '}${a.bank}` : '',
    a.holder ? `${names.holderLabel[lang]}${lang === 'zh' ? '：' : ': '}${a.holder}` : '',
  ].filter(Boolean);
  const base = `${names[a.type][lang]} ${a.number}`;
  if (!extra.length) return base;
  return lang === 'zh' ? `${base}（${extra.join('，')}）` : `${base} (${extra.join(', ')})`;
}
