/**
 * Bill times are Beijing wall-clock time without a zone marker (FORMATS.md). We keep the wall
 * clock as printed and append +08:00; no Date arithmetic in a local zone, so the machine's own
 * time zone can never shift a payment by a few hours.
 */

export interface ParsedTime {
  iso: string;
  /** Excel re-saves drop the seconds ('2019/9/26 12:45'); the time is then only to the minute. */
  withoutSeconds: boolean;
}

const FLEXIBLE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function build(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  if (y < 1990 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  return `${y}-${pad2(mo)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}+08:00`;
}

function isDigitsAt(s: string, positions: readonly number[]): boolean {
  for (const p of positions) {
    const c = s.charCodeAt(p);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Decimal value of `len` ASCII digits at `at` (already checked to be digits). */
function num(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

const FIXED_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] as const;

/**
 * '2019-09-26 12:45:27' → 2019-09-26T12:45:27+08:00. Also takes what Excel writes back when a user
 * re-saves the CSV: '2019/9/26 12:45' (no seconds, flagged), and a bare date is refused (a payment
 * without its time of day cannot be matched to a 交易单号 reliably enough).
 */
export function beijingTextToIso(text: string): ParsedTime | null {
  const s = text.trim();
  // Fast path for the exact export layout: most rows of a 100,000-row bill take it, so the numbers
  // are read from char codes and the ISO text is built from the input's own slices.
  if (
    s.length === 19 &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 32 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58 &&
    isDigitsAt(s, FIXED_DIGITS)
  ) {
    const y = num(s, 0, 4);
    const mo = num(s, 5, 2);
    const d = num(s, 8, 2);
    const valid =
      y >= 1990 &&
      y <= 2200 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      d <= daysInMonth(y, mo) &&
      num(s, 11, 2) <= 23 &&
      num(s, 14, 2) <= 59 &&
      num(s, 17, 2) <= 59;
    return valid ? { iso: `${s.slice(0, 10)}T${s.slice(11)}+08:00`, withoutSeconds: false } : null;
  }
  const m = FLEXIBLE.exec(s);
  if (!m || m[4] === undefined) return null;
  const iso = build(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? '0'),
  );
  return iso ? { iso, withoutSeconds: m[6] === undefined } : null;
}

const DAY_MS = 86_400_000;
/** Day 0 of each Excel date system, as UTC milliseconds (we use UTC only as a neutral calendar). */
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 61 = 1900-03-01: valid after Lotus' fake 1900-02-29
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Excel date serial → Beijing ISO time. `date1904` is the workbook's <workbookPr date1904="1"/>
 * flag (Mac Excel): the same serial is then 1,462 days later. Rounds to the nearest second, because
 * serials are stored as binary fractions of a day (46289.48678240741).
 */
export function excelSerialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 61)) return null;
  const seconds = Math.round(serial * 86_400);
  const ms =
    (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(seconds / 86_400) * DAY_MS + (seconds % 86_400) * 1000;
  const d = new Date(ms);
  return build(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}

/** ISO from an XLSX `t="d"` cell ('2026-03-01T11:41:05', maybe with a Z the writer added blindly). */
export function excelIsoDateToIso(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(text.trim());
  if (!m) return null;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'));
}
