/** A 50 MB bill, generated at test time in the OS temp dir (never committed). */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBill } from '../../core/importers/parseBill.ts';
import { readBill } from '../../core/importers/readBill.ts';
import type { BillRow } from '../../core/importers/types.ts';
import { sampleRows } from './helpers/sampleRows.ts';
import { wechatCsv } from './helpers/wechatFixtures.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-bill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 50 MB WeChat CSV', () => {
  const count = 320_000;
  const rows = sampleRows(count, 50);
  const file = path.join(dir, '微信支付账单(20240101-20241231).csv');
  writeFileSync(file, wechatCsv(rows, { bom: true, eol: '\r\n' }));

  it('parses every row exactly', { timeout: 180_000 }, async () => {
    expect(statSync(file).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const r = await parseBill({ bytes: readFileSync(file), fileName: path.basename(file) });
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(count);
    const expense = rows.filter((g) => g.direction === '支出').reduce((sum, g) => sum + g.amountFen, 0);
    expect(r.summary.expenseFen).toBe(expense);
    for (const i of [0, 1, 4242, count - 1]) {
      const g = rows[i]!;
      expect(r.rows[i]).toMatchObject({
        row: 18 + i,
        txid: g.txid,
        merchantOrderId: g.merchantOrderId,
        amountFen: g.amountFen,
        time: `${g.time.replace(' ', 'T')}+08:00`,
      });
    }
  });

  it('streams row by row through a sink without collecting', { timeout: 180_000 }, async () => {
    let n = 0;
    let last: BillRow | null = null;
    const outcome = await readBill(
      { bytes: readFileSync(file), fileName: 'big.csv' },
      {
        row(row) {
          n++;
          last = row;
        },
        error() {
          throw new Error('no errors expected');
        },
      },
    );
    expect(n).toBe(count);
    expect((last as BillRow | null)?.txid).toBe(rows[count - 1]?.txid);
    expect(outcome).toMatchObject({ format: 'wechat-csv-2019', dataLines: count, badRows: 0 });
  });
});
