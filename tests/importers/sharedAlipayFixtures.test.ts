/**
 * Every public sample in ../shared/fixtures/bills parses exactly. The expected values below were
 * transcribed by reading the files (cat -A / iconv for the CSVs, an XML dump of the XLSX parts),
 * not from the parser's output. Row numbers are the file's own line / sheet row numbers.
 */
import { describe, expect, it } from 'vitest';
import { checkRows as check, loadShared as load } from './helpers/sharedBills.ts';

describe('Alipay web 2019 sample (GBK, space padding, footer)', () => {
  it('reads both rows and stops at the footer', async () => {
    const r = await load(
      'deb-sig_double-entry-generator__example-alipay-records_web-2019-layout_at-bbd5c9d.csv',
    );
    expect(r.format).toBe('alipay-web-2019');
    expect(r.errors).toEqual([]);
    check(r, [
      [6, '2019-09-30 13:11:25', 2700, 'expense', '123456', 'S123456'],
      [7, '2019-09-30 05:26:50', 1, 'income', '123456', null],
    ]);
    expect(r.rows[0]).toMatchObject({
      type: '即时到账交易',
      counterparty: '肯德基(张江高科餐厅)',
      item: '张江高科餐厅',
      status: '交易成功',
      refundedFen: null,
      feeFen: null,
      flags: [],
    });
    expect(r.rows[1]?.item).toBe('余额宝-2019.09.29-收益发放');
    expect(r.summary).toMatchObject({ encoding: 'gb18030', declaredCount: 2, platform: 'alipay' });
  });
});

describe('Alipay app 2021 sample (收/支 first, footer with 9 notes)', () => {
  it('reads lines 3–18', async () => {
    const r = await load(
      'deb-sig_double-entry-generator__example-alipay-records_mobile-2021-layout_at-d765283.csv',
    );
    expect(r.format).toBe('alipay-mobile-2021');
    expect(r.errors).toEqual([]);
    check(r, [
      [3, '2021-06-14 14:00:38', 651, 'expense', '123456', 'ABC9876'],
      [4, '2021-06-01 00:13:56', 10990, 'neutral', '123456', 'ABC9876'],
      [5, '2021-06-01 00:13:56', 10990, 'income', '123456', 'ABC9876'],
      [6, '2021-06-01 00:10:22', 10990, 'expense', '123456', 'ABC9876'],
      [7, '2021-05-30 23:43:37', 200, 'neutral', '123456', 'ABC9876'],
      [8, '2020-06-09 02:57:13', 11, 'neutral', '123456', null],
      [9, '2021-05-20 12:34:34', 8790, 'expense', '123456', 'ABC9876'],
      [10, '2021-05-19 09:42:54', 5000, 'neutral', '123456', null],
      [11, '2020-06-02 15:34:06', 1540, 'neutral', '123456', null],
      [12, '2020-06-14 12:43:26', 7900, 'expense', '123456', 'ABC9876'],
      [13, '2021-06-24 00:00:00', 1000, 'income', '123456', '123456'],
      [14, '2021-06-25 00:00:00', 4200, 'income', '123456', null],
      [
        15,
        '2021-12-11 16:53:51',
        3100,
        'expense',
        '2021121122001468815736847417',
        '322017092208872157020004030330000032112115225418',
      ],
      [16, '2021-12-09 09:25:42', 750, 'expense', '2021120922001468815735046417', '10000891202112098830044'],
      [17, '2021-09-29 10:31:41', 300000, 'neutral', '2021092900108', null],
      [18, '2021-09-29 09:35:12', 2000, 'neutral', '2021092900108', null],
    ]);
    expect(r.rows[0]).toMatchObject({
      counterparty: '蚂蚁会员（北京）网络技术服务有限公司',
      counterpartyAccount: null,
      type: '互助保障',
      method: '招商银行(9876)',
    });
    expect(r.rows[1]).toMatchObject({
      counterpartyAccount: 'zhi***@hkmanon.com',
      type: '退款',
      status: '退款成功',
    });
    expect(r.rows[5]?.method).toBe('余额宝'); // line 8
    expect(r.rows[7]?.method).toBe(''); // line 10: 收/付款方式 blank
    expect(r.rows[10]?.counterpartyAccount).toBe('111******11');
    expect(r.summary.declaredCount).toBe(21);
  });
});

describe('Alipay app 2023 sample (24-line preamble, padded and unpadded rows)', () => {
  it('reads lines 26–35 and links the refund whose id extends the original', async () => {
    const r = await load('deb-sig_double-entry-generator__example-alipay-records_mobile-2023-layout.csv');
    expect(r.format).toBe('alipay-mobile-2023');
    expect(r.errors).toEqual([]);
    check(r, [
      [
        26,
        '2023-02-12 21:32:14',
        4974,
        'expense',
        '202302xxxxxx0011000103xxxxxx',
        '20230xxxxxxx014741014xxxxxx',
      ],
      [27, '2023-02-08 14:16:52', 2000, 'expense', '2xxxxxxxxxxxxxx0', 'Txxxxxxxxxxxxx0'],
      [28, '2023-02-04 18:21:04', 1603, 'neutral', '2xxxxxxxxxxxxxxxx8', '20xxxxxxxxxxxxxxxx5'],
      [29, '2023-02-02 15:24:35', 9934, 'neutral', '2xxxxxxxxxxxxxxxxxxxxxxxxxx8', null],
      [30, '2023-01-18 10:17:29', 22222850, 'income', '2xxxxxxxxxxxxxxxxxxxxxxxxx9', null],
      [31, '2023-01-10 13:10:16', 8200, 'neutral', 'xxxx', 'xxxx'],
      [32, '2023-01-09 18:22:28', 5000, 'neutral', '2023xxxxx88_2023xx57', 'D12*****14'],
      [33, '2023-01-09 18:21:50', 5000, 'expense', '2023xxxxx88', 'D12*****14'],
      [34, '2023-07-10 13:10:16', 990, 'expense', 'xxxx', 'xxxx'],
      [35, '2023-07-10 13:20:16', 8200, 'expense', 'xxxx', 'xxxx'],
    ]);
    expect(r.rows[0]).toMatchObject({
      type: '亲友代付',
      counterparty: 'xxxxxxxxxxxx',
      counterpartyAccount: null,
      item: '亲情卡',
      method: '交通银行信用卡(7449)',
      status: '交易成功',
      note: '',
    });
    expect(r.rows[1]?.counterpartyAccount).toBe('rim***@qq.com');
    expect(r.rows[5]?.method).toBe('');
    expect(r.rows.find((x) => x.row === 32)?.refundOfTxid).toBe('2023xxxxx88');
    expect(r.rows.filter((x) => x.refundOfTxid !== null)).toHaveLength(1);
    expect(r.summary.declaredCount).toBe(66);
  });
});

describe('Alipay app 2025 sample (aqni, new separator text, unpadded, ids without TAB)', () => {
  it('reads lines 26–49', async () => {
    const r = await load('aqni_beancount-daoru__alipay-mobile-2025-layout_synthetic.csv');
    expect(r.format).toBe('alipay-mobile-2023');
    expect(r.errors).toEqual([]);
    check(r, [
      [
        26,
        '2020-12-14 16:50:20',
        12900,
        'expense',
        '2020121422001155631423825023',
        'T200P3100982053977276192',
      ],
      [27, '2020-12-13 21:10:45', 8888, 'income', '2020121322001455631429484788', 'D320201213211045159381'],
      [28, '2020-12-12 18:30:00', 800, 'expense', '2020121223001455631426457678', 'D320201212183000159381'],
      [
        29,
        '2020-12-12 09:45:15',
        6000,
        'expense',
        '2020121222001455631441013611',
        'T200P3086298159422276192',
      ],
      [30, '2020-12-11 15:40:20', 15630, 'expense', '2020121122001155631443361577', 'D320201211154020209643'],
      [31, '2020-12-10 08:30:45', 30000, 'expense', '2020121022001455631455551811', 'D320201210083045977266'],
      [
        32,
        '2020-12-09 19:20:15',
        4280,
        'expense',
        '202009120922001455631459027192',
        'CN_V1_602367052121050691',
      ],
      [
        33,
        '2020-12-09 10:15:30',
        6400,
        'expense',
        '2020120922001155631428613258',
        'T200P3081445718137276192',
      ],
      [
        34,
        '2020-12-08 18:45:20',
        2870,
        'expense',
        '2020120822001455631459027192',
        'CN_V1_602367052121050691',
      ],
      [
        35,
        '2020-12-08 12:35:42',
        3650,
        'expense',
        '2020120822001155631441013611',
        'T200P3086298159422276192',
      ],
      [36, '2020-12-07 06:03:08', 31, 'neutral', '20201207388077869631', null],
      [
        37,
        '2020-12-05 21:12:50',
        9675,
        'expense',
        '2020120522001155631423825023',
        'T200P3100982053977276192',
      ],
      [38, '2020-12-05 17:15:45', 2488, 'neutral', '2020120522001455631426457678', 'D320201205171545159381'],
      [39, '2020-12-04 18:47:30', 620, 'expense', '2020120423001455631426457678', 'D320201204184730159381'],
      [40, '2020-12-04 13:48:10', 410, 'neutral', '2020120422001455631429484788', 'D320201204134810159381'],
      [
        41,
        '2020-11-29 08:30:12',
        2875,
        'neutral',
        '2020112922001155631428613258',
        'T200P3081445718137276192',
      ],
      [42, '2020-11-28 22:58:40', 10030, 'expense', '2020112800003001630066158536', '91772579132'],
      [
        43,
        '2020-11-26 13:38:10',
        4955,
        'expense',
        '2020112622001155631441013611',
        'T200P3086298159422276192',
      ],
      [44, '2020-11-26 13:30:45', 0, 'neutral', '2020112622001155631442978337', 'T200P3086626261012276192'],
      [
        45,
        '2020-11-26 13:30:45',
        288,
        'expense',
        '2020112622001155631439130725',
        'T1100P3086298159423276192',
      ],
      [
        46,
        '2020-11-23 22:15:30',
        2912,
        'expense',
        '2020112322001155631428613258',
        'T200P3081445718137276192',
      ],
      [47, '2020-12-15 14:20:15', 4560, 'expense', '2020121522001455631426457679', 'D320201215142015159382'],
      [48, '2020-12-15 19:45:30', 9850, 'expense', '2020121522001155631443361578', 'D320201215194530209644'],
      [
        49,
        '2020-12-15 10:15:45',
        59900,
        'expense',
        '2020121522001155631440286574',
        'T200P3100982053977276194',
      ],
    ]);
    expect(r.rows.find((x) => x.row === 47)?.counterpartyAccount).toBe('service***@神州专车.com');
    expect(r.rows.find((x) => x.row === 36)).toMatchObject({
      counterpartyAccount: null,
      item: '余额宝-12月4日-收益发放',
    });
    // Refund ids here do not extend the original ids, so nothing is linked (no guessing by amount).
    expect(r.rows.every((x) => x.refundOfTxid === null)).toBe(true);
  });
});
