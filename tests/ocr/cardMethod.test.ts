/** A bank-card 支付方式 read one character off is mended from the card-type vocabulary, and only then. */
import { describe, expect, it } from 'vitest';
import { snapCardMethod } from '../../core/ocr/payment/cardMethod.ts';
import { readPaymentScreen } from '../../core/ocr/payment/readPaymentScreen.ts';
import { screenLines } from './ocrLines.ts';

const transferRows = (method: string) => [
  '当前状态 对方已收钱',
  '转账时间 2025年5月19日 21:03:09',
  `支付方式 ${method}`,
  '转账单号 1000050001202505190012345678901',
];

describe('snapCardMethod', () => {
  it('mends one slipped character of the card type and says where it was', () => {
    expect(snapCardMethod('招商银行储蓉卡(8823)')).toEqual({ value: '招商银行储蓄卡(8823)', slipAt: 5 });
    expect(snapCardMethod('交通银行信甩卡(0042)')).toEqual({ value: '交通银行信用卡(0042)', slipAt: 5 });
  });

  it('leaves alone what is right, what has no last four digits, and two slips', () => {
    expect(snapCardMethod('招商银行储蓄卡(8823)')).toBeNull();
    expect(snapCardMethod('招商银行储蓉卡')).toBeNull();
    expect(snapCardMethod('招商银行储蓉卡(88a3)')).toBeNull();
    expect(snapCardMethod('招商银衍储蓉卡(8823)')).toBeNull();
    expect(snapCardMethod('(8823)')).toBeNull();
  });

  it('never changes the first or last character of the type, nor picks between two types', () => {
    expect(snapCardMethod('招商钱行储蓄卡(8823)')).toBeNull(); // 银 is the first character of 银行储蓄卡
    expect(snapCardMethod('招商银行储蓄片(8823)')).toBeNull(); // 卡 is the last
    // 信蓄 is one character from 储蓄 and from 信用 alike.
    expect(snapCardMethod('招商银行信蓄卡(8823)')).toBeNull();
  });

  it('uses only patterns of 4 or more characters', () => {
    expect(snapCardMethod('储蓉卡(8823)', ['储蓄卡'])).toBeNull();
    expect(snapCardMethod('X银行储蓉卡(8823)', ['银行储蓄卡'])).toEqual({
      value: 'X银行储蓄卡(8823)',
      slipAt: 4,
    });
  });
});

describe('readPaymentScreen: a card method read one character off', () => {
  it('is mended and trusted when the characters actually read are sure', () => {
    const r = readPaymentScreen(
      screenLines('转账-转给王小明', '-500.00', transferRows('招商银行储蓉卡(8823)'), { low: { 蓉: 30 } }),
    );
    expect(r.fields.method).toBe('招商银行储蓄卡(8823)');
    expect(r.uncertain).not.toContain('method');
  });

  it('is mended but doubted when another character of it reads poorly', () => {
    const r = readPaymentScreen(
      screenLines('转账-转给王小明', '-500.00', transferRows('招商银行储蓉卡(8823)'), { low: { 商: 30 } }),
    );
    expect(r.fields.method).toBe('招商银行储蓄卡(8823)');
    expect(r.uncertain).toContain('method');
  });

  it('stays as read, and doubted, when it fits no card type', () => {
    const r = readPaymentScreen(
      screenLines('转账-转给王小明', '-500.00', transferRows('招商银行信蓄卡(8823)'), { low: { 蓄: 30 } }),
    );
    expect(r.fields.method).toBe('招商银行信蓄卡(8823)');
    expect(r.uncertain).toContain('method');
  });
});
