/**
 * Where readers deliver their output, one row at a time. parseBill collects into arrays; a
 * database import (or the benchmark) can insert each row as it arrives instead.
 */
import type { LocalizedText } from '../domain/types.ts';
import type { BillError, BillFormat, BillPlatform, BillRow } from './types.ts';

export interface RowSink {
  /** Called once the header is recognised, before the first row. */
  begin?(platform: BillPlatform): void;
  row(row: BillRow): void;
  error(error: BillError): void;
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

export class CollectingSink implements RowSink {
  platform: BillPlatform | null = null;
  readonly rows: BillRow[] = [];
  readonly errors: BillError[] = [];
  begin(platform: BillPlatform): void {
    this.platform = platform;
  }
  row(row: BillRow): void {
    this.rows.push(row);
  }
  error(error: BillError): void {
    this.errors.push(error);
  }
}
