import { describe, expect, it } from 'vitest';
import { readPaymentScreen } from '../../core/ocr/payment/readPaymentScreen.ts';
import { ocrLine, screenLines } from './ocrLines.ts';

const merchantRows = [
  '当前状态 支付成功',
  '支付时间 2025年5月18日 04:44:15',
  '商品 订单付款',
  '商户全称 深圳市某某数码科技有限公司',
  '支付方式 零钱',
  '交易单号 4200001879202505181251305441',
  '商户单号 20250518044415123456',
];

describe('readPaymentScreen: WeChat', () => {
  it('reads every field of a merchant payment and trusts them all when checks pass', () => {
    const r = readPaymentScreen(screenLines('深圳市某某数码科技有限公司', '-93.40', merchantRows));
    expect(r.platform).toBe('wechat');
    expect(r.screen).toBe('merchant');
    expect(r.fields).toEqual({
      txid: '4200001879202505181251305441',
      merchantOrderId: '20250518044415123456',
      amountFen: 9340,
      direction: 'expense',
      time: '2025-05-18T04:44:15+08:00',
      counterparty: '深圳市某某数码科技有限公司',
      method: '零钱',
      status: '支付成功',
    });
    expect(r.uncertain).toEqual([]);
    expect(r.boxes.txid!.y0).toBe(820 + 5 * 100);
  });

  it('matches a label with one misread character (芸易单号) but doubts the value it found', () => {
    const rows = merchantRows.map((r) => r.replace('交易单号', '芸易单号'));
    const r = readPaymentScreen(screenLines('深圳市某某数码科技有限公司', '-93.40', rows));
    expect(r.fields.txid).toBe('4200001879202505181251305441');
    expect(r.uncertain).toContain('txid');
  });

  it('does not take 商户单号 for 交易单号 (two characters apart) nor accept a 42… id of the wrong length', () => {
    const rows = merchantRows.filter((r) => !r.startsWith('交易单号'));
    rows.push('交易单号 420000187920250518125130544');
    const r = readPaymentScreen(screenLines('某店', '-93.40', rows));
    expect(r.fields.merchantOrderId).toBe('20250518044415123456');
    expect(r.fields.txid).toBe('420000187920250518125130544');
    expect(r.uncertain).toContain('txid');
  });

  it('doubts an id whose date disagrees with the time read, and the time too', () => {
    const rows = merchantRows.map((r) =>
      r.startsWith('交易单号') ? '交易单号 4200001879202505281251305441' : r,
    );
    const r = readPaymentScreen(screenLines('深圳市某某数码科技有限公司', '-93.40', rows));
    expect(r.uncertain).toEqual(expect.arrayContaining(['txid', 'time']));
  });

  it('accepts an id dated the day before the payment (ordered just before midnight)', () => {
    const rows = merchantRows.map((r) =>
      r.startsWith('交易单号') ? '交易单号 4200001879202505171251305441' : r,
    );
    expect(readPaymentScreen(screenLines('深圳市某某数码科技有限公司', '-93.40', rows)).uncertain).toEqual(
      [],
    );
  });

  it('doubts a low-confidence id even when its shape is right', () => {
    const r = readPaymentScreen(
      screenLines('深圳市某某数码科技有限公司', '-93.40', merchantRows, {
        low: { '4200001879202505181251305441': 31 },
      }),
    );
    expect(r.uncertain).toEqual(['txid']);
  });

  it('reads a transfer: 转账单号 from 1000…, the name from the headline, never trusted from one reading', () => {
    const r = readPaymentScreen(
      screenLines('转账-转给王㛃', '-500.00', [
        '当前状态 对方已收钱',
        '转账说明 货款',
        '转账时间 2025年5月19日 21:03:09',
        '支付方式 招商银行储蓄卡(8823)',
        '转账单号 1000050001202505190012345678901',
      ]),
    );
    expect(r.screen).toBe('transfer');
    expect(r.fields).toMatchObject({
      txid: '1000050001202505190012345678901',
      amountFen: 50000,
      direction: 'expense',
      counterparty: '王㛃',
      method: '招商银行储蓄卡(8823)',
      status: '对方已收钱',
      time: '2025-05-19T21:03:09+08:00',
    });
    expect(r.uncertain).toEqual(['counterparty']);
  });

  it('refuses a 42… id under 转账单号 (transfers are 1000…)', () => {
    const r = readPaymentScreen(
      screenLines('转账-转给李四', '-500.00', [
        '转账时间 2025年5月19日 21:03:09',
        '转账单号 4200001879202505191251305441',
      ]),
    );
    expect(r.uncertain).toContain('txid');
  });

  it('reads a red packet and a scan-to-pay screen by their headlines', () => {
    const red = readPaymentScreen(
      screenLines('微信红包-发给李犇', '-200.00', [
        '当前状态 已被领取',
        '发出时间 2025年5月20日 08:15:42',
        '支付方式 零钱',
        '交易单号 1000039901202505200987654321012',
      ]),
    );
    expect(red.screen).toBe('red-packet');
    expect(red.fields.counterparty).toBe('李犇');
    expect(red.fields.txid).toBe('1000039901202505200987654321012');
    const scan = readPaymentScreen(
      screenLines('扫二维码付款-给赵赟', '-25.50', [
        '当前状态 支付成功',
        '收款方备注 二维码收款',
        '支付时间 2025-05-21 12:30:00',
        '支付方式 零钱通',
        '交易单号 1000107101202505210123456789012',
      ]),
    );
    expect(scan.screen).toBe('scan');
    expect(scan.fields.time).toBe('2025-05-21T12:30:00+08:00');
    expect(scan.fields.amountFen).toBe(2550);
  });

  it('reads a refund as income and doubts a refund shown with a minus', () => {
    const rows = [
      '当前状态 已全额退款',
      '退款时间 2025年5月22日 18:34:56',
      '退款方式 原路退回零钱',
      '商户全称 杭州某某电子商务有限公司',
      '交易单号 4200002046202505221834567890',
    ];
    const ok = readPaymentScreen(screenLines('杭州某某电子商务有限公司', '+129.99', rows));
    expect(ok.screen).toBe('refund');
    expect(ok.fields.direction).toBe('income');
    expect(ok.uncertain).toEqual([]);
    const odd = readPaymentScreen(screenLines('杭州某某电子商务有限公司', '-129.99', rows));
    expect(odd.uncertain).toContain('direction');
  });

  it('doubts the full name when the headline reads it differently or a character is unsure', () => {
    const differ = readPaymentScreen(
      screenLines(
        '深圳市某某数码科技有限公司',
        '-93.40',
        merchantRows.map((r) => r.replace('某某', '莱某')),
      ),
    );
    expect(differ.uncertain).toContain('counterparty');
    const unsure = readPaymentScreen(
      screenLines('深圳市某某数码科技有限公司', '-93.40', merchantRows, { low: { 数: 88 } }),
    );
    expect(unsure.uncertain).toContain('counterparty');
  });

  it('strips the quote marks OCR reads in the gap between label and value', () => {
    const rows = merchantRows.map((r) => r.replace(' ', ' “ '));
    const r = readPaymentScreen(screenLines('深圳市某某数码科技有限公司', '-93.40', rows));
    expect(r.fields.status).toBe('支付成功');
    expect(r.fields.method).toBe('零钱');
  });

  it('maps a minus read as 一 or — and keeps the amount exact', () => {
    expect(readPaymentScreen(screenLines('某店', '一1,234.56', merchantRows)).fields).toMatchObject({
      amountFen: 123456,
      direction: 'expense',
    });
  });

  it('marks the direction uncertain when the amount has no sign', () => {
    const r = readPaymentScreen(screenLines('深圳市某某数码科技有限公司', '93.40', merchantRows));
    expect(r.fields.amountFen).toBe(9340);
    expect(r.fields.direction).toBe('expense');
    expect(r.uncertain).toContain('direction');
  });
});

describe('readPaymentScreen: Alipay', () => {
  it('pairs right-aligned values read as separate lines with their labels', () => {
    const lines = [
      ocrLine('账单详情', 150),
      ocrLine('上海某某贸易有限公司', 520),
      ocrLine('-458.00', 620, { height: 80 }),
      ocrLine('交易成功', 740),
      ...['支付时间', '付款方式', '商品说明', '收款方全称', '订单号', '商家订单号'].map((l, i) =>
        ocrLine(l, 900 + i * 100, { x0: 60 }),
      ),
      ...[
        '2025年5月23日 10:01:02',
        '余额宝',
        '商品购买',
        '上海某某贸易有限公司',
        '2025052322001412345678901234',
        'T200P2025052312345678',
      ].map((v, i) => ocrLine(v, 902 + i * 100, { x0: 560 })),
    ];
    const r = readPaymentScreen(lines);
    expect(r.platform).toBe('alipay');
    expect(r.fields).toEqual({
      txid: '2025052322001412345678901234',
      merchantOrderId: 'T200P2025052312345678',
      amountFen: 45800,
      direction: 'expense',
      time: '2025-05-23T10:01:02+08:00',
      counterparty: '上海某某贸易有限公司',
      method: '余额宝',
      status: '交易成功',
    });
    expect(r.uncertain).toEqual([]);
  });

  it('doubts an Alipay 订单号 that does not start with a real date', () => {
    const r = readPaymentScreen(
      screenLines('某店', '-1.00', [
        '支付时间 2025-05-23 10:01:02',
        '付款方式 花呗',
        '订单号 2025133222001412345678901234',
      ]),
    );
    expect(r.platform).toBe('alipay');
    expect(r.uncertain).toContain('txid');
  });
});

describe('readPaymentScreen: not a payment screen', () => {
  it('returns no platform and no fields for a chat', () => {
    const r = readPaymentScreen([
      ocrLine('你好，在吗', 300),
      ocrLine('今天能发货吗', 400),
      ocrLine('好的', 500),
    ]);
    expect(r.platform).toBeNull();
    expect(r.fields).toEqual({});
  });

  it('ignores a row one slip from two labels of different fields', () => {
    // 商户全号 is one slip from 商户单号 (merchantOrderId) and from 商户全称 (counterparty).
    const r = readPaymentScreen(
      screenLines('某店', '-1.00', [
        '交易单号 4200001879202505181251305441',
        '商户全号 20250518044415123456',
      ]),
    );
    expect(r.fields.merchantOrderId).toBeUndefined();
    expect(r.fields.counterparty).toBeUndefined();
    // 付付方式 is one slip from 支付方式 and 付款方式, both the method: not ambiguous.
    const m = readPaymentScreen(
      screenLines('某店', '-1.00', ['交易单号 4200001879202505181251305441', '付付方式 零钱']),
    );
    expect(m.fields.method).toBe('零钱');
  });

  it('stays linear on hostile text (a 100,000-character line)', () => {
    const t0 = Date.now();
    readPaymentScreen([ocrLine(`交易单号 ${'9'.repeat(100_000)}`, 800), ocrLine('年'.repeat(20_000), 900)]);
    // Bounded generously: a backtracking matcher would take minutes here, a linear one under a second.
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});
