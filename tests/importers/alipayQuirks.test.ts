/** Alipay app exports: 2021 and 2023+ layouts, padding, the 2025 separator, 8 or 9 notes. */
import { describe, expect, it } from 'vitest';
import { parseBill } from '../../core/importers/parseBill.ts';
import { alipay2021Text, alipay2023Text, gbk, type AlipayGenRow } from './helpers/alipayFixtures.ts';

const parse = (bytes: Uint8Array) => parseBill({ bytes, fileName: '支付宝交易明细(20250101-20251231).csv' });

const ROWS: AlipayGenRow[] = [
  {
    time: '2025-02-12 21:32:14',
    type: '亲友代付',
    counterparty: '张三',
    account: null,
    item: '亲情卡',
    direction: '支出',
    amountFen: 4974,
    method: '交通银行信用卡(7449)',
    status: '交易成功',
    txid: '2025021222001468815736847417',
    merchantOrderId: 'T200P3100982053977276192',
    note: '',
  },
  {
    time: '2025-01-09 18:21:50',
    type: '交通出行',
    counterparty: '一卡通',
    account: 'fin***@jieyisoft.com',
    item: '一卡通充值',
    direction: '支出',
    amountFen: 5000,
    method: '余额宝',
    status: '交易关闭',
    txid: '2025010922001455631426457678',
    merchantOrderId: 'D12*****14',
    note: '',
  },
  {
    time: '2025-01-09 18:22:28',
    type: '退款',
    counterparty: '一卡通',
    account: 'fin***@jieyisoft.com',
    item: '退款-一卡通充值',
    direction: '不计收支',
    amountFen: 5000,
    method: '余额宝',
    status: '退款成功',
    txid: '2025010922001455631426457678_2025010957',
    merchantOrderId: 'D12*****14',
    note: '',
  },
  {
    time: '2025-01-18 10:17:29',
    type: '转账红包',
    counterparty: 'Apple, Inc.',
    account: 'xxx***@163.com',
    item: '转账',
    direction: '收入',
    amountFen: 22222850,
    method: '余额',
    status: '交易成功',
    txid: '2025011822001455631429484788',
    merchantOrderId: null,
    note: '备注',
  },
];

const expected = (firstLine: number) =>
  ROWS.map((r, i) => [
    firstLine + i,
    `${r.time.replace(' ', 'T')}+08:00`,
    r.amountFen,
    r.txid,
    r.merchantOrderId,
  ]);

const pick = (r: Awaited<ReturnType<typeof parse>>) =>
  r.rows.map((x) => [x.row, x.time, x.amountFen, x.txid, x.merchantOrderId]);

describe('Alipay app 2023+ layout', () => {
  it.each([
    { padded: true, separator: '2023', notes: 9, header: 25 },
    { padded: false, separator: '2023', notes: 9, header: 25 },
    { padded: false, separator: '2025', notes: 9, header: 25 },
    { padded: false, separator: '2025', notes: 8, header: 24 },
  ] as const)('padded=$padded separator=$separator notes=$notes (header on line $header)', async (o) => {
    const r = await parse(gbk(alipay2023Text(ROWS, o)));
    expect(r.format).toBe('alipay-mobile-2023');
    expect(r.summary.encoding).toBe('gb18030');
    expect(r.errors).toEqual([]);
    expect(pick(r)).toEqual(expected(o.header + 1));
    expect(r.rows[0]).toMatchObject({
      counterparty: '张三',
      counterpartyAccount: null,
      method: '交通银行信用卡(7449)',
      direction: 'expense',
    });
    expect(r.rows[2]).toMatchObject({ direction: 'neutral', refundOfTxid: '2025010922001455631426457678' });
    expect(r.rows[3]).toMatchObject({
      counterparty: 'Apple, Inc.',
      direction: 'income',
      note: '备注',
      flags: ['fields-merged'],
    });
  });

  it('a refund whose amount differs from the original is not linked (only exact id + amount links)', async () => {
    const partial = ROWS.map((r, i) => (i === 2 ? { ...r, amountFen: 100 } : r));
    const r = await parse(gbk(alipay2023Text(partial)));
    expect(r.rows[2]?.refundOfTxid).toBeNull();
  });
});

describe('Alipay app 2021 layout', () => {
  it('reads padded rows, 其他 as neutral, and stops at the footer', async () => {
    const rows = ROWS.map((r) => (r.direction === '不计收支' ? { ...r, direction: '其他' as const } : r));
    const r = await parse(gbk(alipay2021Text(rows)));
    expect(r.format).toBe('alipay-mobile-2021');
    expect(r.errors).toEqual([]);
    expect(pick(r)).toEqual(expected(3));
    expect(r.rows[2]?.direction).toBe('neutral');
    expect(r.summary.declaredCount).toBe(4);
  });
});

describe('Alipay rows the importer refuses to guess', () => {
  it('an unquoted comma in 备注 (after the ids) is reported, not imported: it could as well sit inside an id', async () => {
    const rows = [{ ...ROWS[0]!, note: '发票,请开' }, ROWS[1]!];
    const r = await parse(gbk(alipay2023Text(rows)));
    expect(r.rows.map((x) => x.txid)).toEqual([ROWS[1]!.txid]);
    expect(r.errors).toEqual([
      expect.objectContaining({
        row: 26,
        column: null,
        message: expect.objectContaining({ en: expect.stringMatching(/cannot be matched safely/) }),
      }),
    ]);
  });
});
