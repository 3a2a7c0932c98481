/** Names and free text: a name of only spaces (full-width ones included) is no name. */
import { toHalfWidth } from './fullWidth.ts';
import { fail, ok, type Parsed } from './problem.ts';

/** Trimmed; '' refused as required, only spaces as blank. */
export function parseName(text: string, field = 'name', max = 200): Parsed<string> {
  if (!text) return fail('required', field);
  const v = text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (!v) return fail('blank', field);
  if (v.length > max) return fail('too-long', field, { max });
  return ok(v);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(text: string, field = 'email'): Parsed<string> {
  const v = toHalfWidth(text).trim();
  if (!v) return ok('');
  return EMAIL.test(v) ? ok(v) : fail('email-format', field, { value: text });
}

/**
 * 微信号: letters, digits, _ and - (6–20 when chosen by the person, wxid_… when assigned, a phone number or
 * QQ number on old accounts) — so only what never appears in one is refused: spaces, Chinese, emoji. The
 * usual mistake is a nickname typed here.
 */
const WECHAT_ID = /^[A-Za-z0-9][-_A-Za-z0-9]{4,39}$/;

export function parseWechatId(text: string, field = 'wechatIds'): Parsed<string> {
  const v = toHalfWidth(text).trim();
  if (!v) return fail('required', field);
  return WECHAT_ID.test(v) ? ok(v) : fail('wechat-id-format', field, { value: text });
}
