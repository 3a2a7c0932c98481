/**
 * A row the spreadsheet shows correctly imports exactly; only what is really ambiguous is
 * refused. Variants of the real shared samples (../shared/fixtures/bills, FORMATS.md):
 *   - numeric 金额 cells whose binary double is not the fen value's shortest form (computed
 *     upstream: 0.35000000000000003, 12.000000000000004), which the sheet displays as ¥0.35, ¥12.00;
 *   - the April 2025 CSV quoting (quote + TAB outside) with an empty id written as `""\t`.
 * The expected rows are those of the untouched samples, which sharedWechatFixtures.test.ts checks
 * against values transcribed from the files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { excelNumberToFen } from '../../core/importers/amount.ts';
import { parseBill } from '../../core/importers/parseBill.ts';
import type { BillParseResult, BillRow } from '../../core/importers/types.ts';
import { rewriteZip } from '../helpers/rewriteZip.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { SHARED_BILLS, loadShared } from './helpers/sharedBills.ts';
import { WECHAT_HEADER, wechatPreamble } from './helpers/wechatFixtures.ts';

const tmp = useTempDirs();
const XLSX_2026 = 'deb-sig_double-entry-generator__example-wechat-records_xlsx-2026-layout.xlsx';
const CSV = 'deb-sig_double-entry-generator__example-wechat-records_csv.csv';

const key = (r: BillRow) => [r.row, r.time, r.amountFen, r.direction, r.txid, r.merchantOrderId];

/** The sample with every numeric 金额 (column F of its Sheet1 part) rewritten by `noisy`. */
async function xlsxWithAmounts(noisy: (v: number) => string): Promise<BillParseResult> {
  const out = path.join(tmp(), 'noisy.xlsx');
  let changed = 0;
  await rewriteZip(path.join(SHARED_BILLS, XLSX_2026), out, (name, bytes) => {
    if (name !== 'xl/worksheets/sheet2.xml') return bytes;
    const xml = bytes
      .toString('utf8')
      .replace(/(<c r="F\d+" s="2"><v>)([^<]+)(<\/v>)/g, (_m, a: string, v: string, b: string) => {
        changed++;
        return `${a}${noisy(Number(v))}${b}`;
      });
    return Buffer.from(xml, 'utf8');
  });
  expect(changed).toBeGreaterThan(20);
  return parseBill({ bytes: readFileSync(out), fileName: 'noisy.xlsx' });
}

describe('numeric XLSX amounts with float noise', () => {
  it('import as the fen value the sheet displays, every row of the sample', async () => {
    const original = await loadShared(XLSX_2026);
    expect(original.rows.length).toBe(27);
    // A couple of ulps away: what a formula such as =A1*3/3 or a sum of parts leaves behind.
    const noisy = await xlsxWithAmounts((v) => String(v + Math.max(v, 1) * 4 * Number.EPSILON));
    expect(noisy.rows.map(key)).toEqual(original.rows.map(key));
    expect(noisy.errors.filter((e) => e.row !== null)).toEqual(original.errors.filter((e) => e.row !== null));
  });

  it('the shapes seen upstream', () => {
    expect(excelNumberToFen('93.400000000000006')).toBe(9340);
    expect(excelNumberToFen(String(0.1 + 0.2))).toBe(30);
    expect(excelNumberToFen(String(0.7 + 0.1))).toBe(80); // 0.7999999999999999
    expect(excelNumberToFen(String(1.1 * 3))).toBe(330);
    expect(excelNumberToFen('3.3000000000000003E+2')).toBe(33000);
    expect(excelNumberToFen('123456789.13000001')).toBe(12345678913);
  });

  it('a value a real fraction of a fen away is refused, naming row and column', async () => {
    expect(excelNumberToFen('28.165')).toBeNull();
    expect(excelNumberToFen('28.16000001')).toBeNull();
    const r = await xlsxWithAmounts((v) => (v === 0.35 ? '0.355' : String(v)));
    const original = await loadShared(XLSX_2026);
    expect(r.rows.length).toBe(original.rows.length - 1);
    const bad = r.errors.find((e) => e.row === 20);
    expect(bad?.column).toBe('金额(元)');
    expect(bad?.message.zh).toContain('不是精确到分的金额');
  });
});

/** The sample's data lines, rewritten in the April 2025 style: every text quoted, TAB outside. */
function april2025(rows: BillRow[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const fen = (f: number) => `¥${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
  const dir = { income: '收入', expense: '支出', neutral: '/' } as const;
  const lines = rows.map((r) =>
    [
      r.time.slice(0, 19).replace('T', ' '),
      q(r.type),
      q(r.counterparty || '/'),
      q(r.item || '/'),
      q(dir[r.direction]),
      fen(r.amountFen),
      q(r.method || '/'),
      q(r.status),
      `${q(r.txid)}\t`,
      // The case that was refused: an empty id written as a quoted empty value.
      `${q(r.merchantOrderId ?? '')}\t`,
      q(r.note || '/'),
    ].join(','),
  );
  const pre = wechatPreamble(rows.length).map((l) => `${l},,,,,,,,`);
  return `\ufeff${[...pre, WECHAT_HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}

describe('April 2025 quoting with an empty id', () => {
  it('every row of the WeChat CSV sample, re-quoted, imports with the same values', async () => {
    const original = await loadShared(CSV);
    const empty = original.rows.filter((r) => r.merchantOrderId === null);
    expect(empty.length).toBeGreaterThan(3);
    const r = await parseBill({
      bytes: Buffer.from(april2025(original.rows), 'utf8'),
      fileName: '微信支付账单.csv',
    });
    expect(r.format).toBe('wechat-csv-2025-quoted');
    expect(r.errors.filter((e) => /incomplete|不完整/.test(e.message.en + e.message.zh))).toEqual([]);
    const comparable = (x: BillRow) => [x.time, x.amountFen, x.direction, x.txid, x.merchantOrderId];
    expect(r.rows.map(comparable)).toEqual(original.rows.map(comparable));
  });

  it('a line cut right after an id still is refused (the quotes are what prove a field was written)', async () => {
    const original = await loadShared(CSV);
    const text = april2025(original.rows.slice(0, 3));
    const lines = text.split('\r\n');
    const last = lines.length - 2;
    // Cut the last data line just after its 交易单号 (and its TAB), keeping the line break.
    const line = lines[last] ?? '';
    lines[last] = line.slice(0, line.indexOf('"\t,') + 3);
    const r = await parseBill({ bytes: Buffer.from(lines.join('\r\n'), 'utf8'), fileName: 'cut.csv' });
    expect(r.rows).toHaveLength(2);
    expect(r.errors.some((e) => e.row !== null)).toBe(true);
  });
});
