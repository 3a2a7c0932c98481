/**
 * Bill methods: parse an official WeChat Pay / Alipay export without storing it (bill.show), and
 * import picked rows as payments of a case, keeping the bill file as evidence (bill.import).
 */
import { z } from 'zod';
import type { LocalizedText } from '../../domain/types.ts';
import type { BillError, BillFormat, BillParseResult, BillSummary } from '../../importers/types.ts';
import { id, text } from './common.ts';
import { nameText } from './inputs.ts';

/**
 * Which party the imported rows belong to: an existing one, a new one made from the bill's 交易对方, or
 * none. Omitted: rows link only to a party with exactly their 交易对方 name; nothing is added.
 */
const billCounterpartyChoice = z.union([
  z.object({ existingId: id }),
  z.object({
    create: z.object({
      name: nameText('name', 200),
      kind: z.enum(['merchant', 'person', 'unknown']).default('unknown'),
    }),
  }),
  z.literal('none'),
]);
export type BillCounterpartyChoice = z.output<typeof billCounterpartyChoice>;

export interface BillCounterpartyOutcome {
  /** The party every imported row was linked to (chosen or created); null otherwise. */
  linkedId: number | null;
  /** The party created for this import ({create}); null otherwise. */
  createdId: number | null;
  /** 交易对方 names of imported rows that no party of the case has (without a choice): offer linking or adding. */
  unlinkedNames: { name: string; rows: number }[];
}

const filePath = z.string().min(1).max(4096);
/** The zip password the platform sent separately; used in memory only, never stored or logged. */
const password = z.string().min(1).max(200).optional();

export const billSchemas = {
  'bill.show': z.object({
    path: filePath,
    password,
    /** Name to report instead of the path's basename (browser uploads arrive under a temp name). */
    originalName: text(1024).optional(),
  }),
  'bill.import': z.object({
    caseId: id,
    path: filePath,
    password,
    originalName: text(1024).optional(),
    /** Rows to import by 交易单号 (CLI --pick). */
    pick: z.array(z.string().trim().min(1).max(64)).max(100_000).optional(),
    /** Rows to import by their line/row number in the file (the preview's checkboxes). */
    rows: z.array(z.number().int().positive()).max(1_000_000).optional(),
    counterparty: billCounterpartyChoice.optional(),
  }),
};

export type BillSkipReason =
  /** Already a payment of the case (by 交易单号 / by 商户单号). */
  | 'duplicate-txid'
  | 'duplicate-merchant-order-id'
  /** An earlier row of this import has the same id. */
  | 'repeated-in-bill'
  /** The bill's id cannot be used. */
  | 'untrusted-id';

/** One row that was not imported: structured, no text (a re-imported 100,000-row bill has 100,000). */
export interface BillSkippedRow {
  row: number;
  txid: string;
  reason: BillSkipReason;
  existingPaymentId: number | null;
}

/**
 * The skipped rows of one reason, said once: the message names the row (and its id and payment) when
 * there is one, else the count and the first rows (`rows`, at most SKIPPED_ROWS_SHOWN).
 */
export interface BillSkippedGroup {
  reason: BillSkipReason;
  count: number;
  rows: number[];
  message: LocalizedText;
}

export interface BillImportResult {
  format: BillFormat;
  /** Rows the bill holds (good or flagged). */
  rows: number;
  /** Rows asked for (all rows when nothing was picked). */
  picked: number;
  imported: number;
  duplicates: number;
  paymentIds: number[];
  skipped: BillSkippedRow[];
  /** `skipped` by reason, one message each: what the UI and the CLI show. */
  skippedGroups: BillSkippedGroup[];
  errors: BillError[];
  /** Totals of the imported rows. */
  incomeFen: number;
  expenseFen: number;
  /** The evidence item holding the bill file (reused when the same file was imported before). */
  evidenceId: number | null;
  evidenceReused: boolean;
  summary: BillSummary;
  counterparty: BillCounterpartyOutcome;
}

export interface BillResults {
  'bill.show': BillParseResult;
  'bill.import': BillImportResult;
}
