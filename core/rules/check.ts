/**
 * checkCase: for the case's route, what is present, what is missing and how to get it, which clocks
 * run, what to warn about, and the next step. Pure: reads only the (cached) rule pack and the
 * snapshot it is given; the clock is the `at` argument, never the system time.
 */
import type { CaseSnapshot } from '../domain/types.ts';
import type { CheckOptions, CheckReport, RouteCheck } from './types.ts';
import { buildCaseContext } from './caseContext.ts';
import { conditionHolds } from './conditions.ts';
import type { FactResult } from './facts.ts';
import { loadRulePack } from './pack.ts';
import { UnknownRouteError } from './packError.ts';
import type { ChannelDef } from './packSchema.ts';
import { pickNextStep } from './nextStep.ts';
import { checkRule, type RuleEnv } from './ruleCheck.ts';

export { UnknownRouteError } from './packError.ts';

export function checkCase(snapshot: CaseSnapshot, at: Date, opts: CheckOptions = {}): CheckReport {
  const pack = loadRulePack(opts.rulesDir);
  const { index } = pack;
  const known = (): string[] => [...index.route.keys(), ...index.channel.keys()];
  const asked = opts.route;
  if (asked !== undefined && !index.route.has(asked) && !index.channel.has(asked))
    throw new UnknownRouteError(asked, known());
  const routeId = asked !== undefined && index.route.has(asked) ? asked : snapshot.case.route;
  const route = index.route.get(routeId);
  if (!route) throw new UnknownRouteError(routeId, known());

  const ctx = buildCaseContext(snapshot, at);
  const factMemo = new Map<string, FactResult>();
  const routeEnv: RuleEnv = { pack, ctx, factMemo, route, routeEvidence: null };
  const routeCheck = checkRule(routeEnv, route);
  const channelEnv: RuleEnv = {
    ...routeEnv,
    routeEvidence: { satisfied: routeCheck.satisfied, missing: routeCheck.missing.map((m) => m.id) },
  };
  const channels = route.channels
    .map((id) => index.channel.get(id))
    .filter((c): c is ChannelDef => !!c && (!c.when || conditionHolds(c.when, ctx, [])));
  const channelChecks = channels.map((c) => checkRule(channelEnv, c));

  let routes: RouteCheck[] = [routeCheck, ...channelChecks];
  if (asked !== undefined && index.channel.has(asked)) {
    // One channel asked for: checked in the context of the case's route, even if that route does not list it.
    const listed = channelChecks.find((c) => c.route === asked);
    routes = [listed ?? checkRule(channelEnv, index.channel.get(asked) as ChannelDef)];
  }
  return {
    caseId: snapshot.case.id,
    caseRoute: route.id,
    at: ctx.atIso,
    amountFen: ctx.amountFen,
    routes,
    next: pickNextStep(pack, channelChecks),
  };
}
