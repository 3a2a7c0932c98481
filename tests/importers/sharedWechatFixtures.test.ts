/**
 * Every public sample in ../shared/fixtures/bills parses exactly. The expected values below were
 * transcribed by reading the files (cat -A / iconv for the CSVs, an XML dump of the XLSX parts),
 * not from the parser's output. Row numbers are the file's own line / sheet row numbers.
 */
import { describe, expect, it } from 'vitest';
import { checkRows as check, loadShared as load, type Expect } from './helpers/sharedBills.ts';

// deb-sig example-wechat-records.csv, lines 18–44 (rows 19–45 of the 2026 XLSX hold the same data).
const WECHAT: Expect[] = [
  [18, '2019-09-26 12:45:27', 2816, 'expense', '3985734', '129847129'],
  [19, '2019-09-24 10:10:11', 35, 'income', '3985734', '129847129'],
  [20, '2021-01-17 18:03:35', 1200, 'expense', '3985734', '129847129'],
  [21, '2021-01-22 12:34:56', 50000, 'expense', '3985734', '129847129'],
  [22, '2020-11-27 19:29:00', 2300, 'income', '3985734', null],
  [23, '2021-01-17 10:07:31', 200000, 'neutral', '3985734', '129847129'],
  [24, '2021-07-15 16:29:37', 10010, 'neutral', '207210715100077148235523883175', null],
  [25, '2021-07-14 22:18:10', 1010, 'neutral', '207210714100077147459276708175', null],
  [26, '2021-07-11 14:17:52', 100110, 'neutral', '207210711100077147832088993175', null],
  [
    27,
    '2017-10-20 18:36:44',
    54858,
    'neutral',
    '4200000069201710299246843141',
    '1000019741201710201961089024',
  ],
  [
    28,
    '2020-02-14 01:32:14',
    1000000,
    'neutral',
    '1800007367312002141165262215',
    '1800007308102002143430655989',
  ],
  [
    29,
    '2020-02-14 01:24:33',
    300000,
    'neutral',
    '1800045030312002144223548046',
    '1800007030102002143310679508',
  ],
  [30, '2020-02-14 01:19:39', 263478, 'neutral', '18000070012002140012244807617587', null],
  [
    31,
    '2020-02-14 01:20:00',
    123,
    'neutral',
    '18000070012002140012244807617589',
    '18000070012002140012244807617590',
  ],
  [32, '2020-07-06 14:54:38', 550500, 'neutral', '18000070282007060048243102923587', null],
  [33, '2019-04-16 10:28:55', 130000, 'neutral', '110190416100031243293946287587', null],
  [34, '2021-10-19 16:08:00', 224346, 'expense', '42000011202110191201583411', 'XSFF-SD2021101916055813620'],
  [35, '2021-12-15 00:06:35', 1200, 'expense', '3985734', '129847129'],
  [36, '2021-12-15 23:51:35', 1200, 'expense', '3985734', '129847129'],
  [
    37,
    '2021-07-18 10:48:09',
    7,
    'income',
    '160572459521071810106004542906137497131422937',
    '10101265586742107189275763431048',
  ],
  [
    38,
    '2022-07-18 10:48:09',
    7,
    'income',
    '160572459521071810106004542906137497131422938',
    '10101265586742107189275763431049',
  ],
  [
    39,
    '2022-09-24 02:24:20',
    3699,
    'expense',
    '100010810122092400064222561891707533',
    '1000108101202209241820542253348',
  ],
  [
    40,
    '2023-06-23 11:01:51',
    500,
    'income',
    '180000737623062310106004541373333333333333333',
    '10101008588132306239222222222222',
  ],
  [41, '2023-07-09 13:25:22', 990, 'expense', '123456', '654321'],
  [42, '2023-07-09 13:30:22', 5000, 'expense', '123456', '654321'],
  [43, '2024-06-07 23:40:27', 1, 'expense', '4200002168202406076349888061', '156823045120240607AQEQJ8ZY4P'],
  [44, '2024-06-07 23:40:27', 1, 'expense', '4200002168202406076349888061', '156823045120240607AQEQJ8ZY4P'],
];

describe('WeChat CSV sample (deb-sig, 2019–2024 quoting with one April-2025 style line)', () => {
  it('reads all 27 rows exactly', async () => {
    const r = await load('deb-sig_double-entry-generator__example-wechat-records_csv.csv');
    expect(r.format).toBe('wechat-csv-2019');
    // Line 42 was hand-edited to '¥50.0' (one decimal): imported, but pointed out for checking.
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[42, '金额(元)']]);
    check(r, WECHAT);
    expect(r.summary).toMatchObject({
      platform: 'wechat',
      encoding: 'utf-8',
      declaredCount: 43,
      goodRows: 26,
      flaggedRows: 1,
      badRows: 0,
    });
  });

  it('keeps text fields, unknown types, fees and quotes inside unquoted fields', async () => {
    const r = await load('deb-sig_double-entry-generator__example-wechat-records_csv.csv');
    const byRow = new Map(r.rows.map((x) => [x.row, x]));
    expect(byRow.get(18)).toMatchObject({
      type: '商户消费',
      counterparty: '云膳过桥米线(传奇广场店)',
      item: '总共消费:28.16',
      method: '中国银行(1234)',
      status: '支付成功',
      note: '',
      refundedFen: null,
    });
    expect(byRow.get(24)).toMatchObject({ type: '零钱提现', note: '服务费¥0.10', feeFen: 10, item: '' });
    expect(byRow.get(26)?.feeFen).toBe(100);
    expect(byRow.get(37)?.counterparty).toBe('打开拼多多，点击底部"多多视频"');
    expect(byRow.get(40)?.note).toBe('赞赏作者的收款_20230623');
    expect(byRow.get(44)?.type).toBe('deg-不认识的-txType');
    expect(byRow.get(23)?.counterparty).toBe('');
    expect(r.rows.every((x) => x.counterpartyAccount === null && x.refundOfTxid === null)).toBe(true);
    expect(r.rows.filter((x) => x.flags.length > 0).map((x) => [x.row, x.flags])).toEqual([
      [42, ['amount-unusual-format']],
    ]);
  });
});

describe('WeChat XLSX layout B sample (deb-sig, 2026: numeric amounts, extra sheet in front)', () => {
  it('reads Sheet1 rows 19–45 with exact fen from floats such as 548.58000000000004 and 7.0000000000000007E-2', async () => {
    const r = await load('deb-sig_double-entry-generator__example-wechat-records_xlsx-2026-layout.xlsx');
    expect(r.format).toBe('wechat-xlsx-2026');
    expect(r.summary.sheet).toBe('Sheet1');
    expect(r.errors).toEqual([]);
    check(
      r,
      WECHAT.map(([row, ...rest]) => [row + 1, ...rest] as Expect),
    );
    expect(r.rows.find((x) => x.row === 25)).toMatchObject({ note: '服务费¥0.10', feeFen: 10 });
  });
});

describe('WeChat XLSX layout A sample (aqni/beancount-daoru, 2025: all shared strings)', () => {
  it('reads rows 18–45 including a partial refund linked by id', async () => {
    const r = await load('aqni_beancount-daoru__wechat-xlsx-2025-layout.xlsx');
    expect(r.format).toBe('wechat-xlsx-2025');
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[42, '金额(元)']]); // '¥50.0' again
    check(r, [
      ...WECHAT.slice(0, 25),
      [43, '2025-12-10 17:27:37', 11, 'income', '123456', null],
      [44, '2025-12-10 17:19:40', 5071, 'expense', '123456', '123456'],
      [
        45,
        '2024-06-07 23:40:27',
        1,
        'expense',
        '4200002168202406076349888061',
        '156823045120240607AQEQJ8ZY4P',
      ],
    ]);
    const refund = r.rows.find((x) => x.row === 43);
    const original = r.rows.find((x) => x.row === 44);
    expect(refund).toMatchObject({
      type: '美团平台商户-退款',
      status: '已退款￥0.11',
      refundedFen: 11,
      refundOfTxid: '123456',
    });
    expect(original).toMatchObject({
      status: '已退款(￥0.11)',
      refundedFen: 11,
      note: '已优惠¥0.77',
      refundOfTxid: null,
    });
    expect(r.summary.declaredCount).toBe(10);
  });
});
