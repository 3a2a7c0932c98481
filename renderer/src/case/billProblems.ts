/**
 * A parsed bill's problems, sorted for the preview: those about a row the preview lists go beside that
 * row (the row is kept, with a warning), the rest — lines that gave no row, and whole-file problems —
 * are the ones that could not be read. A row with a warning is never counted as unreadable.
 */
import type { BillError, BillParseResult } from '../../../core/importers/types.ts';

export interface BillProblems {
  /** Row number → the problems reported beside it. */
  byRow: Map<number, BillError[]>;
  /** Problems with no kept row: lines that produced nothing, or the file as a whole. */
  unreadable: BillError[];
}

export function billProblems(parsed: Pick<BillParseResult, 'rows' | 'errors'>): BillProblems {
  const kept = new Set(parsed.rows.map((r) => r.row));
  const byRow = new Map<number, BillError[]>();
  const unreadable: BillError[] = [];
  for (const e of parsed.errors) {
    if (e.row !== null && kept.has(e.row)) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    else unreadable.push(e);
  }
  return { byRow, unreadable };
}
