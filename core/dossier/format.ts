/**
 * How values look on paper: money in fen as ¥1,234.56 / 1,234.56元, times in Beijing wall time,
 * and the visible blank (________（待填写：…）) that stands in for a fact the person has not given.
 */
import { formatFen } from '../money.ts';
import { toBeijingIso } from '../beijingTime.ts';
import { commonWording } from './wording.ts';

/** Fill {name} placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export const yuanSign = (fen: number): string => `¥${formatFen(fen)}`;
export const yuanWord = (fen: number): string => `${formatFen(fen)}元`;

/** "2025-05-18T12:00:00+08:00" → "2025-05-18 12:00:00" in Beijing time; a bare date stays as it is. */
export function beijingTime(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return toBeijingIso(d).slice(0, 19).replace('T', ' ');
}

/**
 * A timeline event's time at the precision it was entered: a day stays a day, and a time typed to the
 * minute (stored with :00 seconds) prints without invented seconds. Bill times keep their seconds.
 */
export function eventTime(iso: string | null | undefined): string {
  const t = beijingTime(iso);
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/.test(t) ? t.slice(0, 16) : t;
}

/** A date as Chinese formal documents write it: 2025年05月20日. */
export function chineseDate(at: Date): string {
  const [y, m, d] = toBeijingIso(at).slice(0, 10).split('-');
  return `${y}年${m}月${d}日`;
}

/** The visible blank for a missing fact, labelled so the reader knows what to write there. */
export function blank(label: string): string {
  const w = commonWording();
  return `${w.blank}${fill(w.blankLabel, { label })}`;
}

/** The value, or a labelled blank when it is empty. */
export function orBlank(value: string | null | undefined, label: string): string {
  const v = (value ?? '').trim();
  return v ? v : blank(label);
}

/** A list of identifiers joined for print, or a labelled blank when there are none. */
export function listOrBlank(values: readonly string[], label: string): string {
  const v = values.map((s) => s.trim()).filter(Boolean);
  return v.length ? v.join('；') : blank(label);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Characters as a person (and the WeChat form) counts them: code points, not UTF-16 units. */
export function charCount(s: string): number {
  return Array.from(s).length;
}
