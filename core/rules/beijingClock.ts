/**
 * Calendar arithmetic in Beijing time (UTC+08:00, no daylight saving), independent of the machine's
 * zone. Days are "YYYY-MM-DD" strings: the unit every legal and platform clock here counts in.
 */
import { toBeijingIso } from '../beijingTime.ts';

const BEIJING_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The Beijing calendar day an instant falls on. */
export function beijingDay(ms: number): string {
  const t = new Date(ms + BEIJING_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** An instant as ISO 8601 in Beijing time, e.g. 2025-05-18T14:00:00+08:00. */
export function beijingIso(ms: number): string {
  return toBeijingIso(new Date(ms));
}

function dayToUtcMs(day: string): number {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function addDays(day: string, n: number): string {
  return new Date(dayToUtcMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / DAY_MS);
}

/**
 * Years later on the corresponding day; without one (29 Feb) the month's last day — the rule of
 * 民法典 第202条 for periods counted in years.
 */
export function addYears(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + n, m, 0)).getUTCDate();
  return `${pad(y + n, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

/**
 * A timeline date ("YYYY-MM-DD", or a full ISO time with offset) → its Beijing day.
 * Returns null for text that is neither.
 */
export function dayOf(value: string): string | null {
  const trimmed = value.trim();
  if (DAY.test(trimmed)) return trimmed;
  const ms = Date.parse(trimmed);
  return Number.isFinite(ms) ? beijingDay(ms) : null;
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
