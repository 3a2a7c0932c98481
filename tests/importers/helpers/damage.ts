/**
 * The damage model for the corruption property tests, and the check that a damaged bill never
 * yields a wrong amount, time or id in a row reported as good.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { isUntrusted } from '../../../core/importers/billSummary.ts';
import type { BillParseResult } from '../../../core/importers/types.ts';
import { isoOf } from './arbitraries.ts';
import type { GenRow } from './sampleRows.ts';

/**
 * The damage model: what happens to a file, not deliberate edits of its values. Truncation at any
 * byte (an interrupted download), bursts of garbage (bytes that do not decode, control bytes),
 * stray structural characters (quotes, commas, line breaks, TABs, spaces), and dropped,
 * duplicated or swapped lines. No digits, letters or CJK text are inserted: changing '28.16' to
 * '28.36', or typing a plausible new 备注, yields another valid bill that no importer could
 * tell from the original.
 */
export const NOISE = [',', '"', '\n', '\r', '\t', ' ', '\ufffd', '\u0000', '\u0001', '\u00ff'];

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'dropLine'; line: number }
  | { kind: 'dupLine'; line: number }
  | { kind: 'swapLines'; a: number; b: number };

/** Uniform in [0, 1): fast-check's own doubles lean towards the ends, i.e. the preamble and EOF. */
export const uniform = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const anyLine = fc.noBias(fc.nat({ max: 1_000_000 }));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: uniform }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: uniform,
      text: fc.constantFrom(...NOISE),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant('dropLine' as const), line: anyLine }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('dupLine' as const), line: anyLine }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: anyLine, b: anyLine }), weight: 1 },
);

/** Offsets are taken inside the data (below the header): that is where damage can mislead. */
export function mutate(bytes: Buffer, m: Mutation, dataStart: number): Buffer {
  const pos = (u: number) => dataStart + Math.floor((bytes.length - dataStart) * u);
  if (m.kind === 'truncate') return bytes.subarray(0, pos(m.at));
  if (m.kind === 'insert') {
    const at = pos(m.at);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text, 'utf8'), bytes.subarray(at)]);
  }
  const lines = bytes.toString('latin1').split('\n');
  const i = m.kind === 'swapLines' ? m.a % lines.length : m.line % lines.length;
  if (m.kind === 'dropLine') lines.splice(i, 1);
  else if (m.kind === 'dupLine') lines.splice(i, 0, lines[i] ?? '');
  else {
    const j = m.b % lines.length;
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
  }
  return Buffer.from(lines.join('\n'), 'latin1');
}

export function checkNoWrongGoodRow(result: BillParseResult, originals: readonly GenRow[]): void {
  expect(Array.isArray(result.rows)).toBe(true);
  for (const e of result.errors) {
    expect(e.message.zh.length).toBeGreaterThan(0);
    expect(e.message.en.length).toBeGreaterThan(0);
  }
  const byTxid = new Map(originals.map((g) => [g.txid, g]));
  const reported = new Set(result.errors.map((e) => e.row));
  for (const row of result.rows) {
    expect(Number.isSafeInteger(row.amountFen)).toBe(true);
    // "Reported as good": no problem reported for its line. Untrusted ids always come with one.
    if (isUntrusted(row)) expect(reported.has(row.row)).toBe(true);
    if (reported.has(row.row)) continue;
    const g = byTxid.get(row.txid);
    expect(g, `row ${row.row} reported good with unknown 交易单号 ${row.txid}`).toBeDefined();
    if (!g) continue;
    expect([row.amountFen, row.time]).toEqual([g.amountFen, isoOf(g.time)]);
    // Damage may cost a row its 商户单号 (null: "none shown"), never give it a wrong one.
    if (row.merchantOrderId !== null) expect(row.merchantOrderId).toBe(g.merchantOrderId);
  }
}
