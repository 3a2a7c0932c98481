import { z } from 'zod';
import type { EvidenceItem } from '../../domain/types.ts';
import type { SearchHit, SearchResult } from '../../../db/queries/search.ts';
import { id } from './common.ts';

export const searchSchemas = {
  /** Search one case (caseId) or the whole vault: OCR text, text files, payments, evidence, notes. */
  'search.query': z.object({
    query: z.string().trim().min(1).max(200),
    caseId: id.optional(),
    limit: z.number().int().min(1).max(200).optional(),
  }),
};

/** A hit on an evidence item (its title or its text) carries the item, so one click can open it. */
export interface SearchHitView extends SearchHit {
  evidence?: EvidenceItem;
}

export interface SearchResults {
  'search.query': Omit<SearchResult, 'hits'> & { hits: SearchHitView[] };
}
