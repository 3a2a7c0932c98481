/** The renderer's input helpers: field rules on the core parsers, typed times, bill problems and party, fill targets. */
import { describe, expect, it } from 'vitest';
import type { Rule } from 'antd/es/form/index.js';
import type { Counterparty } from '../../core/domain/types.ts';
import {
  accountNumberRule,
  amountRule,
  creditCodeRule,
  idNumberRule,
  mobileRule,
  phoneRule,
} from '../../renderer/src/forms/fieldRules.ts';
import { parseTypedDateTime, parseTypedDay } from '../../renderer/src/forms/dateTimeText.ts';
import { choiceForImport, commonName, proposeChoice } from '../../renderer/src/case/BillPartyChoice.tsx';
import { billProblems } from '../../renderer/src/case/billProblems.ts';
import { blankTarget, fillTarget } from '../../renderer/src/case/fillTargets.ts';

describe('form inputs', () => {
  it("form rules refuse with the core parsers' words, naming the field, in the UI language", async () => {
    const zh = (t: { zh: string; en: string } | undefined) => t?.zh ?? '';
    const en = (t: { zh: string; en: string } | undefined) => t?.en ?? '';
    const refusal = async (rule: Rule, value: string) => {
      const validator = (rule as { validator: (r: unknown, v: unknown) => Promise<void> }).validator;
      return validator({}, value).then(
        () => null,
        (e: Error) => e.message,
      );
    };
    for (const ok of ['5,200', '5200元', '¥1,299.00', '５２００.５０', ''])
      expect(await refusal(amountRule(zh), ok)).toBeNull();
    expect(await refusal(amountRule(zh), '12.345')).toMatch(/^金额“12.345”最多只能有两位小数/);
    expect(await refusal(amountRule(en), '12.345')).toMatch(/^Amount "12.345" has more than two decimals/);
    expect(await refusal(amountRule(zh), '0')).toContain('必须大于 0');
    expect(await refusal(amountRule(zh, 'recovered', { allowZero: true }), '0')).toBeNull();
    expect(await refusal(mobileRule(zh), '1380000')).toContain('手机号“1380000”不是有效的手机号');
    expect(await refusal(mobileRule(zh), '139 1234 5678')).toBeNull();
    expect(await refusal(phoneRule(zh), '010-12345678')).toBeNull();
    expect(await refusal(creditCodeRule(zh), '91350100M000100Y44')).toContain('最后一位应为 3');
    expect(await refusal(idNumberRule(zh), '11010519491231002')).toContain('现在是 17 位');
    expect(await refusal(idNumberRule(zh), '110105194912310021')).toContain('应为 X');
    expect(await refusal(idNumberRule(zh), '11010519491231002X')).toBeNull();
    expect(await refusal(idNumberRule(en), '110105194902300020')).toMatch(/birth date 1949-02-30/);
    expect(await refusal(accountNumberRule(zh, 'bank'), '6222 0202 0011 2233 445')).toBeNull();
    expect(await refusal(accountNumberRule(zh, 'bank'), '6222O20200112233445')).toContain('不是银行卡号');
    expect(await refusal(accountNumberRule(zh, 'alipay'), 'li@example.com')).toBeNull();
  });

  it("maps a paper's blank to the form that fills it", () => {
    expect(blankTarget('profile.ethnicity')).toEqual({ form: 'profile', focus: 'ethnicity' });
    expect(blankTarget('case.claims')).toEqual({ form: 'case', focus: 'claims' });
    expect(blankTarget('counterparty:3.address')).toEqual({
      form: 'counterparty',
      focus: 'address',
      partyId: 3,
    });
    expect(blankTarget('counterparty:3.wechatIds')).toMatchObject({ focus: 'identifiers', partyId: 3 });
    expect(blankTarget('counterparty.new')).toEqual({ form: 'counterparty', focus: 'name', partyId: -1 });
    expect(blankTarget('payment:7.receivingAccount')).toEqual({
      form: 'payment',
      paymentId: 7,
      focus: 'receivingAccount',
    });
    expect(blankTarget('payment.method', 0)).toEqual({ form: 'payment', paymentId: 0, focus: 'method' });
    expect(blankTarget('payment.new')).toEqual({ form: 'payment' });
    expect(blankTarget(null)).toBeNull();
    expect(blankTarget('nonsense')).toBeNull();
  });

  it("proposes the bill rows' party and never adds one without a name", () => {
    const party = (id: number, name: string) => ({ id, name }) as Counterparty;
    expect(commonName(['房东', '某店', '房东', ' '])).toBe('房东');
    expect(proposeChoice([party(1, '假冒客服')], '房东')).toMatchObject({ mode: 'existing', existingId: 1 });
    expect(proposeChoice([party(1, 'A'), party(2, '房东')], '房东')).toMatchObject({ existingId: 2 });
    expect(proposeChoice([party(1, 'A'), party(2, 'B')], '房东')).toMatchObject({ mode: 'existing' });
    expect(proposeChoice([party(1, 'A'), party(2, 'B')], '房东').existingId).toBeUndefined();
    expect(proposeChoice([], '房东')).toMatchObject({ mode: 'create', name: '房东' });
    expect(proposeChoice([], '')).toMatchObject({ mode: 'none' });
    const base = { name: '', kind: 'unknown' as const };
    expect(choiceForImport({ ...base, mode: 'create' })).toBeNull();
    expect(choiceForImport({ ...base, mode: 'create', name: ' 房东 ' })).toEqual({
      create: { name: '房东', kind: 'unknown' },
    });
    expect(choiceForImport({ ...base, mode: 'existing' })).toBeNull();
    expect(choiceForImport({ ...base, mode: 'existing', existingId: 4 })).toEqual({ existingId: 4 });
    expect(choiceForImport({ ...base, mode: 'none' })).toBe('none');
  });

  it('parses typed times strictly, Chinese style included', () => {
    expect(parseTypedDateTime('2025年5月18日 14:58')?.format('YYYY-MM-DD HH:mm')).toBe('2025-05-18 14:58');
    expect(parseTypedDateTime('2025-05-18 12:00:00')?.format('YYYY-MM-DD HH:mm:ss')).toBe(
      '2025-05-18 12:00:00',
    );
    expect(parseTypedDateTime('5月18日下午3点')).toBeNull();
    expect(parseTypedDateTime('2025-02-30 10:00')).toBeNull();
  });

  it('parses a typed day for the chat filter, Chinese style included, and refuses impossible days', () => {
    expect(parseTypedDay(' 2024年5月3日 ')).toBe('2024-05-03');
    expect(parseTypedDay('2024/5/3')).toBe('2024-05-03');
    expect(parseTypedDay('2024-05-03')).toBe('2024-05-03');
    expect(parseTypedDay('2024-02-30')).toBeNull();
    expect(parseTypedDay('05/03/2024')).toBeNull();
    expect(parseTypedDay('5月3日')).toBeNull();
  });

  it('puts a kept row’s problem beside it and counts only the rest as unreadable', () => {
    const e = (row: number | null) => ({ file: 'b.csv', row, column: null, message: { zh: 'x', en: 'x' } });
    const p = billProblems({ rows: [{ row: 5 }] as never, errors: [e(5), e(7), e(null)] });
    expect([...p.byRow.keys()]).toEqual([5]);
    expect(p.unreadable.map((x) => x.row)).toEqual([7, null]);
  });

  it('maps checklist facts to the form that fills them', () => {
    expect(fillTarget({ kind: 'counterparty-identifiers', type: 'fact' })).toEqual({
      form: 'counterparty',
      focus: 'identifiers',
    });
    expect(fillTarget({ kind: 'demand', type: 'fact' })).toEqual({ form: 'case', focus: 'demand' });
    expect(fillTarget({ kind: 'logistics', type: 'evidence' })).toEqual({
      form: 'evidence',
      kind: 'logistics',
    });
    expect(fillTarget({ kind: 'no-such-fact', type: 'fact' })).toBeNull();
  });
});
