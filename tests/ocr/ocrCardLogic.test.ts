/**
 * The payment card's and the identifier proposals' pure logic (renderer/src/ocr): what the card shows
 * from a reading, what it sends back, which doubtful fields are still unchecked, and the counterparty
 * patch each accepted identifier makes — checked against the core's own schemas.
 */
import { describe, expect, it } from 'vitest';
import { contract } from '../../core/api/contract.ts';
import type { PaymentScreenReading } from '../../core/ocr/types.ts';
import { findIdentifiers } from '../../core/ocr/identifiers.ts';
import {
  confirmInput,
  draftFromReading,
  editedFields,
  stillUncertain,
} from '../../renderer/src/ocr/paymentDraft.ts';
import { acceptPatch, proposals } from '../../renderer/src/ocr/proposeIdentifiers.ts';
import { counterpartyRecord } from '../helpers/records.ts';

const reading: PaymentScreenReading = {
  platform: 'wechat',
  screen: 'merchant',
  fields: {
    txid: '4200001879202505181251305441',
    merchantOrderId: '20250518044415123456',
    amountFen: 9305,
    direction: 'expense',
    time: '2025-05-18T04:44:15+08:00',
    counterparty: '深圳市荀埃数码科技有限公司',
    method: '零钱',
  },
  uncertain: ['counterparty', 'amountFen'],
  boxes: {},
};

describe('payment card draft', () => {
  it('shows fen as yuan with two decimals and the time as the Beijing wall clock', () => {
    const d = draftFromReading(reading);
    expect(d.amountFen).toBe('93.05');
    expect(d.time).toBe('2025-05-18 04:44:15');
    expect(d.status).toBe('');
    expect(draftFromReading({ ...reading, fields: { amountFen: 5 } }).amountFen).toBe('0.05');
  });

  it('a corrected uncertain field is no longer in doubt; untouched ones are', () => {
    const d = { ...draftFromReading(reading), counterparty: '深圳市喆堃数码科技有限公司' };
    expect(editedFields(reading, d)).toEqual(['counterparty']);
    expect(stillUncertain(reading, d)).toEqual(['amountFen']);
  });

  it('sends what the core accepts: digits without spaces, yuan text, empty fields left out', () => {
    const d = {
      ...draftFromReading(reading),
      txid: '4200 0018 7920 2505 1812 5130 5441',
      amountFen: '¥９３.４０',
      counterparty: '  ',
    };
    const input = confirmInput(7, d);
    expect(input).toMatchObject({
      evidenceId: 7,
      txid: '4200001879202505181251305441',
      amount: '93.40',
      time: '2025-05-18 04:44:15',
      direction: 'expense',
    });
    expect(input.counterparty).toBeUndefined();
    expect(input.status).toBeUndefined();
    // The core's own schema takes it as is.
    expect(contract['ocr.confirmPayment'].safeParse(input).success).toBe(true);
  });
});

const party = counterpartyRecord(3, {
  name: '李某',
  kind: 'person',
  wechatIds: ['wxid_old1234'],
  accounts: [{ type: 'bank', number: '6222020200112233446' }],
  revision: 4,
});

describe('identifiers proposed to the counterparty', () => {
  const found = findIdentifiers(
    '微信号：wxid_old1234\n微信号: li_mou_2025\n电话 139 1234 5678\n6222 0202 0011 2233 446\n91350211M000100Y46',
  );

  it('marks what the record already holds and offers the rest', () => {
    const list = proposals(found, party);
    const byValue = Object.fromEntries(list.map((p) => [p.value, p]));
    expect(byValue['wxid_old1234']?.present).toBe(true);
    expect(byValue['li_mou_2025']?.present).toBe(false);
    expect(byValue['13912345678']).toMatchObject({ kind: 'phone', present: false });
    expect(byValue['6222020200112233446']).toMatchObject({ kind: 'bankCard', present: true });
    expect(byValue['91350211M000100Y46']).toMatchObject({ kind: 'creditCode', present: false });
    expect(byValue['91350211M000100Y46']?.replaces).toBeUndefined();
  });

  it('says which credit code an accepted one would replace', () => {
    const held = { ...party, creditCode: '91110108MA01ABCD1E' };
    const code = proposals(found, held).find((p) => p.kind === 'creditCode');
    expect(code?.replaces).toBe('91110108MA01ABCD1E');
  });

  it('each accept is one counterparty.update against the revision shown, valid for the core', () => {
    for (const p of proposals(found, party).filter((x) => !x.present)) {
      const patch = acceptPatch(party, p);
      expect(patch).toMatchObject({ id: 3, revision: 4 });
      const parsed = contract['counterparty.update'].safeParse(patch);
      expect(parsed.success, `${p.kind} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    expect(acceptPatch(party, { kind: 'wechatId', value: 'li_mou_2025', present: false }).patch).toEqual({
      wechatIds: ['wxid_old1234', 'li_mou_2025'],
    });
    expect(
      acceptPatch(party, { kind: 'bankCard', value: '6217000010001234569', present: false }).patch,
    ).toEqual({
      accounts: [
        { type: 'bank', number: '6222020200112233446' },
        { type: 'bank', number: '6217000010001234569' },
      ],
    });
  });
});
