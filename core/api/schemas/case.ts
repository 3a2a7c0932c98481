import { z } from 'zod';
import {
  ACCOUNT_TYPES,
  CASE_STATUSES,
  type CaseClaims,
  type CaseOverview,
  type CaseRecord,
  type CaseSnapshot,
  type Counterparty,
} from '../../domain/types.ts';
import type { CaseSummary } from '../../../db/queries/cases.ts';
import { id, idInput, nonEmpty, text } from './common.ts';
import { inputProblem } from '../../input/problem.ts';
import { yuanOrNull, yuanText } from './inputs.ts';

const caseStatus = z.enum(CASE_STATUSES);
const stringList = z.array(z.string().trim().min(1).max(500)).max(200);
/** The revision an editor loaded (CaseRecord.revision etc.): a row changed meanwhile is refused. */
export const revision = z.number().int().positive().optional();

/**
 * 诉求 as a form holds them: amounts typed in yuan. 'amount' compensation needs its amount; the others
 * ignore it.
 */
export const claimsInput = z
  .object({
    refund: yuanOrNull('refund').default(null),
    rescind: z.boolean().default(false),
    compensation: z.enum(['none', 'triple', 'tenfold', 'amount']).default('none'),
    compensationAmount: yuanOrNull('compensationAmount').default(null),
    interest: z.boolean().default(false),
  })
  .transform((c): CaseClaims => ({
    refundFen: c.refund,
    rescind: c.rescind,
    compensation: c.compensation,
    compensationFen: c.compensation === 'amount' ? c.compensationAmount : null,
    interest: c.interest,
  }))
  .refine((c) => c.compensation !== 'amount' || c.compensationFen !== null, {
    path: ['compensationAmount'],
    message: 'compensationAmount is needed when compensation is "amount"',
    params: { problem: inputProblem('required', 'compensationAmount') },
  });

export const accountInput = z.object({
  type: z.enum(ACCOUNT_TYPES),
  number: nonEmpty(64),
  bank: text(100).optional(),
  holder: text(100).optional(),
});

/** Every field of a counterparty a person can fill in (counterparty.save / add / update). */
export const counterpartyFields = {
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
  accounts: z.array(accountInput).max(200).default([]),
  urls: stringList.default([]),
  address: text(300).default(''),
  platform: text(100).default(''),
  note: text(2000).default(''),
};

export const caseSchemas = {
  'case.create': z.object({
    title: nonEmpty(200),
    route: nonEmpty(64),
    counterparty: text(200).optional(),
    item: text(300).optional(),
    narrative: text().optional(),
    claims: claimsInput.optional(),
    demand: text(2000).optional(),
    place: text(200).optional(),
  }),
  'case.list': z.object({}).default({}),
  'case.get': idInput,
  'case.overview': idInput,
  'case.update': z.object({
    id,
    revision,
    patch: z
      .object({
        title: nonEmpty(200),
        route: nonEmpty(64),
        status: caseStatus,
        /** Yuan got back so far ("0" allowed); with status partly-recovered / recovered. */
        recovered: yuanText('recovered', { allowZero: true }),
        item: text(300),
        narrative: text(),
        claims: claimsInput,
        demand: text(2000),
        place: text(200),
      })
      .partial(),
  }),
  'counterparty.save': z.object({ caseId: id, id: id.optional(), revision, ...counterpartyFields }),
};

export interface CaseResults {
  'case.create': CaseRecord & { counterparty: Counterparty | null };
  'case.list': CaseSummary[];
  'case.get': CaseSnapshot;
  'case.overview': CaseOverview;
  'case.update': CaseRecord;
  'counterparty.save': Counterparty;
}
