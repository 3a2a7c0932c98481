import { z } from 'zod';
import type { CaseOverview, CaseRecord, CaseSnapshot, Counterparty } from '../../domain/types.ts';
import type { CaseSummary } from '../../../db/queries/cases.ts';
import { id, idInput, nonEmpty, text } from './common.ts';

const caseStatus = z.enum(['open', 'submitted', 'resolved', 'closed']);
const stringList = z.array(z.string().trim().min(1).max(500)).max(200);

export const caseSchemas = {
  'case.create': z.object({
    title: nonEmpty(200),
    route: nonEmpty(64),
    counterparty: text(200).optional(),
    narrative: text().optional(),
    demand: text(2000).optional(),
    place: text(200).optional(),
  }),
  'case.list': z.object({}).default({}),
  'case.get': idInput,
  'case.overview': idInput,
  'case.update': z.object({
    id,
    patch: z
      .object({
        title: nonEmpty(200),
        route: nonEmpty(64),
        status: caseStatus,
        narrative: text(),
        demand: text(2000),
        place: text(200),
      })
      .partial(),
  }),
  'counterparty.save': z.object({
    caseId: id,
    id: id.optional(),
    name: nonEmpty(200),
    kind: z.enum(['merchant', 'person', 'unknown']).default('unknown'),
    creditCode: z
      .string()
      .trim()
      .toUpperCase()
      .refine(
        (v) => v === '' || /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v),
        '统一社会信用代码 has 18 characters (digits and capital letters)',
      )
      .default(''),
    wechatNicknames: stringList.default([]),
    wechatIds: stringList.default([]),
    phones: stringList.default([]),
    accounts: stringList.default([]),
    urls: stringList.default([]),
    note: text(2000).default(''),
  }),
};

export interface CaseResults {
  'case.create': CaseRecord & { counterparty: Counterparty | null };
  'case.list': CaseSummary[];
  'case.get': CaseSnapshot;
  'case.overview': CaseOverview;
  'case.update': CaseRecord;
  'counterparty.save': Counterparty;
}
