import { getCase } from '../../../db/queries/cases.ts';
import { getEvidence } from '../../../db/queries/evidence.ts';
import { searchVault } from '../../../db/queries/search.ts';
import type { SearchHitView, searchSchemas } from '../schemas/search.ts';
import type { HandlerMap } from '../context.ts';

export const searchHandlers: HandlerMap<keyof typeof searchSchemas> = {
  'search.query': (ctx, { query, caseId, limit }) => {
    const { db } = ctx.vault();
    if (caseId !== undefined) getCase(db, caseId);
    const result = searchVault(db, query, { caseId, limit });
    return {
      ...result,
      hits: result.hits.map((h): SearchHitView =>
        h.kind === 'evidence' || h.kind === 'evidence-text'
          ? { ...h, evidence: getEvidence(db, h.refId) }
          : h,
      ),
    };
  },
};
