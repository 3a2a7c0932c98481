import { getCase } from '../../../db/queries/cases.ts';
import { searchVault } from '../../../db/queries/search.ts';
import type { searchSchemas } from '../schemas/search.ts';
import type { HandlerMap } from '../context.ts';

export const searchHandlers: HandlerMap<keyof typeof searchSchemas> = {
  'search.query': (ctx, { query, caseId, limit }) => {
    const { db } = ctx.vault();
    if (caseId !== undefined) getCase(db, caseId);
    return searchVault(db, query, { caseId, limit });
  },
};
