/**
 * The small condition language of the pack (warnings.json "when", channels.json "when"): every
 * condition given must hold. Amount conditions need a known amount — with no payment recorded,
 * "below 3,000 yuan" would be a false alarm.
 */
import type { Deadline } from './types.ts';
import type { CaseContext } from './caseContext.ts';
import { daysBetween } from './beijingClock.ts';
import type { ConditionDef } from './packSchema.ts';

export function daysLeft(ctx: CaseContext, d: Deadline): number {
  return d.precision === 'day'
    ? daysBetween(ctx.today, d.date)
    : Math.ceil((Date.parse(d.date) - ctx.atMs) / 86_400_000);
}

export function conditionHolds(
  when: ConditionDef,
  ctx: CaseContext,
  deadlines: readonly Deadline[],
): boolean {
  if (when.amountBelowFen !== undefined && !(ctx.amountFen > 0 && ctx.amountFen < when.amountBelowFen))
    return false;
  if (when.amountAtLeastFen !== undefined && !(ctx.amountFen >= when.amountAtLeastFen)) return false;
  if (when.clockPassed !== undefined) {
    const d = deadlines.find((x) => x.id === when.clockPassed);
    if (!d || !d.passed) return false;
  }
  if (when.clockWithinDays !== undefined) {
    const { clock, days } = when.clockWithinDays;
    const d = deadlines.find((x) => x.id === clock);
    if (!d || d.passed || daysLeft(ctx, d) > days) return false;
  }
  if (when.counterpartyKind !== undefined) {
    const parties = ctx.snapshot.counterparties;
    const kinds = when.counterpartyKind;
    // With no party recorded the kind is unknown: a rule for merchants only (第55条) does not apply yet.
    if (parties.length === 0 && !kinds.includes('unknown')) return false;
    if (parties.length > 0 && !parties.some((c) => kinds.includes(c.kind))) return false;
  }
  const kinds = (list: readonly string[]) => ctx.snapshot.evidence.some((e) => list.includes(e.kind));
  if (when.hasEvidenceKind !== undefined && !kinds(when.hasEvidenceKind)) return false;
  if (when.lacksEvidenceKind !== undefined && kinds(when.lacksEvidenceKind)) return false;
  const chats = ctx.snapshot.chats;
  if (when.chatVoiceUntranscribed && !(chats && chats.voiceUntranscribed > 0)) return false;
  if (when.chatExcerptLeavesOut && !(chats && chats.excerptsLeavingOut > 0)) return false;
  return true;
}
