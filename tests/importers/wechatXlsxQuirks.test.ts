/** WeChat XLSX layouts A and B, date serials in both date systems, and workbook oddities. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseBill } from '../../core/importers/parseBill.ts';
import type { BillParseResult } from '../../core/importers/types.ts';
import { sampleRows, type GenRow } from './helpers/sampleRows.ts';
import { WECHAT_HEADER, wechatPreamble, wechatXlsx, wechatXlsxSheet } from './helpers/wechatFixtures.ts';
import { writeXlsx, type XCell } from './helpers/xlsxWriter.ts';

const parse = (bytes: Uint8Array) =>
  parseBill({ bytes, fileName: '微信支付账单流水文件(20240101-20241231)_20250102100000.xlsx' });
const iso = (time: string) => `${time.replace(' ', 'T')}+08:00`;

function expectRows(r: BillParseResult, rows: readonly GenRow[], firstRow: number): void {
  expect(r.errors).toEqual([]);
  expect(r.rows.map((x) => [x.row, x.time, x.amountFen, x.txid, x.merchantOrderId, x.direction])).toEqual(
    rows.map((g, i) => [
      firstRow + i,
      iso(g.time),
      g.amountFen,
      g.txid,
      g.merchantOrderId,
      g.direction === '收入' ? 'income' : g.direction === '支出' ? 'expense' : 'neutral',
    ]),
  );
}

describe('WeChat XLSX', () => {
  const rows = sampleRows(30, 21);

  it('layout A (2025): every cell a shared string, header on row 17', async () => {
    const r = await parse(await wechatXlsx(rows, { layout: 'A' }));
    expect(r.format).toBe('wechat-xlsx-2025');
    expectRows(r, rows, 18);
  });

  it('layout B (2026): numeric 金额 with float noise, text time, header on row 18, row 16 absent', async () => {
    const r = await parse(await wechatXlsx(rows, { layout: 'B', timeAs: 'text', amountNoise: true }));
    expect(r.format).toBe('wechat-xlsx-2026');
    expectRows(r, rows, 19);
  });

  it('layout B with 交易时间 as Excel date serials', async () => {
    const r = await parse(await wechatXlsx(rows, { layout: 'B', timeAs: 'serial', amountNoise: true }));
    expectRows(r, rows, 19);
  });

  it('honours the workbook 1904 date system', async () => {
    const bytes = await wechatXlsx(rows, { layout: 'B', timeAs: 'serial', date1904: true });
    const r = await parse(bytes);
    expectRows(r, rows, 19);
  });

  it('reads the bill from Sheet1 when another sheet comes first', async () => {
    const r = await parse(await wechatXlsx(rows.slice(0, 3), { layout: 'A', extraSheetFirst: true }));
    expect(r.summary.sheet).toBe('Sheet1');
    expectRows(r, rows.slice(0, 3), 18);
  });

  it('inline strings instead of shared strings', async () => {
    const sheet = wechatXlsxSheet(rows.slice(0, 4), { layout: 'A' });
    const toInline = (c: XCell): XCell => (c && 's' in c ? { inline: c.s } : c);
    sheet.rows = new Map([...sheet.rows].map(([n, cells]) => [n, cells.map(toInline)]));
    const r = await parse(await writeXlsx({ sheets: [sheet] }));
    expectRows(r, rows.slice(0, 4), 18);
  });

  it('ids stored as numbers are flagged, never imported with lost digits', async () => {
    const sheet = wechatXlsxSheet(rows.slice(0, 2), { layout: 'B', timeAs: 'text' });
    const first = sheet.rows.get(19) as XCell[];
    first[8] = { n: '4.2000018792023101E+27' };
    first[9] = { n: '3985734' };
    const r = await parse(await writeXlsx({ sheets: [sheet] }));
    expect(r.rows[0]).toMatchObject({
      row: 19,
      txid: '',
      merchantOrderId: '3985734',
      flags: ['txid-mangled-by-excel'],
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 19, column: '交易单号' });
    expect(r.rows[1]?.txid).toBe(rows[1]?.txid);
  });

  it('an empty bill (header, no rows)', async () => {
    const r = await parse(await wechatXlsx([], { layout: 'B' }));
    expect(r.format).toBe('wechat-xlsx-2026');
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
  });

  it('a truncated XLSX is reported as damaged', async () => {
    const bytes = await wechatXlsx(rows, { layout: 'A' });
    const r = await parse(bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(r).toMatchObject({ format: 'unknown', rows: [] });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message.en).toMatch(/damaged|incomplete/);
  });

  it('a workbook written by ExcelJS (an independent writer) with real Date cells and date1904', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Sheet1');
    for (const line of wechatPreamble(2, 'xlsx-2026')) ws.addRow([line]);
    ws.addRow(WECHAT_HEADER);
    // ExcelJS turns a Date into a serial from its UTC fields: Date.UTC carries the Beijing wall clock.
    ws.addRow([
      new Date(Date.UTC(2026, 2, 1, 11, 41, 5)),
      '商户消费',
      '美团',
      '订单',
      '支出',
      548.58,
      '零钱',
      '支付成功',
      '4200001879202603011251305441\t',
      'M1\t',
      '/',
    ]);
    ws.addRow([
      new Date(Date.UTC(2026, 2, 2, 0, 0, 59)),
      '转账',
      '房东',
      '/',
      '支出',
      0.07,
      '零钱',
      '朋友已收钱',
      '1000050001202603020219702510896\t',
      '/\t',
      '/',
    ]);
    ws.getColumn(1).numFmt = 'yyyy-mm-dd hh:mm:ss';
    ws.getColumn(6).numFmt = '¥#,##0.00';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await parse(bytes);
    expect(r.format).toBe('wechat-xlsx-2026');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.time, x.amountFen, x.txid, x.merchantOrderId])).toEqual([
      [19, '2026-03-01T11:41:05+08:00', 54858, '4200001879202603011251305441', 'M1'],
      [20, '2026-03-02T00:00:59+08:00', 7, '1000050001202603020219702510896', null],
    ]);
  });
});
