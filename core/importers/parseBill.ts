/**
 * parseBill: the one call the app, the CLI and the tests use to read an official bill export
 * (WeChat Pay CSV/XLSX, Alipay CSV, or the password zip they arrive in) without storing anything.
 * Never throws for bad content; see types.ts for the result and readBill.ts for the streaming path.
 */
import { summarise } from './billSummary.ts';
import { readBill } from './readBill.ts';
import { CollectingSink } from './rowSink.ts';
import type { BillInput, BillParseResult } from './types.ts';

export async function parseBill(input: BillInput): Promise<BillParseResult> {
  const sink = new CollectingSink();
  const outcome = await readBill(input, sink);
  for (const row of sink.rows) {
    const target = outcome.refundLinks.get(row.row);
    if (target !== undefined) row.refundOfTxid = target;
  }
  const summary = summarise(sink.rows, sink.flaggedRows, outcome, outcome.platform);
  summary.archive = outcome.archive;
  return { format: outcome.format, rows: sink.rows, errors: sink.listedErrors(input.fileName), summary };
}

export type {
  BillInput,
  BillParseResult,
  BillRow,
  BillError,
  BillFormat,
  BillRowFlag,
  BillSummary,
} from './types.ts';
export { readBill } from './readBill.ts';
export type { RowSink } from './rowSink.ts';
