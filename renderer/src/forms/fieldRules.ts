/**
 * Form rules that check what a person typed before it goes to the core, with the core's own parsers
 * (core/input/*, a leaf the renderer bundles): the message under the field is the very sentence the
 * core would answer — it names the field and says what to type — in the UI's language. The core checks
 * again (it is the authority); these only spare a round trip and keep errors next to their field.
 */
import type { Rule } from 'antd/es/form/index.js';
import { parseAccountNumber } from '../../../core/input/accounts.ts';
import { parseAmount, type AmountOptions } from '../../../core/input/amount.ts';
import { parseCreditCode } from '../../../core/input/creditCode.ts';
import { parseIdNumber } from '../../../core/input/idNumber.ts';
import { parseMobile, parsePhone } from '../../../core/input/phone.ts';
import type { Parsed } from '../../../core/input/problem.ts';
import { parseEmail, parseWechatId } from '../../../core/input/text.ts';
import type { AccountType } from '../../../core/domain/types.ts';
import type { I18n } from '../i18n/I18n.tsx';

/** A rule from a core parser; an empty field passes (required is a separate rule). */
export function parsedRule(pick: I18n['pick'], parse: (text: string) => Parsed<unknown>): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = String(value ?? '');
      if (!text.trim()) return;
      const r = parse(text);
      if (!r.ok) throw new Error(pick(r.problem.message));
    },
  };
}

export const amountRule = (pick: I18n['pick'], field = 'amount', options: AmountOptions = {}) =>
  parsedRule(pick, (v) => parseAmount(v, field, options));
/** The person's own 联系电话: a mobile. */
export const mobileRule = (pick: I18n['pick']) => parsedRule(pick, (v) => parseMobile(v, 'phone'));
/** A counterparty's number: a mobile, a landline with area code or a 400/800 number. */
export const phoneRule = (pick: I18n['pick']) => parsedRule(pick, (v) => parsePhone(v, 'phones'));
export const creditCodeRule = (pick: I18n['pick']) => parsedRule(pick, (v) => parseCreditCode(v));
export const wechatIdRule = (pick: I18n['pick']) => parsedRule(pick, (v) => parseWechatId(v, 'wechatIds'));
export const emailRule = (pick: I18n['pick']) => parsedRule(pick, (v) => parseEmail(v, 'email'));
export const accountNumberRule = (pick: I18n['pick'], type: AccountType) =>
  parsedRule(pick, (v) => parseAccountNumber(type, v, 'number'));

/**
 * 身份证号 (GB 11643: check digit, a real birth date not after today). A passport-style number
 * (letters first) is left to the core, which keeps it as typed.
 */
export const idNumberRule = (pick: I18n['pick']) =>
  parsedRule(pick, (v) => {
    const t = v.replace(/\s+/g, '').toUpperCase();
    if (/^[A-Z]{1,2}\d{6,10}$/.test(t)) return { ok: true, value: t };
    return parseIdNumber(t, 'idNumber', new Date().toISOString().slice(0, 10));
  });
