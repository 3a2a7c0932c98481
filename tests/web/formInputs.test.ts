/** The renderer's input helpers: amounts and times as typed, identifiers, bill problems, intake notes, fill targets. */
import { describe, expect, it } from 'vitest';
import { normalizeAmountText } from '../../renderer/src/forms/amountText.ts';
import { parseTypedDateTime } from '../../renderer/src/forms/dateTimeText.ts';
import { checkCreditCode, checkMobile } from '../../renderer/src/forms/identifiers.ts';
import { billProblems } from '../../renderer/src/case/billProblems.ts';
import { fillTarget } from '../../renderer/src/case/fillTargets.ts';

describe('form inputs', () => {
  it('reads amounts as people type them and says why others fail', () => {
    for (const [typed, fen] of [
      ['5,200', 520000],
      ['5200元', 520000],
      ['¥1,299.00', 129900],
      ['５２００.５０', 520050],
      ['12.3', 1230],
    ] as const)
      expect(normalizeAmountText(typed)).toMatchObject({ ok: true, fen });
    expect(normalizeAmountText('12.345')).toEqual({ ok: false, problem: 'decimals' });
    expect(normalizeAmountText('0')).toEqual({ ok: false, problem: 'notPositive' });
    expect(normalizeAmountText('-5')).toEqual({ ok: false, problem: 'notPositive' });
    expect(normalizeAmountText('5,20')).toEqual({ ok: false, problem: 'format' });
    expect(normalizeAmountText('五千')).toEqual({ ok: false, problem: 'format' });
  });

  it('parses typed times strictly, Chinese style included', () => {
    expect(parseTypedDateTime('2025年5月18日 14:58')?.format('YYYY-MM-DD HH:mm')).toBe('2025-05-18 14:58');
    expect(parseTypedDateTime('2025-05-18 12:00:00')?.format('YYYY-MM-DD HH:mm:ss')).toBe(
      '2025-05-18 12:00:00',
    );
    expect(parseTypedDateTime('5月18日下午3点')).toBeNull();
    expect(parseTypedDateTime('2025-02-30 10:00')).toBeNull();
  });

  it('checks mobile numbers and credit codes (GB 32100 check character)', () => {
    expect(checkMobile('139 1234 5678')).toEqual({ ok: true, value: '13912345678' });
    expect(checkMobile('1380000')).toEqual({ ok: false, problem: 'length' });
    expect(checkMobile('12912345678')).toEqual({ ok: false, problem: 'prefix' });
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkCreditCode('91350100M000100Y44')).toMatchObject({
      ok: false,
      problem: 'check',
      expected: '3',
    });
    expect(checkCreditCode('9135010')).toMatchObject({ ok: false, problem: 'length' });
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
