/**
 * Times as people type them, for the date-time picker: the app's own "2025-05-18 14:58", the way
 * Chinese texts write it ("2025年5月18日 14:58"), and slashes. Wall-clock Beijing time throughout: the
 * picker never converts zones, and the core reads a time without a zone as Beijing time.
 */
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import 'dayjs/locale/zh-cn.js';

dayjs.extend(customParseFormat);

/** What the core receives: "YYYY-MM-DD HH:mm:ss" (a time) or "YYYY-MM-DD HH:mm" (an event). */
export const CORE_FORMAT = { seconds: 'YYYY-MM-DD HH:mm:ss', minutes: 'YYYY-MM-DD HH:mm' } as const;

/** Display format first (the picker shows it); the rest are accepted when typed or pasted. */
export const TYPED_FORMATS = [
  'YYYY-MM-DD HH:mm',
  'YYYY-MM-DD HH:mm:ss',
  'YYYY-M-D H:mm',
  'YYYY-M-D H:mm:ss',
  'YYYY/M/D H:mm',
  'YYYY/M/D H:mm:ss',
  'YYYY年M月D日 H:mm',
  'YYYY年M月D日 H:mm:ss',
  'YYYY年M月D日H:mm',
  'YYYY年M月D日 H时m分',
  'YYYY年M月D日H时m分',
  'YYYY-MM-DD',
  'YYYY年M月D日',
];

/** Strict parse against the accepted formats (the same way the picker parses what is typed). */
export function parseTypedDateTime(text: string): Dayjs | null {
  const t = text.trim().replace(/：/g, ':');
  for (const format of TYPED_FORMATS) {
    const d = dayjs(t, format, true);
    if (d.isValid()) return d;
  }
  return null;
}

/** Now on the Beijing wall clock, whatever zone this computer is set to. */
export function beijingNow(now = new Date()): Dayjs {
  return dayjs(new Date(now.getTime() + (now.getTimezoneOffset() + 8 * 60) * 60_000));
}

/** Reads back a value the form holds (core format, or anything typed earlier); null when unreadable. */
export function toPickerValue(value: string | undefined): Dayjs | null {
  if (!value) return null;
  return parseTypedDateTime(value);
}

/** A day alone (the chat filter): display format first, then the forms people type. */
export const DAY_FORMATS = ['YYYY-MM-DD', 'YYYY年M月D日', 'YYYY/M/D', 'YYYY-M-D'];

/** "YYYY-MM-DD" for a day typed in any accepted form, else null. */
export function parseTypedDay(text: string): string | null {
  const t = text.trim();
  for (const format of DAY_FORMATS) {
    const d = dayjs(t, format, true);
    if (d.isValid()) return d.format('YYYY-MM-DD');
  }
  return null;
}
