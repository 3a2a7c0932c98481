import { getCase } from '../../../db/queries/cases.ts';
import {
  EMPTY_COUNTERPARTY,
  findCounterpartiesByName,
  getCounterparty,
  saveCounterparty,
} from '../../../db/queries/counterparties.ts';
import { AppError } from '../../errors.ts';
import { definedOnly } from '../../util/definedOnly.ts';
import {
  mergeCounterparties,
  removeCounterparty,
  updateCounterparty,
} from '../../../db/queries/counterpartyEdits.ts';
import type { counterpartySchemas } from '../schemas/counterparty.ts';
import type { HandlerMap } from '../context.ts';

export const counterpartyHandlers: HandlerMap<keyof typeof counterpartySchemas> = {
  'counterparty.save': (ctx, { caseId, id, revision, ...fields }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    const given = definedOnly(fields);
    if (id !== undefined) {
      if (getCounterparty(db, id).caseId !== caseId) throw new AppError('counterparty-other-case', { id, caseId });
      return updateCounterparty(db, id, given, revision);
    }
    const same = findCounterpartiesByName(db, caseId, fields.name);
    if (same.length > 1)
      throw new AppError('counterparty-ambiguous', {
        count: same.length,
        name: fields.name,
        ids: same.map((c) => c.id).join(', '),
      });
    if (same[0]) return updateCounterparty(db, same[0].id, given, revision);
    return saveCounterparty(db, caseId, { ...EMPTY_COUNTERPARTY, ...given, name: fields.name });
  },
  'counterparty.add': (ctx, { caseId, ...input }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return saveCounterparty(db, caseId, input);
  },
  'counterparty.update': (ctx, { id, revision, patch }) => updateCounterparty(ctx.vault().db, id, patch, revision),
  'counterparty.remove': (ctx, { id }) => removeCounterparty(ctx.vault().db, id),
  'counterparty.merge': (ctx, { from, into }) => mergeCounterparties(ctx.vault().db, from, into),
};
