/** The renderer's pure helpers: routes, money and time display, the route guess, the timeline axis. */
import { describe, expect, it } from 'vitest';
import type { Payment, TimelineEvent } from '../../core/domain/types.ts';
import { daysUntil, shortTime, yuan } from '../../renderer/src/format.ts';
import { parseRoute } from '../../renderer/src/router.ts';
import { routes, suggestRoute } from '../../renderer/src/rules/catalog.ts';
import { axisItems } from '../../renderer/src/case/timelineItems.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { zh } from '../../renderer/src/i18n/zh.ts';

describe('renderer helpers', () => {
  it('parses hash routes', () => {
    expect(parseRoute('#/')).toEqual({ name: 'cases' });
    expect(parseRoute('#/cases/12')).toEqual({ name: 'case', id: 12, tab: 'payments' });
    expect(parseRoute('#/cases/12/evidence')).toEqual({ name: 'case', id: 12, tab: 'evidence' });
    expect(parseRoute('#/guide/legal')).toEqual({ name: 'guide', anchor: 'legal' });
    expect(parseRoute('#/cases/abc')).toEqual({ name: 'cases' });
  });

  it('shows fen as yuan and times as stored (Beijing)', () => {
    expect(yuan(300000)).toBe('¥3,000.00');
    expect(yuan(5)).toBe('¥0.05');
    expect(yuan(-1234)).toBe('-¥12.34');
    expect(shortTime('2025-05-18T12:00:00+08:00')).toBe('2025-05-18 12:00:00');
    expect(daysUntil('2025-05-20', new Date('2025-05-18T12:00:00+08:00'))).toBe(3);
  });

  it('guesses a route that exists in the rule pack from the person’s words', () => {
    const ids = new Set(routes.map((r) => r.id));
    for (const text of ['被骗了', '扣了两次钱', '一直没收到货', '游戏充值', '跨境购物', '面对面转账被骗'])
      expect(ids.has(suggestRoute(text))).toBe(true);
    expect(suggestRoute('扣了两次钱')).toBe('duplicate-charge');
    expect(suggestRoute('付款后商家不发货')).toBe('not-received');
  });

  it('puts payments, events and deadlines on one axis in time order', () => {
    const p = {
      id: 1,
      time: '2025-05-18T12:00:00+08:00',
      direction: 'expense',
      amountFen: 100,
      txid: 'T1',
      counterparty: 'x',
    } as Payment;
    const e = { id: 2, date: '2025-05-18', text: 'called', ref: '', kind: 'contact' } as TimelineEvent;
    const items = axisItems(
      [p],
      [e],
      [{ id: 'd', date: '2028-05-18', label: 'limit', passed: false }],
      () => 'paid',
    );
    expect(items.map((i) => i.kind)).toEqual(['contact', 'payment', 'deadline']);
  });

  it('has every text in both languages, with the same placeholders', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(en[key], key).toBeTruthy();
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(en[key]), key).toEqual(holes(zh[key]));
    }
  });
});
