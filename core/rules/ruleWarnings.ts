/** Warnings a rule shows when their conditions hold, with their placeholders filled in. Advice only. */
import type { LocalizedText } from '../domain/types.ts';
import { formatFen } from '../money.ts';
import type { Deadline, RuleWarning } from './types.ts';
import type { CaseContext } from './caseContext.ts';
import { citationText } from './citations.ts';
import { conditionHolds, daysLeft } from './conditions.ts';
import type { PackIndex } from './packIndex.ts';

function fill(text: LocalizedText, params: Record<string, string>): LocalizedText {
  const one = (s: string): string => s.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
  return { zh: one(text.zh), en: one(text.en) };
}

export function evaluateWarnings(
  index: PackIndex,
  ctx: CaseContext,
  ids: readonly string[] | undefined,
  deadlines: readonly Deadline[],
  unknownYears: readonly number[],
): RuleWarning[] {
  const out: RuleWarning[] = [];
  for (const id of ids ?? []) {
    const w = index.warning.get(id);
    if (!w || !conditionHolds(w.when, ctx, deadlines)) continue;
    const clockId = w.when.clockPassed ?? w.when.clockWithinDays?.clock;
    const clock = clockId ? deadlines.find((d) => d.id === clockId) : undefined;
    const params: Record<string, string> = { amount: formatFen(ctx.amountFen) };
    if (clock) {
      params['date'] = clock.date.slice(0, clock.precision === 'day' ? 10 : 16).replace('T', ' ');
      params['days'] = String(daysLeft(ctx, clock));
    }
    out.push({ id, message: fill(w.message, params), source: citationText(index, w.source) });
  }
  const calendar = index.warning.get('calendar-unknown');
  if (calendar && unknownYears.length > 0) {
    out.push({
      id: calendar.id,
      message: fill(calendar.message, { year: unknownYears.join(', ') }),
      source: citationText(index, calendar.source),
    });
  }
  return out;
}
