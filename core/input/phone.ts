/**
 * Phone numbers. A 中国大陆 mobile number is 11 digits starting 13–19 (an optional +86 / 86 prefix and
 * spaces or dashes are removed). A counterparty's number may also be a landline (区号-号码), so that
 * check is looser; the person's own number, which papers print as 联系电话, must be a mobile.
 */
import { toHalfWidth } from './fullWidth.ts';
import { fail, ok, type Parsed } from './problem.ts';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/;
const SERVICE = /^(?:400|800)\d{7}$/;

function compact(text: string): string {
  return toHalfWidth(text)
    .trim()
    .replace(/[\s()（）]+/g, '')
    .replace(/^\+?86(?=1\d{10}$)/, '');
}

export function parseMobile(text: string, field = 'phone'): Parsed<string> {
  const v = compact(text.replace(/[-－]/g, ''));
  if (!v) return fail('required', field);
  return MOBILE.test(v) ? ok(v) : fail('mobile-format', field, { value: text });
}

/** A mobile, a landline with its area code, or a 400/800 service number. */
export function parsePhone(text: string, field = 'phones'): Parsed<string> {
  const v = compact(text);
  if (!v) return fail('required', field);
  const digits = v.replace(/-/g, '');
  if (MOBILE.test(digits) || SERVICE.test(digits)) return ok(digits);
  if (LANDLINE.test(v)) return ok(v);
  return fail('phone-format', field, { value: text });
}
