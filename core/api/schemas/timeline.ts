import { z } from 'zod';
import type { TimelineEvent } from '../../domain/types.ts';
import { caseIdInput, id, idInput, nonEmpty, text } from './common.ts';
import { dateText } from './inputs.ts';

const kind = z.enum(['contact', 'complaint', 'police', 'refund', 'other']);

export const timelineSchemas = {
  'timeline.add': z.object({
    caseId: id,
    /** 2025-05-19, 2025年5月19日, or with a time (Beijing unless zoned); may be planned ahead. */
    date: dateText('date', { allowFuture: true }),
    text: nonEmpty(5000),
    ref: text(200).optional(),
    kind: kind.default('other'),
  }),
  /** CLI: `event update`. */
  'timeline.update': z.object({
    id,
    revision: z.number().int().positive().optional(),
    patch: z
      .object({ date: dateText('date', { allowFuture: true }), text: nonEmpty(5000), ref: text(200), kind })
      .partial(),
  }),
  'timeline.list': caseIdInput,
  'timeline.remove': idInput,
};

export interface TimelineResults {
  'timeline.add': TimelineEvent;
  'timeline.list': TimelineEvent[];
  'timeline.update': TimelineEvent;
  'timeline.remove': TimelineEvent;
}
