import { z } from 'zod';
import type { TimelineEvent } from '../../domain/types.ts';
import { caseIdInput, id, idInput, nonEmpty, text } from './common.ts';

export const timelineSchemas = {
  'timeline.add': z.object({
    caseId: id,
    /** YYYY-MM-DD or a full time (Beijing unless zoned). */
    date: nonEmpty(40),
    text: nonEmpty(5000),
    ref: text(200).optional(),
    kind: z.enum(['contact', 'complaint', 'police', 'refund', 'other']).default('other'),
  }),
  'timeline.list': caseIdInput,
  'timeline.remove': idInput,
};

export interface TimelineResults {
  'timeline.add': TimelineEvent;
  'timeline.list': TimelineEvent[];
  'timeline.remove': TimelineEvent;
}
