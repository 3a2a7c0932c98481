/**
 * Runs the rules engine (core/rules) for the 核对单: the case's own route and the channels the
 * papers are for. A fraud case's route may not list the 12315 channel (12315 does not take
 * criminal fraud), yet a person printing a 12315 complaint should still see what that channel
 * needs, so the channel is checked on its own when the route leaves it out. If the engine throws
 * (say, a broken rule pack) the dossier still renders and the page says why the check is missing.
 */
import type { CaseSnapshot } from '../domain/types.ts';
import { checkCase } from '../rules/check.ts';
import type { RulesOutcome } from './context.ts';

export function runRulesCheck(snapshot: CaseSnapshot, at: Date, channels: readonly string[]): RulesOutcome {
  try {
    const report = checkCase(snapshot, at);
    for (const channel of channels) {
      if (report.routes.some((r) => r.route === channel)) continue;
      report.routes.push(
        ...checkCase(snapshot, at, { route: channel }).routes.filter((r) => r.route === channel),
      );
    }
    return { report };
  } catch (err) {
    return { error: err instanceof Error ? (err.message.split('\n')[0] ?? 'error') : String(err) };
  }
}
