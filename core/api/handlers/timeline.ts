import { getCase } from '../../../db/queries/cases.ts';
import { addEvent, listEvents, removeEvent } from '../../../db/queries/timeline.ts';
import { parseDateOrDateTime } from '../../beijingTime.ts';
import type { timelineSchemas } from '../schemas/timeline.ts';
import type { HandlerMap } from '../context.ts';

export const timelineHandlers: HandlerMap<keyof typeof timelineSchemas> = {
  'timeline.add': (ctx, input) => {
    const { db } = ctx.vault();
    getCase(db, input.caseId);
    return addEvent(db, input.caseId, { ...input, date: parseDateOrDateTime(input.date) });
  },
  'timeline.list': (ctx, { caseId }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return listEvents(db, caseId);
  },
  'timeline.remove': (ctx, { id }) => removeEvent(ctx.vault().db, id),
};
