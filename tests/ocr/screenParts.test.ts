import { describe, expect, it } from 'vitest';
import { checkMerchantOrderId, checkPlatformId } from '../../core/ocr/payment/checkIds.ts';
import { matchLabel } from '../../core/ocr/payment/matchLabel.ts';
import { readAmount } from '../../core/ocr/payment/readAmount.ts';
import { readScreenTime } from '../../core/ocr/payment/readScreenTime.ts';
import { findIdentifiers, isCreditCode, passesLuhn } from '../../core/ocr/identifiers.ts';
import { suggestKindFromText } from '../../core/ocr/suggestKindFromText.ts';
import { cutSnippet, queryTerms } from '../../db/queries/search.ts';

describe('readAmount', () => {
  it.each([
    ['-93.40', 9340, 'expense'],
    ['+129.99', 12999, 'income'],
    ['—1,234.50', 123450, 'expense'],
    ['¥0.01', 1, null],
    ['- 500.00', 50000, 'expense'],
  ])('%s → %d fen', (raw, fen, dir) => {
    expect(readAmount(raw)).toEqual({ amountFen: fen, direction: dir });
  });
  it.each([
    '93.4',
    '93.400',
    '1,23.00',
    '12,3456.00',
    '0.00',
    '00.50',
    'abc',
    '-',
    '9340',
    '1234567890.00',
    '93.4O',
  ])('refuses %s', (raw) => expect(readAmount(raw)).toBeNull());
});

describe('readScreenTime', () => {
  it.each([
    ['2025年5月18日 04:44:15', '2025-05-18T04:44:15+08:00'],
    ['2025 年 5 月 18 日 04:44:15', '2025-05-18T04:44:15+08:00'],
    ['2025-05-18 04:44:15', '2025-05-18T04:44:15+08:00'],
    ['2025/05/18 04:44', '2025-05-18T04:44:00+08:00'],
    ['2024年2月29日 23:59:59', '2024-02-29T23:59:59+08:00'],
  ])('%s', (raw, iso) => expect(readScreenTime(raw)).toBe(iso));
  it.each([
    '2025年2月30日 04:44:15',
    '2025-13-01 00:00:00',
    '2025年5月18日 24:00:00',
    '2025年5月18日',
    '昨天 12:00',
  ])('refuses %s', (raw) => expect(readScreenTime(raw)).toBeNull());
});

describe('checkPlatformId', () => {
  const t = '2025-05-18T04:44:15+08:00';
  it('accepts real shapes dated like the time', () => {
    expect(checkPlatformId('4200001879202505181251305441', 'wechat', 'txid', t)).toBeNull();
    expect(checkPlatformId('1000050001202505180012345678901', 'wechat', 'transfer', t)).toBeNull();
    expect(checkPlatformId('2025051822001412345678901234', 'alipay', 'txid', t)).toBeNull();
  });
  it('names the problem', () => {
    expect(checkPlatformId('4200001879202505181251305441', 'wechat', 'transfer', t)).toBe('shape');
    expect(checkPlatformId('42000018792025051812513054411', 'wechat', 'txid', t)).toBe('shape');
    expect(checkPlatformId('42000018792025O5181251305441', 'wechat', 'txid', t)).toBe('shape');
    expect(checkPlatformId('4200001879202505251251305441', 'wechat', 'txid', t)).toBe('date');
    expect(checkPlatformId('4200001879202513181251305441', 'wechat', 'txid', undefined)).toBe('date');
    expect(checkPlatformId('20250518220014123456789', 'alipay', 'txid', t)).toBe('shape');
  });
  it('checks 商户单号 shape', () => {
    expect(checkMerchantOrderId('T200P2025052312345678')).toBeNull();
    expect(checkMerchantOrderId('订单123456')).toBe('shape');
    expect(checkMerchantOrderId('12345')).toBe('shape');
  });
});

describe('matchLabel', () => {
  it('matches exactly, with one slip, and refuses two slips', () => {
    expect(matchLabel('交易单号4200')?.label.field).toBe('txid');
    expect(matchLabel('芸易单号4200')).toMatchObject({ slips: 1, label: { text: '交易单号' } });
    expect(matchLabel('芸易单亏4200')).toBeNull();
    expect(matchLabel('商家订单号T200')?.label.field).toBe('merchantOrderId');
    expect(matchLabel('订单号2025')?.label.field).toBe('txid');
    // Short labels need an exact match: 丁单号 is not 订单号.
    expect(matchLabel('丁单号2025')).toBeNull();
  });
});

describe('findIdentifiers', () => {
  it('finds a 微信号, a phone, a Luhn-valid card and a credit code with its check character', () => {
    const text = [
      '微 信 号 ： wxid_abc123',
      '电话 13912345678',
      '收款卡号 6222 0202 0011 2233 446',
      '统一社会信用代码 91350100M000100Y43',
      '交易单号 4200001879202505181251305441',
    ].join('\n');
    const found = findIdentifiers(text);
    expect(found.wechatIds).toEqual(['wxid_abc123']);
    expect(found.phones).toEqual(['13912345678']);
    expect(found.bankCards).toEqual(['6222020200112233446']);
    expect(found.creditCodes).toEqual(['91350100M000100Y43']);
  });
  it('rejects a code with a wrong check character and a card failing Luhn', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
    expect(isCreditCode('91350100M000100Y44')).toBe(false);
    expect(findIdentifiers('卡号 6222020200112233445').bankCards).toEqual([]);
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});

describe('suggestKindFromText', () => {
  it('suggests from content', () => {
    expect(suggestKindFromText('账单详情\n交易单号 42…\n支付时间', null)).toBe('payment-screenshot');
    expect(suggestKindFromText('张三\n微信号：zhangsan88\n地区：北京', null)).toBe('counterparty-profile');
    expect(suggestKindFromText('物流详情\n运输中\n快递单号 SF123', null)).toBe('logistics');
    expect(suggestKindFromText('今天天气很好', null)).toBeNull();
  });
});

describe('search snippets', () => {
  it('marks every occurrence of every term and splits queries on spaces', () => {
    expect(queryTerms('  退款  诈骗 ')).toEqual(['退款', '诈骗']);
    const { snippet, highlights } = cutSnippet('商家说今天退款，退款要三天', ['退款']);
    expect(highlights.map(([a, b]) => snippet.slice(a, b))).toEqual(['退款', '退款']);
  });
  it('cuts a window around the first match in a long body', () => {
    const body = `${'甲'.repeat(500)}交易单号4200${'乙'.repeat(500)}`;
    const { snippet, highlights } = cutSnippet(body, ['4200']);
    expect(snippet.length).toBeLessThan(120);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.slice(highlights[0]![0], highlights[0]![1])).toBe('4200');
  });
});
