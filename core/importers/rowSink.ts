/**
 * Where readers deliver their output, one row at a time. parseBill collects into arrays; a
 * database import (or the benchmark) can insert each row as it arrives instead.
 */
import type { LocalizedText } from '../domain/types.ts';
import { billMessages } from './billMessages.ts';
import type { BillError, BillFormat, BillPlatform, BillRow } from './types.ts';

export interface RowSink {
  /** Called once the header is recognised, before the first row. */
  begin?(platform: BillPlatform): void;
  row(row: BillRow): void;
  error(error: BillError): void;
  /**
   * Problems a buffering sink (a zip entry read before it is known to be the bill) counted past
   * MAX_LISTED_ERRORS without keeping them, and the delivered rows those problems flagged.
   */
  addUnlisted?(count: number, flaggedRows: ReadonlySet<number>): void;
}

/** What a reader learned about the file besides its rows. */
export interface ReaderOutcome {
  format: BillFormat;
  encoding: string | null;
  /** Data lines below the header (good + bad), blank lines excluded. */
  dataLines: number;
  /** Lines/rows that produced no BillRow. */
  badRows: number;
  declaredCount: number | null;
  sheet: string | null;
}

export function fileError(file: string, message: LocalizedText): BillError {
  return { file, row: null, column: null, message };
}

const DECLARED = /共\s*(\d+)\s*笔记录/;

/** "共43笔记录" in a preamble or footer line → 43. */
export function declaredCountIn(line: string): number | null {
  const m = DECLARED.exec(line);
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * Problems listed one by one per bill. A hostile file can make one per line: a 0.6 MB XLSX that
 * inflates to 47 MB of one-cell rows gave 3.7 million errors and a 1 GB peak. Past this many, a
 * problem is counted (and the rows it flags still are), and one closing line says how many more.
 */
export const MAX_LISTED_ERRORS = 1000;

export class CollectingSink implements RowSink {
  platform: BillPlatform | null = null;
  readonly rows: BillRow[] = [];
  readonly errors: BillError[] = [];
  /** Rows delivered that a problem was also reported for (flagged, not refused), listed or not. */
  readonly flaggedRows = new Set<number>();
  /** Problems past MAX_LISTED_ERRORS: counted, not kept. */
  unlistedCount = 0;
  /** The rows flagged by those unkept problems (the listed ones flag theirs again when forwarded). */
  private readonly unlistedFlagged = new Set<number>();
  private readonly delivered = new Set<number>();

  begin(platform: BillPlatform): void {
    this.platform = platform;
  }
  row(row: BillRow): void {
    this.rows.push(row);
    this.delivered.add(row.row);
  }
  error(error: BillError): void {
    // Readers report a row's problems right after the row itself.
    const flags = error.row !== null && this.delivered.has(error.row);
    if (flags) this.flaggedRows.add(error.row as number);
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push(error);
    else {
      this.unlistedCount++;
      if (flags) this.unlistedFlagged.add(error.row as number);
    }
  }
  addUnlisted(count: number, flaggedRows: ReadonlySet<number>): void {
    this.unlistedCount += count;
    for (const n of flaggedRows) {
      this.flaggedRows.add(n);
      this.unlistedFlagged.add(n);
    }
  }

  /** Everything collected, into `sink`, the unkept problems as their count. */
  forwardTo(sink: RowSink): void {
    if (this.platform) sink.begin?.(this.platform);
    for (const r of this.rows) sink.row(r);
    for (const e of this.errors) sink.error(e);
    if (this.unlistedCount > 0) sink.addUnlisted?.(this.unlistedCount, this.unlistedFlagged);
  }

  /** The listed problems, closed by one line naming how many more there were (if any). */
  listedErrors(file: string): BillError[] {
    return this.unlistedCount > 0
      ? [...this.errors, fileError(file, billMessages.moreProblems(this.unlistedCount, MAX_LISTED_ERRORS))]
      : this.errors;
  }
}
