/**
 * Clocks across May Day and National Day 2025 with their working weekends (调休). Expected dates are
 * worked out by hand from the State Council's 2025 notice (国办发明电〔2024〕12号):
 *   May Day: 1–5 May off; Sunday 27 April is a working day.
 *   National Day + Mid-Autumn: 1–8 October off; Sunday 28 September and Saturday 11 October are working days.
 * The filing day itself is not counted; the count starts the next day.
 */
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../core/rules/check.ts';
import { addWorkingDays, isWorkingDay } from '../../core/rules/workingDays.ts';
import { addYears } from '../../core/rules/beijingClock.ts';
import type { Deadline } from '../../core/rules/types.ts';
import { buildCase, type BuildOptions } from './caseBuilder.ts';

describe('the 2025 calendar', () => {
  it.each([
    ['2025-04-27', true, 'Sunday worked before May Day'],
    ['2025-05-01', false, 'May Day'],
    ['2025-05-05', false, 'Monday, last day of the May Day break'],
    ['2025-05-06', true, 'Tuesday after May Day'],
    ['2025-09-28', true, 'Sunday worked before National Day'],
    ['2025-10-08', false, 'Wednesday, last day of the National Day break'],
    ['2025-10-11', true, 'Saturday worked after National Day'],
    ['2025-10-12', false, 'ordinary Sunday'],
  ])('%s is a working day: %s (%s)', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // filed, n, due — counted by hand
    ['2025-04-25', 7, '2025-05-08'], // Fri: 4/27(Sun, worked) 4/28 4/29 4/30 | 5/1–5/5 off | 5/6 5/7 5/8
    ['2025-04-29', 5, '2025-05-09'], // Tue: 4/30 | off | 5/6 5/7 5/8 5/9
    ['2025-04-26', 1, '2025-04-27'], // Sat: the very next day is the worked Sunday
    ['2025-05-01', 7, '2025-05-14'], // filed on the holiday: 5/6 5/7 5/8 5/9, weekend, 5/12 5/13 5/14
    ['2025-09-26', 7, '2025-10-13'], // Fri: 9/28(Sun, worked) 9/29 9/30 | 10/1–10/8 off | 10/9 10/10 10/11(Sat, worked) 10/13
    ['2025-09-30', 7, '2025-10-16'], // 10/9 10/10 10/11 10/13 10/14 10/15 10/16
    ['2025-10-10', 3, '2025-10-14'], // Fri: 10/11(Sat, worked) 10/13 10/14
    ['2025-05-20', 7, '2025-05-29'], // ordinary weeks
  ])('%s + %i working days = %s', (start, n, due) => {
    expect(addWorkingDays(start, n)).toEqual({ date: due, unknownYears: [] });
  });

  it('says so when a year is not on the calendar yet (weekends only)', () => {
    const r = addWorkingDays('2099-12-30', 3); // Wed → Thu 31, Fri 1 Jan, Mon 4 Jan
    expect(r.date).toBe('2100-01-04');
    expect(r.unknownYears).toEqual([2099, 2100]);
  });
});

describe('limitation period arithmetic (民法典 第188条, 第202条 corresponding day)', () => {
  it('ends on the corresponding day, or the last day of the month', () => {
    expect(addYears('2025-05-18', 3)).toBe('2028-05-18');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });
});

function deadlinesOf(o: BuildOptions & { at: string; rule: string }): Deadline[] {
  const report = checkCase(
    buildCase({ givens: ['fact:txid', 'fact:amount', 'fact:time'], ...o }),
    new Date(o.at),
    { route: o.rule },
  );
  return report.routes[0]?.deadlines ?? [];
}
const byId = (list: Deadline[], id: string): Deadline | undefined => list.find((d) => d.id === id);

describe('clocks in a case', () => {
  it('expected reply to a WeChat Pay complaint, per complaint type, across May Day', () => {
    const events = [
      { date: '2025-04-29', kind: 'complaint' as const, text: '微信支付投诉', ref: '2025042900012345' },
    ];
    const reply = byId(
      deadlinesOf({
        route: 'not-received',
        rule: 'wechat-complaint',
        events,
        at: '2025-05-06T09:00:00+08:00',
      }),
      'complaint-reply',
    );
    expect(reply).toMatchObject({
      date: '2025-05-09',
      workingDays: 5,
      basis: 'filed',
      from: '2025-04-29',
      passed: false,
      precision: 'day',
      calendarKnown: true,
    });
  });

  it('fraud (3–7 working days) filed the day before National Day', () => {
    const events = [{ date: '2025-09-30T21:15:00+08:00', kind: 'complaint' as const, text: '投诉' }];
    const reply = byId(
      deadlinesOf({ route: 'fraud', rule: 'wechat-complaint', events, at: '2025-10-17T09:00:00+08:00' }),
      'complaint-reply',
    );
    expect(reply).toMatchObject({ date: '2025-10-16', workingDays: 7, passed: true });
  });

  it('duplicate charge (1–3 working days) counts the worked Saturday 11 October', () => {
    const events = [{ date: '2025-10-10', kind: 'complaint' as const, text: '重复扣款投诉' }];
    expect(
      byId(
        deadlinesOf({
          route: 'duplicate-charge',
          rule: 'wechat-complaint',
          events,
          at: '2025-10-10T12:00:00+08:00',
        }),
        'complaint-reply',
      )?.date,
    ).toBe('2025-10-14');
  });

  it('12315 acceptance decision: 7 working days from the 12315 filing, not from the WeChat complaint', () => {
    const events = [
      { date: '2025-09-20', kind: 'complaint' as const, text: '微信支付投诉' },
      { date: '2025-09-26', kind: 'complaint' as const, text: '向12315平台投诉', ref: '1500012345' },
    ];
    const list = deadlinesOf({
      route: 'not-received',
      rule: 'complaint-12315',
      events,
      at: '2025-10-09T09:00:00+08:00',
    });
    expect(byId(list, 'acceptance-12315')).toMatchObject({
      date: '2025-10-13',
      workingDays: 7,
      basis: 'filed',
      from: '2025-09-26',
      passed: false,
    });
  });

  it('before anything is filed, forecasts "if filed today"', () => {
    const list = deadlinesOf({
      route: 'not-received',
      rule: 'complaint-12315',
      at: '2025-09-26T15:00:00+08:00',
    });
    const d = byId(list, 'acceptance-12315');
    expect(d).toMatchObject({ date: '2025-10-13', basis: 'if-filed-now', from: '2025-09-26' });
    expect(d?.label.zh).toContain('按今天提交估算');
  });

  it('merchant refund window (7 and 30 calendar days) and the 2-hour cancellation window run from the payment', () => {
    const o = {
      route: 'not-received',
      paymentTime: '2025-04-30T20:00:00+08:00',
      at: '2025-04-30T21:00:00+08:00',
    };
    const refund = deadlinesOf({ ...o, rule: 'merchant-refund' });
    expect(byId(refund, 'merchant-refund-7d')).toMatchObject({
      date: '2025-05-07T20:00:00+08:00',
      precision: 'minute',
      basis: 'payment',
      passed: false,
    });
    expect(byId(refund, 'merchant-refund-30d')?.date).toBe('2025-05-30T20:00:00+08:00');
    expect(byId(deadlinesOf({ ...o, rule: 'user-cancellation' }), 'cancellation')).toMatchObject({
      date: '2025-04-30T22:00:00+08:00',
      passed: false,
    });
    expect(
      byId(deadlinesOf({ ...o, at: '2025-04-30T22:00:01+08:00', rule: 'user-cancellation' }), 'cancellation')
        ?.passed,
    ).toBe(true);
  });

  it('counts in Beijing time whatever the machine zone (00:30 Beijing is the previous day in UTC)', () => {
    const list = deadlinesOf({
      route: 'fraud',
      rule: 'fraud',
      paymentTime: '2025-05-18T00:30:00+08:00',
      at: '2025-05-20T10:00:00+08:00',
    });
    expect(byId(list, 'limitation')?.date).toBe('2028-05-18');
  });

  it('a clock with no known start is left out rather than guessed', () => {
    const report = checkCase(buildCase({ route: 'not-received' }), new Date('2025-05-20T10:00:00+08:00'), {
      route: 'merchant-refund',
    });
    expect(report.routes[0]?.deadlines).toEqual([]);
  });

  it('a year the calendar does not cover yet is flagged on the deadline and warned about', () => {
    const events = [{ date: '2099-12-30', kind: 'complaint' as const, text: '投诉' }];
    const report = checkCase(
      buildCase({ route: 'fraud', givens: ['fact:txid'], events }),
      new Date('2099-12-30T10:00:00+08:00'),
      { route: 'wechat-complaint' },
    );
    const entry = report.routes[0];
    expect(byId(entry?.deadlines ?? [], 'complaint-reply')?.calendarKnown).toBe(false);
    expect(entry?.warnings.find((w) => w.id === 'calendar-unknown')?.message.en).toContain('2099');
  });
});
