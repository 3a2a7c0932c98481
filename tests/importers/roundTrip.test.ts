/**
 * Property-based round trip (fast-check): generated bills parse back exactly, in every layout and
 * encoding (the corruption properties are in corruption.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBill } from '../../core/importers/parseBill.ts';
import type { BillRow } from '../../core/importers/types.ts';
import { alipay2023Text, gbk } from './helpers/alipayFixtures.ts';
import {
  alipayRowArb,
  directionOf,
  isoOf,
  quotedText,
  textWithComma,
  wechatRowArb,
} from './helpers/arbitraries.ts';
import type { GenRow } from './helpers/sampleRows.ts';
import { wechatCsv, wechatXlsx } from './helpers/wechatFixtures.ts';

const none = (s: string) => (s === '/' ? '' : s);

function wechatProjection(rows: readonly BillRow[]) {
  return rows.map((r) => [
    r.txid,
    r.merchantOrderId,
    r.time,
    r.amountFen,
    r.direction,
    r.type,
    r.counterparty,
    r.item,
    r.method,
    r.status,
    r.note,
  ]);
}
function expectedWechat(rows: readonly GenRow[]) {
  return rows.map((g) => [
    g.txid,
    g.merchantOrderId,
    isoOf(g.time),
    g.amountFen,
    directionOf(g.direction),
    g.type,
    g.counterparty,
    none(g.item),
    none(g.method),
    g.status,
    g.note,
  ]);
}

describe('round trip', () => {
  it('WeChat CSV, 2019 style (unquoted 交易对方 with commas) and 2025 quote+TAB style, BOM/CRLF or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(wechatRowArb(textWithComma, quotedText), { maxLength: 25 }),
        fc.constantFrom('2019', '2025-quoted') as fc.Arbitrary<'2019' | '2025-quoted'>,
        fc.boolean(),
        fc.constantFrom('\n', '\r\n') as fc.Arbitrary<'\n' | '\r\n'>,
        async (rows, style, bom, eol) => {
          const r = await parseBill({
            bytes: Buffer.from(wechatCsv(rows, { style, bom, eol }), 'utf8'),
            fileName: 'b.csv',
          });
          expect(r.errors.filter((e) => e.row !== null)).toEqual([]);
          expect(wechatProjection(r.rows)).toEqual(expectedWechat(rows));
          expect(r.rows.map((x) => x.row)).toEqual(rows.map((_g, i) => 18 + i));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('WeChat XLSX, layouts A and B, text or serial times, both date systems', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(wechatRowArb(textWithComma, quotedText), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('A', 'B') as fc.Arbitrary<'A' | 'B'>,
        fc.constantFrom('text', 'serial') as fc.Arbitrary<'text' | 'serial'>,
        fc.boolean(),
        async (rows, layout, timeAs, date1904) => {
          const r = await parseBill({
            bytes: await wechatXlsx(rows, { layout, timeAs, date1904, amountNoise: true }),
            fileName: 'b.xlsx',
          });
          expect(r.errors).toEqual([]);
          expect(wechatProjection(r.rows)).toEqual(expectedWechat(rows));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('Alipay 2023+ (GBK), padded or not, either separator, 8 or 9 notes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(alipayRowArb, { maxLength: 20 }),
        fc.record({
          padded: fc.boolean(),
          separator: fc.constantFrom('2023', '2025'),
          notes: fc.constantFrom(8, 9),
        }) as fc.Arbitrary<{
          padded: boolean;
          separator: '2023' | '2025';
          notes: 8 | 9;
        }>,
        async (rows, o) => {
          const r = await parseBill({ bytes: gbk(alipay2023Text(rows, o)), fileName: 'a.csv' });
          expect(r.errors.filter((e) => e.row !== null)).toEqual([]);
          expect(
            r.rows.map((x) => [
              x.txid,
              x.merchantOrderId,
              x.time,
              x.amountFen,
              x.direction,
              x.type,
              x.counterparty,
              x.counterpartyAccount,
              x.item,
              x.method,
              x.status,
            ]),
          ).toEqual(
            rows.map((g) => [
              g.txid,
              g.merchantOrderId,
              isoOf(g.time),
              g.amountFen,
              directionOf(g.direction),
              g.type,
              g.counterparty,
              g.account,
              g.item,
              g.method,
              g.status,
            ]),
          );
          expect(r.rows.map((x) => x.row)).toEqual(rows.map((_g, i) => (o.notes === 8 ? 25 : 26) + i));
        },
      ),
      { numRuns: 100 },
    );
  });
});
