/** The small pure pieces: money, time, ids, the CSV cursor, header detection. */
import { describe, expect, it } from 'vitest';
import {
  excelNumberToFen,
  feeFenFromNote,
  plainDecimal,
  refundedFenFromStatus,
  yuanTextToFen,
} from '../../core/importers/amount.ts';
import { beijingTextToIso, excelSerialToIso } from '../../core/importers/beijingTime.ts';
import { detectHeader } from '../../core/importers/billLayouts.ts';
import { CsvCursor } from '../../core/importers/csvCursor.ts';
import { readId, stripIdPadding } from '../../core/importers/idText.ts';

describe('amount → fen', () => {
  it.each([
    ['¥28.16', 2816],
    ['¥1,234.56', 123456],
    ['￥0.07', 7],
    ['?12.00', 1200], // GBK re-save replaced ¥ with '?'
    ['50.0', 5000],
    ['12', 1200],
    [' 6.51  ', 651],
    ['28.160', 2816],
    ['222228.50', 22222850],
    ['1,000,000.00', 100000000],
  ])('%s → %d', (text, fen) => expect(yuanTextToFen(text)).toBe(fen));

  it.each([
    '',
    '¥',
    '28.165',
    '-5.00',
    '1,23.00',
    '1234,567.00',
    '12abc',
    '.5',
    '1.2.3',
    'NaN',
    '9'.repeat(20),
  ])('refuses %s', (text) => expect(yuanTextToFen(text)).toBeNull());

  it('reads XLSX doubles by their shortest decimal form', () => {
    expect(excelNumberToFen('548.58000000000004')).toBe(54858);
    expect(excelNumberToFen('7.0000000000000007E-2')).toBe(7);
    expect(excelNumberToFen('100.1')).toBe(10010);
    expect(excelNumberToFen('1.005')).toBeNull(); // not an amount in fen; never rounded
    expect(excelNumberToFen('-1')).toBeNull();
    expect(excelNumberToFen('')).toBeNull();
    expect(plainDecimal('7e-7')).toBe('0.0000007');
    expect(plainDecimal('1.5e+21')).toBe('1500000000000000000000');
  });

  it('parses refunds and fees from status / note text', () => {
    expect(refundedFenFromStatus('已退款(￥9.10)', 9340)).toBe(910);
    expect(refundedFenFromStatus('已退款￥0.11', 11)).toBe(11);
    expect(refundedFenFromStatus('已退款（¥1,000.00）', 200000)).toBe(100000);
    expect(refundedFenFromStatus('已全额退款', 18000)).toBe(18000);
    expect(refundedFenFromStatus('支付成功', 100)).toBeNull();
    expect(feeFenFromNote('服务费¥0.24')).toBe(24);
    expect(feeFenFromNote('/')).toBeNull();
  });
});

describe('Beijing time', () => {
  it('keeps the wall clock and adds +08:00', () => {
    expect(beijingTextToIso('2019-09-26 12:45:27')).toEqual({
      iso: '2019-09-26T12:45:27+08:00',
      withoutSeconds: false,
    });
    expect(beijingTextToIso('2023-02-12 21:32:14 ')?.iso).toBe('2023-02-12T21:32:14+08:00');
  });
  it('reads what Excel writes back, flagging lost seconds', () => {
    expect(beijingTextToIso('2019/9/26 12:45')).toEqual({
      iso: '2019-09-26T12:45:00+08:00',
      withoutSeconds: true,
    });
    expect(beijingTextToIso('2019/9/6 8:05:09')).toEqual({
      iso: '2019-09-06T08:05:09+08:00',
      withoutSeconds: false,
    });
  });
  it.each([
    '',
    '2019-02-29 10:00:00',
    '2019-13-01 10:00:00',
    '2019-09-26 24:00:00',
    '2019-09-26',
    '26/09/2019 12:45',
    'x',
  ])('refuses %s', (s) => expect(beijingTextToIso(s)).toBeNull());
  it('converts Excel serials in both date systems', () => {
    // 46289.48678240741 = 46289 days after 1899-12-30 = 2026-09-24, plus 0.48678240741 × 86400 s = 42058 s = 11:40:58.
    expect(excelSerialToIso(46289.48678240741, false)).toBe('2026-09-24T11:40:58+08:00');
    // The same moment in the 1904 system is 1462 days smaller.
    expect(excelSerialToIso(46289.48678240741 - 1462, true)).toBe('2026-09-24T11:40:58+08:00');
    expect(excelSerialToIso(45292, false)).toBe('2024-01-01T00:00:00+08:00');
    expect(excelSerialToIso(Number.NaN, false)).toBeNull();
    expect(excelSerialToIso(10, false)).toBeNull();
  });
});

describe('ids stay text', () => {
  it.each([
    ['4200001879202307111251305441\t', '4200001879202307111251305441'],
    ['42000011202110191201583411 ', '42000011202110191201583411'],
    ['`4200001879202307111251305441', '4200001879202307111251305441'],
    ["'156823045120240607AQEQJ8ZY4P", '156823045120240607AQEQJ8ZY4P'],
    ['="4200001879202307111251305441"', '4200001879202307111251305441'],
    ['/\t', ''],
    ['                    \t', ''],
    ['2023xxxxx88_2023xx57\t', '2023xxxxx88_2023xx57'],
  ])('%j → %s', (raw, id) => expect(stripIdPadding(raw)).toBe(id));

  it.each(['4.20000187920231E+27', '4.2E+27', '1.23457e+11', '4200001879202310000000000000', '3985734.0'])(
    '%s is flagged as mangled by Excel',
    (raw) => expect(readId(raw)).toMatchObject({ id: '', mangled: true, shown: raw }),
  );
  it('does not flag genuine long ids', () => {
    expect(readId('180000737623062310106004541373333333333333333  ').mangled).toBe(false);
    expect(readId('1000050001202304280219702510896').id).toBe('1000050001202304280219702510896');
    expect(readId('3985734').id).toBe('3985734');
  });
});

describe('CSV cursor', () => {
  const all = (text: string, multiline = true): string[][] => {
    const c = new CsvCursor(text);
    const out: string[][] = [];
    while (c.next(multiline)) out.push(c.fields);
    return out;
  };
  it('reads the April-2025 quote + TAB style', () => {
    expect(all('"a"\t,"b"\t,"/"\n')).toEqual([['a', 'b', '/']]);
  });
  it('keeps a bare quote inside an unquoted field', () => {
    expect(all('x,打开拼多多，点击底部"多多视频",y')).toEqual([['x', '打开拼多多，点击底部"多多视频"', 'y']]);
  });
  it('handles CRLF, lone CR, escaped quotes, empty fields and multi-line quotes', () => {
    expect(all('a,b\r\nc,"d ""q"" e"\rf,,\n"g\nh",i')).toEqual([
      ['a', 'b'],
      ['c', 'd "q" e'],
      ['f', '', ''],
      ['g\nh', 'i'],
    ]);
  });
  it('reports line numbers and an unterminated quote', () => {
    const c = new CsvCursor('a\n"b\nc\n');
    c.next();
    expect([c.line, c.endLine]).toEqual([1, 1]);
    c.next();
    expect([c.line, c.endLine, c.unterminated]).toEqual([2, 4, true]);
    const single = new CsvCursor('"b\nc\n');
    single.next(false);
    expect([single.fields, single.unterminated]).toEqual([['b'], true]);
    single.next(false);
    expect(single.fields).toEqual(['c']);
  });
});

describe('header detection', () => {
  it('recognises each layout by its column names, with padding and full-width brackets', () => {
    expect(
      detectHeader(
        '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注'.split(','),
      )?.id,
    ).toBe('wechat');
    expect(
      detectHeader(['交易号  ', '商家订单号 ', '交易创建时间', '金额（元）   ', '收/支  ', ''])?.id,
    ).toBe('alipay-web-2019');
    expect(detectHeader(['收/支 ', '交易对方', '金额', '交易分类', '交易订单号', '交易时间', ''])?.id).toBe(
      'alipay-mobile-2021',
    );
    expect(detectHeader(['交易时间 ', '交易分类', '收/支', '金额', '交易订单号', ''])?.id).toBe(
      'alipay-mobile-2023',
    );
    expect(detectHeader(['微信支付账单明细', '', '', ''])).toBeNull();
  });
  it('reports a missing required column instead of guessing', () => {
    expect(
      detectHeader(['交易时间', '交易类型', '交易对方', '收/支', '交易单号', '商户单号'])?.missing,
    ).toEqual(['amount']);
    expect(
      detectHeader(['交易时间', '交易类型', '交易对方', '收/支', '金额(元)', '交易单号'])?.missingNames,
    ).toEqual(['商户单号']);
  });
  it('flags a header with an unnamed column between named ones as damaged', () => {
    expect(
      detectHeader(
        '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,,收/付款方式,交易状态,交易订单号,商家订单号,备注,'.split(
          ',',
        ),
      )?.gap,
    ).toBe(true);
    expect(
      detectHeader(
        '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,'.split(
          ',',
        ),
      )?.gap,
    ).toBe(false);
  });
});
