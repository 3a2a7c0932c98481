/** Counts and totals over parsed rows, for the preview header and the import report. */
import type { ReaderOutcome } from './rowSink.ts';
import { UNTRUSTED_FLAGS, type BillPlatform, type BillRow, type BillSummary } from './types.ts';

export function emptySummary(): BillSummary {
  return {
    platform: null,
    encoding: null,
    dataLines: 0,
    goodRows: 0,
    flaggedRows: 0,
    badRows: 0,
    untrustedRows: 0,
    incomeCount: 0,
    incomeFen: 0,
    expenseCount: 0,
    expenseFen: 0,
    neutralCount: 0,
    neutralFen: 0,
    declaredCount: null,
    firstTime: null,
    lastTime: null,
    archive: null,
    sheet: null,
  };
}

export function isUntrusted(row: BillRow): boolean {
  return row.flags.some((f) => UNTRUSTED_FLAGS.includes(f));
}

export function summarise(
  rows: readonly BillRow[],
  /** Rows a problem was reported for (flagged but kept). */
  reported: ReadonlySet<number>,
  outcome: ReaderOutcome,
  platform: BillPlatform | null,
): BillSummary {
  const s = emptySummary();
  s.platform = platform;
  s.encoding = outcome.encoding;
  s.dataLines = outcome.dataLines;
  s.badRows = outcome.badRows;
  s.declaredCount = outcome.declaredCount;
  s.sheet = outcome.sheet;
  for (const r of rows) {
    if (isUntrusted(r)) s.untrustedRows++;
    if (reported.has(r.row)) s.flaggedRows++;
    else s.goodRows++;
    if (r.direction === 'income') {
      s.incomeCount++;
      s.incomeFen += r.amountFen;
    } else if (r.direction === 'expense') {
      s.expenseCount++;
      s.expenseFen += r.amountFen;
    } else {
      s.neutralCount++;
      s.neutralFen += r.amountFen;
    }
    // ISO strings with the same +08:00 offset sort chronologically as text.
    if (s.firstTime === null || r.time < s.firstTime) s.firstTime = r.time;
    if (s.lastTime === null || r.time > s.lastTime) s.lastTime = r.time;
  }
  return s;
}
