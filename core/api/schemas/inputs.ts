/**
 * zod fields that run the same parsers the renderer runs on a form (core/input/*). A refusal becomes a
 * zod issue carrying the parser's zh/en problem, which dispatch turns into the error the person reads.
 */
import { z } from 'zod';
import { ACCOUNT_TYPES, type ReceivingAccount } from '../../domain/types.ts';
import { parseAccountNumber } from '../../input/accounts.ts';
import { parseAmount, type AmountOptions } from '../../input/amount.ts';
import { parseCreditCode } from '../../input/creditCode.ts';
import { parseDateInput, parseDateTime } from '../../input/dateTime.ts';
import { toHalfWidth } from '../../input/fullWidth.ts';
import { parseIdNumber } from '../../input/idNumber.ts';
import { parseMobile, parsePhone } from '../../input/phone.ts';
import { ok, type Parsed } from '../../input/problem.ts';
import { parseEmail, parseName, parseWechatId } from '../../input/text.ts';

/** A string field parsed into T; the issue's params.problem holds the localized message. */
export function parsedText<T>(max: number, parse: (text: string) => Parsed<T>) {
  return z
    .string()
    .max(max)
    .transform((v, ctx): T => {
      const r = parse(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: r.problem.message.en, params: { problem: r.problem } });
      return z.NEVER;
    });
}

/** Yuan as typed ("5,200", "¥1,299.00", "５２００") → integer fen. */
export const yuanText = (field: string, options: AmountOptions = {}) =>
  parsedText(64, (v) => parseAmount(v, field, options));

/** Yuan as typed or null ("not asked"); an empty string also means null. */
export const yuanOrNull = (field: string) =>
  z.union([z.null(), z.literal(''), yuanText(field)]).transform((v) => (v === '' || v === null ? null : v));

/** A required name or title: only spaces is refused, naming the field. */
export const nameText = (field: string, max = 200) => parsedText(max + 50, (v) => parseName(v, field, max));

/** A date-time as people type it → ISO with offset; a future time is refused unless allowed. */
export const timeText = (field: string, options: { allowFuture?: boolean } = {}) =>
  parsedText(64, (v) => {
    const r = parseDateTime(v, field, options);
    return r.ok ? ok(r.value.iso) : r;
  });

/** A date (time optional) → "YYYY-MM-DD" or ISO with offset. */
export const dateText = (field: string, options: { allowFuture?: boolean } = {}) =>
  parsedText(64, (v) => {
    const r = parseDateInput(v, field, options);
    return r.ok ? ok(r.value.iso) : r;
  });

/** '' (not given) or a checked 18-character ID number; a passport-style number (letters first) is kept as typed. */
export const idNumberText = parsedText(40, (v) => {
  const t = toHalfWidth(v).replace(/\s+/g, '').toUpperCase();
  if (!t) return ok('');
  if (/^[A-Z]{1,2}\d{6,10}$/.test(t) || /^[A-Z]\d{8}$/.test(t)) return ok(t);
  const r = parseIdNumber(t, 'idNumber', new Date().toISOString().slice(0, 10));
  return r.ok ? ok(r.value.idNumber) : r;
});

/** '' or a mobile number (the person's own 联系电话). */
export const mobileText = parsedText(40, (v) => (v.trim() ? parseMobile(v, 'phone') : ok('')));
export const emailText = parsedText(200, (v) => parseEmail(v, 'email'));
export const creditCodeText = parsedText(40, (v) => parseCreditCode(v, 'creditCode'));
export const phoneList = z.array(parsedText(40, (v) => parsePhone(v, 'phones'))).max(50);
export const wechatIdList = z.array(parsedText(64, (v) => parseWechatId(v, 'wechatIds'))).max(50);

/** A receiving account; the number is checked for its type (a bank card is digits only). */
export const accountInput = z
  .object({
    type: z.enum(ACCOUNT_TYPES),
    number: z.string().max(80),
    bank: z.string().trim().max(100).optional(),
    holder: z.string().trim().max(100).optional(),
  })
  .transform((a, ctx): ReceivingAccount => {
    const r = parseAccountNumber(a.type, a.number, 'number');
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: r.problem.message.en, params: { problem: r.problem } });
      return z.NEVER;
    }
    const out: ReceivingAccount = { type: a.type, number: r.value.number };
    if (a.bank) out.bank = a.bank;
    if (a.holder) out.holder = a.holder;
    return out;
  });
