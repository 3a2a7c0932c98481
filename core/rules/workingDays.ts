/**
 * Working days on the official Chinese holiday calendar, including the swapped working weekends
 * (调休, e.g. Sunday 2025-04-27 before May Day). The calendar data comes from chinese-days, which
 * follows the State Council's yearly notices. Years it does not cover yet fall back to Monday–Friday
 * and say so, rather than silently pretending to know.
 */
import chineseDays from 'chinese-days';
import { addDays, yearOf } from './beijingClock.ts';

// chinese-days parses each call through its own date object (~4 µs); clocks revisit the same days.
const workdayMemo = new Map<string, boolean>();
const coveredYears = new Map<number, boolean>();

/** True when the calendar knows the year's public holidays (every covered year lists 元旦 on 1 January). */
export function calendarCovers(year: number): boolean {
  let known = coveredYears.get(year);
  if (known === undefined) {
    known = chineseDays.getDayDetail(`${year}-01-01`).name.includes('元旦');
    coveredYears.set(year, known);
  }
  return known;
}

/** Is this Beijing day ("YYYY-MM-DD") a working day? Holidays off, 调休 weekends on. */
export function isWorkingDay(day: string): boolean {
  let work = workdayMemo.get(day);
  if (work === undefined) {
    work = chineseDays.isWorkday(day);
    workdayMemo.set(day, work);
  }
  return work;
}

export interface WorkingDayResult {
  /** The day the count ends on ("YYYY-MM-DD"). */
  date: string;
  /** Years crossed that the calendar does not cover (weekends only were skipped there). */
  unknownYears: number[];
}

/**
 * The n-th working day after `start`. The start day itself is not counted (期间开始的当日不计入),
 * so a complaint filed on a Friday before a normal weekend with n = 1 is due on Monday.
 */
export function addWorkingDays(start: string, n: number): WorkingDayResult {
  if (!Number.isInteger(n) || n < 0) throw new Error(`working days must be a whole number ≥ 0, got ${n}`);
  const unknown = new Set<number>();
  let day = start;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (!calendarCovers(yearOf(day))) unknown.add(yearOf(day));
    if (isWorkingDay(day)) left -= 1;
  }
  return { date: day, unknownYears: [...unknown] };
}
