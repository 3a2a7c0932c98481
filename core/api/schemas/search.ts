import { z } from 'zod';
import type { SearchResult } from '../../../db/queries/search.ts';
import { id } from './common.ts';

export const searchSchemas = {
  /** Search one case (caseId) or the whole vault: OCR text, text files, payments, evidence, notes. */
  'search.query': z.object({
    query: z.string().trim().min(1).max(200),
    caseId: id.optional(),
    limit: z.number().int().min(1).max(200).optional(),
  }),
};

export interface SearchResults {
  'search.query': SearchResult;
}
