/**
 * The clocks of a rule, with their dates: refund and cancellation windows from the payment, expected
 * replies and acceptance decisions from the filing (counted in working days on the official calendar),
 * the limitation period. A clock whose start is unknown (no payment recorded) is left out, not guessed.
 */
import type { LocalizedText } from '../domain/types.ts';
import type { Deadline, Processing } from './types.ts';
import type { CaseContext } from './caseContext.ts';
import { addDays, addYears, beijingDay, beijingIso } from './beijingClock.ts';
import { citationText } from './citations.ts';
import type { PackIndex } from './packIndex.ts';
import type { ClockDef } from './packSchema.ts';
import { addWorkingDays } from './workingDays.ts';

const HOUR_MS = 3600_000;

export interface ClockEnv {
  ctx: CaseContext;
  index: PackIndex;
  /** The rule's processing time (for "processing-max"). */
  processing: Processing | undefined;
  /** The day the timeline records this rule's filing, if it does. */
  filedDay: string | null;
  ifFiledNow: LocalizedText;
}

export interface ClockOutcome {
  deadlines: Deadline[];
  /** Years a working-day count crossed that the holiday calendar does not cover. */
  unknownYears: number[];
}

function withSuffix(label: LocalizedText, suffix: LocalizedText | null): LocalizedText {
  return suffix ? { zh: `${label.zh}${suffix.zh}`, en: `${label.en} ${suffix.en}` } : label;
}

interface Start {
  basis: Deadline['basis'];
  from: string;
  label: LocalizedText;
}

function deadline(
  c: ClockDef,
  env: ClockEnv,
  start: Start,
  end: Pick<Deadline, 'date' | 'precision' | 'passed'>,
  workingDays?: number,
  unknownYears: number[] = [],
): Deadline {
  return {
    id: c.id,
    date: end.date,
    precision: end.precision,
    ...(workingDays !== undefined ? { workingDays } : {}),
    label: start.label,
    basis: start.basis,
    from: start.from,
    passed: end.passed,
    calendarKnown: unknownYears.length === 0,
    source: citationText(env.index, c.source),
  };
}

export function computeClocks(env: ClockEnv, clocks: readonly ClockDef[] | undefined): ClockOutcome {
  const deadlines: Deadline[] = [];
  const unknownYears = new Set<number>();
  const { ctx } = env;
  const countWorkingDays = (c: ClockDef, start: Start, startDay: string, n: number | undefined): void => {
    if (n === undefined) return; // "processing-max" on a rule whose processing time the guide does not give
    const r = addWorkingDays(startDay, n);
    r.unknownYears.forEach((y) => unknownYears.add(y));
    deadlines.push(
      deadline(
        c,
        env,
        start,
        { date: r.date, precision: 'day', passed: ctx.today > r.date },
        n,
        r.unknownYears,
      ),
    );
  };
  for (const c of clocks ?? []) {
    const n =
      'workingDays' in c.add
        ? c.add.workingDays === 'processing-max'
          ? env.processing?.workingDays?.max
          : c.add.workingDays
        : undefined;
    if (c.from === 'payment') {
      const anchor = ctx.anchorPayment;
      if (!anchor) continue;
      const start: Start = { basis: 'payment', from: anchor.iso, label: c.label };
      if ('hours' in c.add || 'days' in c.add) {
        const ms = anchor.ms + ('hours' in c.add ? c.add.hours : c.add.days * 24) * HOUR_MS;
        deadlines.push(
          deadline(c, env, start, { date: beijingIso(ms), precision: 'minute', passed: ctx.atMs > ms }),
        );
      } else if ('years' in c.add) {
        const date = addYears(beijingDay(anchor.ms), c.add.years);
        deadlines.push(deadline(c, env, start, { date, precision: 'day', passed: ctx.today > date }));
      } else {
        countWorkingDays(c, start, beijingDay(anchor.ms), n);
      }
      continue;
    }
    // Filed clocks count from the filing day, or — until the timeline records one — from today, as a forecast.
    const startDay = env.filedDay ?? ctx.today;
    const start: Start = env.filedDay
      ? { basis: 'filed', from: startDay, label: c.label }
      : { basis: 'if-filed-now', from: startDay, label: withSuffix(c.label, env.ifFiledNow) };
    if ('workingDays' in c.add) {
      countWorkingDays(c, start, startDay, n);
    } else {
      // The loader only allows day-based counts for filed clocks (timeline filings are dated by day).
      const date =
        'years' in c.add
          ? addYears(startDay, c.add.years)
          : addDays(startDay, 'days' in c.add ? c.add.days : 0);
      deadlines.push(deadline(c, env, start, { date, precision: 'day', passed: ctx.today > date }));
    }
  }
  return { deadlines, unknownYears: [...unknownYears] };
}
