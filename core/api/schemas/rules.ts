import { z } from 'zod';
import type { CheckReport, RulesList } from '../../rules/types.ts';
import { id } from './common.ts';

export const rulesSchemas = {
  /** What is present and missing for the case's route (or `route`: another case route, or one channel), as of `at`. */
  'rules.check': z.object({
    caseId: id,
    route: z.string().trim().min(1).max(64).optional(),
    /** "YYYY-MM-DD HH:MM[:SS]" in Beijing time, or ISO 8601 with an offset. Default: now. */
    at: z.string().trim().min(1).max(40).optional(),
  }),
  'rules.list': z.object({}).default({}),
};

export interface RulesResults {
  'rules.check': CheckReport;
  'rules.list': RulesList;
}
