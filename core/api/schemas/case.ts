import { z } from 'zod';
import {
  CASE_STATUSES,
  type CaseClaims,
  type CaseOverview,
  type CaseRecord,
  type CaseSnapshot,
  type Counterparty,
  type Payment,
} from '../../domain/types.ts';
import type { CaseSummary } from '../../../db/queries/cases.ts';
import type { CaseContents } from '../../../db/queries/caseTrash.ts';
import { id, idInput, nonEmpty, text } from './common.ts';
import { inputProblem } from '../../input/problem.ts';
import { nameText, yuanOrNull, yuanText } from './inputs.ts';
import { counterpartyFields } from './counterparty.ts';
import { newPaymentFields } from './payment.ts';

const caseStatus = z.enum(CASE_STATUSES);
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

/** Fields of a new case. */
const caseFields = {
  title: nameText('title', 200),
  route: nonEmpty(64),
  counterparty: text(200).optional(),
  item: text(300).optional(),
  narrative: text().optional(),
  claims: claimsInput.optional(),
  demand: text(2000).optional(),
  place: text(200).optional(),
};

export const caseSchemas = {
  'case.create': z.object(caseFields),
  /**
   * The new-case wizard in one call and one transaction: the case, its counterparty and its payments
   * exist only if every one of them is valid (a bad amount leaves no case behind).
   */
  'case.createWithPayments': z.object({
    case: z.object(caseFields).omit({ counterparty: true }),
    counterparty: z.object(counterpartyFields).optional(),
    payments: z.array(z.object(newPaymentFields)).max(200).default([]),
  }),
  'case.list': z.object({}).default({}),
  'case.get': idInput,
  'case.overview': idInput,
  'case.update': z.object({
    id,
    revision,
    patch: z
      .object({
        title: nameText('title', 200),
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
  /**
   * Move a case to the 回收站 (nothing is erased; restore brings it back). `dryRun` only counts what
   * would go, for the confirmation. Refused while a paper of the case is being generated.
   */
  'case.delete': z.object({ id, revision, dryRun: z.boolean().default(false) }),
  'case.restore': idInput,
  /** Erase a case in the 回收站 for good: its rows, its generated papers in the vault, and every original no other case uses. */
  'case.purge': idInput,
  'case.listDeleted': z.object({}).default({}),
};



export interface CaseResults {
  'case.create': CaseRecord & { counterparty: Counterparty | null };
  'case.list': CaseSummary[];
  'case.get': CaseSnapshot;
  'case.overview': CaseOverview;
  'case.createWithPayments': CaseRecord & { counterparty: Counterparty | null; payments: Payment[] };
  'case.update': CaseRecord;
  'case.delete': { case: CaseRecord; contents: CaseContents; dryRun: boolean };
  'case.restore': CaseRecord;
  'case.purge': { caseId: number; contents: CaseContents; objectsDeleted: number; documentFilesDeleted: number };
  'case.listDeleted': CaseSummary[];
}
