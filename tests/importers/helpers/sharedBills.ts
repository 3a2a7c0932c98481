/**
 * Shared by the tests that read ../shared/fixtures/bills: load a sample, and compare rows with
 * expected values transcribed by reading the files (not from the parser's output).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseBill } from '../../../core/importers/parseBill.ts';
import type { BillParseResult } from '../../../core/importers/types.ts';

/** Byte-identical copies of ../shared/fixtures/bills, with their attribution (SOURCES.md there). */
export const SHARED_BILLS = fileURLToPath(new URL('../../fixtures/bills/', import.meta.url));

export const loadShared = (name: string): Promise<BillParseResult> =>
  parseBill({ bytes: readFileSync(path.join(SHARED_BILLS, name)), fileName: name });

type Dir = 'expense' | 'income' | 'neutral';
/** [row, time as printed, amountFen, direction, 交易单号, 商户单号 or null] */
export type Expect = [number, string, number, Dir, string, string | null];

export function checkRows(result: BillParseResult, expected: Expect[]): void {
  expect(
    result.rows.map((r) => [r.row, r.time, r.amountFen, r.direction, r.txid, r.merchantOrderId]),
  ).toEqual(
    expected.map(([row, time, fen, dir, tx, mo]) => [
      row,
      `${time.replace(' ', 'T')}+08:00`,
      fen,
      dir,
      tx,
      mo,
    ]),
  );
}
