/**
 * Checks one rule (a case route or a channel) against a case: requirements, clocks, warnings,
 * sources, processing time, estimates, and whether the step is still open or already done.
 */
import type { LocalizedText } from '../domain/types.ts';
import type { Estimate, Processing, RouteCheck } from './types.ts';
import type { CaseContext } from './caseContext.ts';
import { dayOf } from './beijingClock.ts';
import { citationText, cite } from './citations.ts';
import { computeClocks } from './clocks.ts';
import type { FactResult } from './facts.ts';
import type { RulePack } from './pack.ts';
import type { ChannelDef, RouteDef } from './packSchema.ts';
import { evaluateRequirements } from './requirements.ts';
import { evaluateWarnings } from './ruleWarnings.ts';

export interface RuleEnv {
  pack: RulePack;
  ctx: CaseContext;
  factMemo: Map<string, FactResult>;
  /** The case route this check is for (channels take its complaint processing time). */
  route: RouteDef;
  routeEvidence: { satisfied: boolean; missing: string[] } | null;
}

/** The first day the timeline records this channel's filing, or null. */
function filedDay(pack: RulePack, ctx: CaseContext, channel: ChannelDef): string | null {
  const filing = channel.filing;
  const patterns = pack.index.filing.get(channel.id);
  if (!filing || !patterns) return null;
  let first: string | null = null;
  for (const e of ctx.events) {
    if (e.kind !== filing.eventKind) continue;
    const text = `${e.text} ${e.ref}`;
    if (patterns.exclude && patterns.exclude.test(text)) continue;
    const marked = filing.refMarks === true && e.ref.trim() !== '';
    if (!marked && patterns.include && !patterns.include.test(text)) continue;
    const day = dayOf(e.date);
    if (day && (first === null || day < first)) first = day;
  }
  if (filing.evidenceKind) {
    for (const ev of ctx.snapshot.evidence) {
      if (ev.kind !== filing.evidenceKind) continue;
      const day = dayOf(ev.capturedAt ?? ev.addedAt);
      if (day && (first === null || day < first)) first = day;
    }
  }
  return first;
}

function processingOf(env: RuleEnv, rule: RouteDef | ChannelDef, isRoute: boolean): Processing | undefined {
  if (isRoute) return (rule as RouteDef).complaintProcessing;
  const p = (rule as ChannelDef).processing;
  if (p !== 'route') return p;
  const unknown = env.pack.texts['processing-unknown'] as LocalizedText;
  return env.route.complaintProcessing ?? { note: unknown };
}

function estimatesOf(env: RuleEnv, channel: ChannelDef): Estimate[] {
  if (env.ctx.amountFen <= 0) return [];
  return (channel.estimates ?? []).map((e) => ({
    id: e.id,
    label: e.label,
    amountFen: Math.max(Math.round(env.ctx.amountFen * e.multiplier), e.minimumFen),
    source: citationText(env.pack.index, e.source),
  }));
}

export function checkRule(env: RuleEnv, rule: RouteDef | ChannelDef): RouteCheck {
  const { pack, ctx } = env;
  const isRoute = !('stage' in rule);
  const channel = isRoute ? null : (rule as ChannelDef);
  const req = evaluateRequirements(
    { index: pack.index, ctx, routeEvidence: env.routeEvidence, factMemo: env.factMemo },
    rule.requirements.allOf,
  );
  const processing = processingOf(env, rule, isRoute);
  const filed = channel ? filedDay(pack, ctx, channel) : null;
  const clocks = computeClocks(
    {
      ctx,
      index: pack.index,
      processing,
      filedDay: filed,
      ifFiledNow: pack.texts['if-filed-now'] as LocalizedText,
    },
    rule.clocks,
  );
  const closed = (rule.clocks ?? []).some(
    (c) => c.closes && clocks.deadlines.some((d) => d.id === c.id && d.passed),
  );
  return {
    route: rule.id,
    name: rule.name,
    stage: channel ? channel.stage : 'case-route',
    satisfied: req.satisfied,
    score: req.score,
    missing: req.missing,
    present: req.present,
    deadlines: clocks.deadlines,
    warnings: evaluateWarnings(pack.index, ctx, rule.warnings, clocks.deadlines, clocks.unknownYears),
    source: citationText(pack.index, rule.source),
    sources: cite(pack.index, rule.source),
    summary: rule.summary,
    ...(processing ? { processing } : {}),
    ...(channel?.hotlines ? { hotlines: channel.hotlines } : {}),
    ...(rule.notes ? { notes: rule.notes } : {}),
    ...(channel?.estimates ? { estimates: estimatesOf(env, channel) } : {}),
    open: !closed,
    done: filed !== null,
  };
}
