import { caseSnapshot } from '../../../db/queries/caseSnapshot.ts';
import { parseBeijingDateTime } from '../../beijingTime.ts';
import { AppError } from '../../errors.ts';
import { UnknownRouteError, checkCase } from '../../rules/check.ts';
import { listRules } from '../../rules/listRules.ts';
import { RulePackError } from '../../rules/pack.ts';
import type { rulesSchemas } from '../schemas/rules.ts';
import type { HandlerMap } from '../context.ts';

/** Rule-engine failures as errors a person can act on. */
function asAppError(err: unknown): unknown {
  if (err instanceof UnknownRouteError)
    return new AppError('unknown-route', { value: err.route, valid: err.known.join(', ') });
  if (err instanceof RulePackError)
    return new AppError('rule-pack-invalid', { file: err.file, path: err.issuePath, detail: err.detail });
  return err;
}

export const rulesHandlers: HandlerMap<keyof typeof rulesSchemas> = {
  'rules.check': (ctx, { caseId, route, at }) => {
    const snapshot = caseSnapshot(ctx.vault().db, caseId);
    const when = at ? new Date(parseBeijingDateTime(at)) : new Date();
    try {
      return checkCase(snapshot, when, route ? { route } : {});
    } catch (err) {
      throw asAppError(err);
    }
  },
  'rules.list': () => {
    try {
      return listRules();
    } catch (err) {
      throw asAppError(err);
    }
  },
};
