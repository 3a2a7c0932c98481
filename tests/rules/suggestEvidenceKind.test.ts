/** Suggesting an evidence kind for a new file from its name and sniffed type (hints in evidence-kinds.json). */
import { describe, expect, it } from 'vitest';
import { suggestEvidenceKind, suggestKind } from '../../core/rules/suggestEvidenceKind.ts';

describe('suggestKind', () => {
  it.each([
    ['微信支付账单(20250501-20250531).csv', 'text/csv', 'bill-export'],
    ['微信支付账单流水文件.zip', 'application/zip', 'bill-export'],
    ['账单详情.jpg', 'image/jpeg', 'payment-screenshot'],
    ['电子回单_4200002345.pdf', 'application/pdf', 'e-receipt'],
    ['招商银行流水.pdf', 'application/pdf', 'bank-statement'],
    ['Screenshot_20250518_WeChat.png', 'image/png', 'chat-screenshot'],
    ['聊天记录.png', 'image/png', 'chat-screenshot'],
    ['聊天记录备份.zip', 'application/zip', 'chat-backup'],
    ['对方资料.png', 'image/png', 'counterparty-profile'],
    ['顺丰快递物流.png', 'image/png', 'logistics'],
    ['通话录音.m4a', 'audio/mp4', 'recording'],
    ['受案回执.jpg', 'image/jpeg', 'police-receipt'],
    ['激活码未使用.png', 'image/png', 'not-activated-proof'],
    ['PAYMENT_RECEIPT.PNG', 'image/png', 'payment-screenshot'],
  ])('%s (%s) → %s', (name, mime, kind) => {
    expect(suggestKind(name, mime)).toBe(kind);
  });

  it('falls back to "other" when the name says nothing (a bare image could be anything)', () => {
    expect(suggestKind('IMG_20250518_120000.jpg', 'image/jpeg')).toBe('other');
    expect(suggestKind('', 'application/octet-stream')).toBe('other');
  });

  it('is the function the vault ingest calls', () => {
    expect(suggestEvidenceKind('账单详情.png', 'image/png')).toBe('payment-screenshot');
  });
});
