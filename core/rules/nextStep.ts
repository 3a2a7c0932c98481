/**
 * The next step, in the order the case route lists its channels — the guide's order
 * (原路退回 → 客服申诉 → legal), except that fraud and transfer scams list the police first.
 * Skips what happens by itself (system interception), what is already done (the timeline records
 * the filing) and what is closed (its window has passed).
 */
import type { LocalizedText } from '../domain/types.ts';
import type { NextStep, RouteCheck } from './types.ts';
import type { RulePack } from './pack.ts';

function actionable(pack: RulePack, c: RouteCheck): boolean {
  const def = pack.index.channel.get(c.route);
  return !!def && def.actionable !== false && c.open && !c.done;
}

export function pickNextStep(pack: RulePack, channels: readonly RouteCheck[]): NextStep | null {
  const candidates = channels.filter((c) => actionable(pack, c));
  const [first, ...rest] = candidates;
  if (!first) return null;
  const def = pack.index.channel.get(first.route);
  const urgent = def?.urgent === true;
  return {
    route: first.route,
    stage: first.stage,
    action: def?.action ?? first.summary,
    urgent,
    hotlines: first.hotlines ?? [],
    missing: first.missing.map((m) => m.id),
    why: pack.texts[urgent ? 'next-why-urgent' : 'next-why-order'] as LocalizedText,
    then: rest.map((c) => c.route),
  };
}
