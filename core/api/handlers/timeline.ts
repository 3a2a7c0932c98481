import { getCase } from '../../../db/queries/cases.ts';
import { addEvent, listEvents, removeEvent, updateEvent } from '../../../db/queries/timeline.ts';
import type { timelineSchemas } from '../schemas/timeline.ts';
import type { HandlerMap } from '../context.ts';

export const timelineHandlers: HandlerMap<keyof typeof timelineSchemas> = {
  'timeline.add': (ctx, input) => {
    const { db } = ctx.vault();
    getCase(db, input.caseId);
    return addEvent(db, input.caseId, input);
  },
  'timeline.list': (ctx, { caseId }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return listEvents(db, caseId);
  },
  'timeline.update': (ctx, { id, revision, patch }) => updateEvent(ctx.vault().db, id, patch, revision),
  'timeline.remove': (ctx, { id }) => removeEvent(ctx.vault().db, id),
};
