import { caseOverview } from '../../../db/queries/caseOverview.ts';
import { caseSnapshot } from '../../../db/queries/caseSnapshot.ts';
import { createCase, getCase, listCases, updateCase } from '../../../db/queries/cases.ts';
import { ensureCounterpartyByName, saveCounterparty } from '../../../db/queries/counterparties.ts';
import type { caseSchemas } from '../schemas/case.ts';
import type { HandlerMap } from '../context.ts';
import { assertRoute } from '../validateIds.ts';

export const caseHandlers: HandlerMap<keyof typeof caseSchemas> = {
  'case.create': (ctx, input) => {
    assertRoute(input.route);
    const { db } = ctx.vault();
    return db.transaction(() => {
      const created = createCase(db, input);
      const counterparty = input.counterparty
        ? ensureCounterpartyByName(db, created.id, input.counterparty)
        : null;
      return { ...getCase(db, created.id), counterparty };
    })();
  },
  'case.list': (ctx) => listCases(ctx.vault().db),
  'case.get': (ctx, { id }) => caseSnapshot(ctx.vault().db, id),
  'case.overview': (ctx, { id }) => caseOverview(ctx.vault().db, id),
  'case.update': (ctx, { id, revision, patch }) => {
    if (patch.route) assertRoute(patch.route);
    const { recovered, ...rest } = patch;
    return updateCase(ctx.vault().db, id, { ...rest, recoveredFen: recovered }, revision);
  },
  'counterparty.save': (ctx, { caseId, revision, ...input }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return saveCounterparty(db, caseId, input, revision);
  },
};
