/**
 * Times as people type them, read as Beijing time (UTC+08:00) unless a zone is given:
 *   2025-05-18 14:58[:30], 2025/5/18 14:58, 2025-05-18T14:58:00+08:00,
 *   2025年5月18日 14:58, 2025年5月18日下午3点, 2025年5月18日15时30分, 5月18日下午3点 (no year: this year,
 *   or last year when this year's date is still to come; the result says which year was assumed).
 * A time that does not exist (2月30日, 25:00) or lies in the future is refused, naming the field.
 */
import { toHalfWidth } from './fullWidth.ts';
import { fail, ok, type Parsed } from './problem.ts';

const BEIJING_MS = 8 * 3600_000;
/** Typed times have minute precision: one just now may be a few seconds "ahead" of the clock. */
const FUTURE_TOLERANCE_MS = 60_000;

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const CHINESE_DATE = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(.*)$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const SPOKEN = /^(\d{1,2})\s*[点时]\s*(?:(半)|(\d{1,2})\s*分?\s*(?:(\d{1,2})\s*秒)?)?\s*(?:钟)?$/;
const DAY_PART = /^(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间)\s*/;

export interface ParsedDateTime {
  /** ISO 8601 with offset, seconds included: 2025-05-18T15:00:00+08:00. */
  iso: string;
  /** The year filled in for a date typed without one; null when the year was typed. */
  assumedYear: number | null;
}

export interface DateTimeOptions {
  /** Default: the current time. */
  now?: Date;
  /** A planned time (a deadline, a check "as of" later) may lie ahead; a payment may not. */
  allowFuture?: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function beijingParts(d: Date): { y: number; iso: string } {
  const t = new Date(d.getTime() + BEIJING_MS);
  return {
    y: t.getUTCFullYear(),
    iso: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  };
}

function dayProblem(y: number, mo: number, d: number): { reasonZh: string; reasonEn: string } | null {
  if (mo < 1 || mo > 12) return { reasonZh: '月份应为 1–12', reasonEn: 'the month must be 1–12' };
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days)
    return { reasonZh: `${y}年${mo}月只有 ${days} 天`, reasonEn: `${y}-${pad(mo)} has ${days} days` };
  return null;
}

/** 下午3点 → 15, 凌晨12点 → 0; null when the hour cannot be in that part of the day. */
function applyDayPart(part: string | undefined, h: number): number | null {
  if (!part) return h;
  if (['下午', '傍晚', '晚上', '夜里', '夜间'].includes(part))
    return h === 12 ? (part === '下午' ? 12 : 0) : h < 12 ? h + 12 : h;
  if (part === '中午') return h >= 1 && h <= 2 ? h + 12 : h;
  return h === 12 ? 0 : h; // 凌晨/早上/上午
}

interface Clock {
  h: number;
  mi: number;
  s: number;
}

function readClock(rest: string): Clock | 'none' | null {
  let r = rest.trim();
  if (!r) return 'none';
  const part = DAY_PART.exec(r);
  if (part) r = r.slice(part[0].length);
  const c = CLOCK.exec(r);
  const sp = c ? null : SPOKEN.exec(r);
  if (!c && !sp) return null;
  const raw = c ? Number(c[1]) : Number(sp![1]);
  const mi = c ? Number(c[2]) : sp![2] ? 30 : Number(sp![3] ?? 0);
  const s = c ? Number(c[3] ?? 0) : Number(sp![4] ?? 0);
  const h = applyDayPart(part?.[1], raw);
  if (h === null) return null;
  return { h, mi, s };
}

function zoneOffset(zone: string | undefined): string {
  if (!zone) return '+08:00';
  if (zone.toUpperCase() === 'Z') return '+00:00';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/**
 * A date and time of day. `requireTime` (default true): a payment needs its minute to be matched with
 * the bill; a timeline event may be a date alone (then the result is "YYYY-MM-DD", not an ISO time).
 */
export function parseDateTime(
  text: string,
  field = 'time',
  options: DateTimeOptions & { requireTime?: boolean } = {},
): Parsed<ParsedDateTime> {
  const value = text;
  const v = toHalfWidth(text).trim().replace(/\s+/g, ' ');
  if (!v) return fail('required', field);
  const now = options.now ?? new Date();
  let y: number;
  let mo: number;
  let d: number;
  let clock: Clock | 'none' | null;
  let zone: string | undefined;
  let assumedYear: number | null = null;
  const iso = ISO_LIKE.exec(v);
  const zh = iso ? null : CHINESE_DATE.exec(v);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    clock = iso[4] === undefined ? 'none' : { h: Number(iso[4]), mi: Number(iso[5]), s: Number(iso[6] ?? 0) };
    zone = iso[7];
  } else if (zh) {
    mo = Number(zh[2]);
    d = Number(zh[3]);
    clock = readClock(zh[4] ?? '');
    if (zh[1]) y = Number(zh[1]);
    else {
      // No year: this year, unless that date is still ahead (then it was last year's).
      const thisYear = beijingParts(now).y;
      const thisYearDate = `${thisYear}-${pad(mo)}-${pad(d)}`;
      y = thisYearDate > beijingParts(now).iso.slice(0, 10) ? thisYear - 1 : thisYear;
      assumedYear = y;
    }
  } else return fail('datetime-format', field, { value });
  if (clock === null) return fail('datetime-format', field, { value });
  const requireTime = options.requireTime ?? true;
  if (clock === 'none' && requireTime) return fail('datetime-format', field, { value });
  const problem = dayProblem(y, mo, d);
  if (problem) return fail('datetime-not-real', field, { value, ...problem });
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (clock !== 'none' && (clock.h > 23 || clock.mi > 59 || clock.s > 59))
    return fail('datetime-not-real', field, {
      value,
      reasonZh: '时、分、秒超出范围',
      reasonEn: 'the hour, minute or second is out of range',
    });
  const result =
    clock === 'none' ? date : `${date}T${pad(clock.h)}:${pad(clock.mi)}:${pad(clock.s)}${zoneOffset(zone)}`;
  const instant = clock === 'none' ? Date.parse(`${date}T00:00:00+08:00`) : Date.parse(result);
  if (!options.allowFuture && instant > now.getTime() + FUTURE_TOLERANCE_MS)
    return fail('datetime-future', field, { value, now: beijingParts(now).iso });
  return ok({ iso: result, assumedYear });
}

/** A calendar date (timeline events, deadlines): 2025-05-18, 2025年5月18日, 5月18日; a time is kept if given. */
export function parseDateInput(
  text: string,
  field = 'date',
  options: DateTimeOptions = {},
): Parsed<ParsedDateTime> {
  const parsed = parseDateTime(text, field, { ...options, requireTime: false });
  if (!parsed.ok && parsed.problem.code === 'datetime-format')
    return fail('date-format', field, { value: text });
  return parsed;
}
