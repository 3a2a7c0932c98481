/**
 * checkCase as a whole: warnings (advice, never a gate), the next step in the guide's order adjusted
 * to the case, route selection, purity, and the report's invariants under random cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnknownRouteError, checkCase } from '../../core/rules/check.ts';
import { loadRulePack } from '../../core/rules/pack.ts';
import type { CaseSnapshot } from '../../core/domain/types.ts';
import type { CheckReport, RouteCheck } from '../../core/rules/types.ts';
import { buildCase, evidence, type BuildOptions, type Given } from './caseBuilder.ts';

const AT = new Date('2025-05-20T10:00:00+08:00');
const tx: Given[] = ['fact:txid', 'fact:amount', 'fact:time'];

function run(o: BuildOptions, at = AT, route?: string): CheckReport {
  return checkCase(buildCase({ givens: tx, ...o }), at, route ? { route } : {});
}
const entry = (r: CheckReport, id: string): RouteCheck | undefined => r.routes.find((x) => x.route === id);
const warningIds = (r: CheckReport, id: string): string[] => entry(r, id)?.warnings.map((w) => w.id) ?? [];

describe('warnings', () => {
  it.each([
    [199_999, ['fraud-threshold-below']],
    [299_999, ['fraud-threshold-below']],
    [300_000, ['fraud-threshold-check-local']],
    [999_999, ['fraud-threshold-check-local']],
    [1_000_000, []],
  ])('fraud threshold guidance at %i fen: %j', (amountFen, expected) => {
    expect(warningIds(run({ route: 'fraud', amountFen }), 'police-report')).toEqual(expected);
  });

  it('the fraud threshold is guidance: "check your local standard", and never blocks the report', () => {
    const report = run({ route: 'fraud', amountFen: 500_000 });
    const w = entry(report, 'police-report')?.warnings[0];
    expect(w?.message.zh).toContain('请查询当地标准');
    expect(w?.message.en).toContain('check your local standard');
    expect(w?.message.en).toContain('5,000.00');
    expect(w?.source).toContain('刑法 第266条');
    expect(report.next?.route).toBe('police-report');
  });

  it('no amount recorded: no threshold alarm', () => {
    const report = checkCase(buildCase({ route: 'fraud' }), AT);
    expect(warningIds(report, 'police-report')).toEqual([]);
  });

  it("the guide's 5,000-yuan civil-suit threshold is advice, not law", () => {
    const below = entry(run({ route: 'duplicate-charge', amountFen: 499_999 }), 'civil-suit')?.warnings ?? [];
    expect(below.map((w) => w.id)).toEqual(['civil-suit-threshold']);
    expect(below[0]?.message.en).toContain('not a legal limit');
    expect(below[0]?.source).toContain('§2.4');
    expect(warningIds(run({ route: 'duplicate-charge', amountFen: 500_000 }), 'civil-suit')).toEqual([]);
  });

  it('virtual goods past 7 days (to the minute), with the guide-vs-law note always shown', () => {
    const o = { route: 'virtual-goods', paymentTime: '2025-05-01T10:00:00+08:00' };
    const before = warningIds(run(o, new Date('2025-05-08T09:59:00+08:00')), 'virtual-goods');
    const after = run(o, new Date('2025-05-08T10:01:00+08:00'));
    expect(before).toEqual(['virtual-goods-law-differs']);
    expect(warningIds(after, 'virtual-goods')).toEqual([
      'virtual-goods-past-7-days',
      'virtual-goods-law-differs',
    ]);
    expect(entry(after, 'virtual-goods')?.warnings[0]?.message.zh).toContain('2025-05-08 10:00');
  });

  it('3-year limitation nearing, then passed', () => {
    const o = { route: 'not-received', paymentTime: '2022-06-01T12:00:00+08:00' };
    expect(warningIds(run(o, new Date('2024-06-01T12:00:00+08:00')), 'not-received')).toEqual([]);
    const near = entry(run(o, new Date('2025-01-01T12:00:00+08:00')), 'not-received')?.warnings ?? [];
    expect(near.map((w) => w.id)).toEqual(['limitation-nearing']);
    expect(near[0]?.message.en).toContain('2025-06-01 (151 days left)');
    expect(warningIds(run(o, new Date('2025-06-02T12:00:00+08:00')), 'not-received')).toEqual([
      'limitation-passed',
    ]);
  });

  it('warnings never change whether a rule is satisfied', () => {
    const givens: Given[] = [...tx, 'evidence:police-receipt', 'fact:counterparty'];
    const small = run({ route: 'fraud', givens, amountFen: 100 });
    expect(entry(small, 'fraud')?.satisfied).toBe(true);
  });
});

describe('next step', () => {
  it('fraud goes to the police first, urgently, with the freeze request and the hotlines', () => {
    const next = run({ route: 'fraud' }).next;
    expect(next).toMatchObject({
      route: 'police-report',
      stage: 'legal',
      urgent: true,
      hotlines: ['110', '96110'],
    });
    expect(next?.action.zh).toContain('紧急止付');
    // No merchant on the case: the 第55条 claim (it binds businesses only) is not offered.
    expect(next?.then).toEqual(['wechat-complaint', 'complaint-12315', 'civil-suit']);
  });

  it('a call to 110 does not close the police step; a 受案回执 (event, its number, or the photo) does', () => {
    const called = run({
      route: 'fraud',
      events: [{ date: '2025-05-18', kind: 'police', text: '拨打110报警' }],
    });
    expect(entry(called, 'police-report')?.done).toBe(false);
    expect(called.next?.route).toBe('police-report');
    const refused = run({
      route: 'fraud',
      events: [{ date: '2025-05-18', kind: 'police', text: '派出所不予立案' }],
    });
    expect(entry(refused, 'police-report')?.done).toBe(false);
    for (const text of ['派出所出具受案回执', '收到立案告知书']) {
      const done = run({ route: 'fraud', events: [{ date: '2025-05-18', kind: 'police', text }] });
      expect(entry(done, 'police-report')?.done, text).toBe(true);
    }
    const photo = run({ route: 'fraud', givens: [...tx, 'evidence:police-receipt'] });
    expect(entry(photo, 'police-report')?.done).toBe(true);
  });

  it('transfer scam: police first; once the report is on the timeline, the platform complaint (lock the account)', () => {
    expect(run({ route: 'transfer-scam' }).next?.route).toBe('police-report');
    const after = run({
      route: 'transfer-scam',
      events: [{ date: '2025-05-18', kind: 'police', text: '到派出所报案', ref: 'A3101152025051800001' }],
    });
    expect(entry(after, 'police-report')?.done).toBe(true);
    expect(after.next?.route).toBe('wechat-complaint');
    expect(after.next?.urgent).toBe(false);
  });

  it("not received follows the guide's order: cancel within 2 h, else merchant refund, then complaint, then legal", () => {
    const paid = new Date('2025-05-18T12:00:00+08:00').getTime();
    expect(run({ route: 'not-received' }, new Date(paid + 3600_000)).next?.route).toBe('user-cancellation');
    const later = run({ route: 'not-received' }, new Date(paid + 3 * 3600_000));
    expect(entry(later, 'user-cancellation')?.open).toBe(false);
    expect(later.next?.route).toBe('merchant-refund');
    expect(later.next?.then).toEqual(['wechat-complaint', 'complaint-12315', 'civil-suit']);
    const month = run({ route: 'not-received' }, new Date(paid + 31 * 86_400_000));
    expect(month.next?.route).toBe('wechat-complaint');
  });

  it('system interception is shown but never the step to take', () => {
    const report = run({
      route: 'fraud',
      events: [{ date: '2025-05-18', kind: 'police', text: '取得受案回执' }],
    });
    expect(entry(report, 'system-interception')?.processing?.hours).toEqual({ min: 24, max: 72 });
    expect(report.next?.route).toBe('wechat-complaint');
  });

  it('is null when every step is done or closed', () => {
    const events = [
      { date: '2025-05-18', kind: 'refund' as const, text: '商家拒绝' },
      { date: '2025-05-19', kind: 'complaint' as const, text: '微信投诉' },
      { date: '2025-05-19', kind: 'complaint' as const, text: '12315 投诉' },
      { date: '2025-05-20', kind: 'other' as const, text: '向法院起诉' },
    ];
    expect(run({ route: 'duplicate-charge', events }).next).toBeNull();
  });
});

describe('which rules apply', () => {
  it('the case route comes first, then its channels in order', () => {
    expect(run({ route: 'fraud' }).routes.map((r) => [r.route, r.stage])).toEqual([
      ['fraud', 'case-route'],
      ['police-report', 'legal'],
      ['system-interception', 'refund'],
      ['wechat-complaint', 'complaint'],
      ['complaint-12315', 'legal'],
      ['civil-suit', 'legal'],
    ]);
    // 第55条 binds a business: it applies once the other side is recorded as a merchant.
    expect(
      run({ route: 'fraud', givens: [...tx, 'fact:merchant-name'] }).routes.map((r) => r.route),
    ).toContain('consumer-compensation-55');
  });

  it('12315 and the art. 55 claim are for businesses: left out when the other side is a private person', () => {
    const ids = run({
      route: 'fraud',
      givens: [...tx, 'fact:counterparty-identifiers'],
      counterpartyKind: 'person',
    }).routes.map((r) => r.route);
    expect(ids).not.toContain('complaint-12315');
    expect(ids).not.toContain('consumer-compensation-55');
  });

  it('art. 55 estimate: three times the price, at least 500 yuan', () => {
    const est = (amountFen: number) =>
      entry(
        run({ route: 'fraud', amountFen, givens: [...tx, 'fact:merchant-name'] }),
        'consumer-compensation-55',
      )?.estimates?.[0]?.amountFen;
    expect(est(10_000)).toBe(50_000);
    expect(est(100_000)).toBe(300_000);
  });

  it('the WeChat complaint takes its processing time from the complaint type', () => {
    expect(entry(run({ route: 'duplicate-charge' }), 'wechat-complaint')?.processing?.workingDays).toEqual({
      min: 1,
      max: 3,
    });
    expect(entry(run({ route: 'cross-border' }), 'wechat-complaint')?.processing?.note?.en).toContain(
      'no processing time',
    );
  });

  it('opts.route: another case route, one channel, or a clear error', () => {
    expect(run({ route: 'fraud' }, AT, 'not-received').caseRoute).toBe('not-received');
    expect(run({ route: 'fraud' }, AT, 'civil-suit').routes.map((r) => r.route)).toEqual(['civil-suit']);
    expect(run({ route: 'cross-border' }, AT, 'police-report').routes.map((r) => r.route)).toEqual([
      'police-report',
    ]);
    expect(() => run({ route: 'fraud' }, AT, 'small-claims')).toThrow(UnknownRouteError);
    expect(() => run({ route: 'no-such-route' })).toThrow(/no-such-route/);
  });

  it('missing items carry the known obstacles (hidden txid → merchant back office)', () => {
    const report = checkCase(buildCase({ route: 'not-received' }), AT);
    const txid = entry(report, 'not-received')?.missing.find((m) => m.id === 'txid');
    expect(txid?.obstacles?.[0]?.howTo.zh).toContain('商户后台');
    expect(txid?.obstacles?.[0]?.source).toContain('§2.6');
  });
});

describe('purity and shape', () => {
  it('same input, same report; the snapshot is not touched; JSON round-trips', () => {
    const snapshot = buildCase({ route: 'transfer-scam', givens: [...tx, 'evidence:chat-screenshot'] });
    const frozen = structuredClone(snapshot);
    const a = checkCase(snapshot, AT);
    const b = checkCase(snapshot, AT);
    expect(a).toEqual(b);
    expect(snapshot).toEqual(frozen);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.at).toBe('2025-05-20T10:00:00+08:00');
  });

  const kinds = loadRulePack().evidenceKinds.map((k) => k.id);
  const routes = loadRulePack().routes.map((r) => r.id);
  it('invariants hold for random cases', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...routes),
        fc.array(fc.constantFrom(...kinds), { maxLength: 30 }),
        fc.subarray([
          'fact:txid',
          'fact:amount',
          'fact:time',
          'fact:counterparty',
          'fact:demand',
          'fact:narrative',
          'fact:merchant-name',
        ] as Given[]),
        fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }),
        (route, evidenceKinds, facts, at) => {
          const snap = buildCase({ route, givens: facts });
          snap.evidence = evidenceKinds.map((k, i) =>
            evidence(i + 1, k, i % 2 ? 'image/png' : 'application/pdf'),
          );
          const report = checkCase(snap, at);
          for (const r of report.routes) {
            const total = r.present.length + r.missing.length;
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(1);
            expect(r.satisfied).toBe(r.missing.length === 0);
            expect(r.score).toBeCloseTo(total === 0 ? 1 : r.present.length / total, 10);
            expect(r.source.length).toBeGreaterThan(0);
          }
          if (report.next)
            expect(report.routes.some((r) => r.route === report.next?.route && r.open && !r.done)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('诉求 (fact demand)', () => {
  const missingDemand = (claims: Partial<CaseSnapshot['case']['claims']>, demand = '') => {
    const snapshot = buildCase({ route: 'not-received', givens: tx });
    snapshot.case.claims = { ...snapshot.case.claims, ...claims };
    snapshot.case.demand = demand;
    const r = checkCase(snapshot, AT, { route: 'complaint-12315' });
    return entry(r, 'complaint-12315')?.missing.some((m) => m.kind === 'demand');
  };

  it('is missing with neither structured claims nor words', () => {
    expect(missingDemand({})).toBe(true);
    expect(missingDemand({}, '   ')).toBe(true);
  });

  it('counts the structured claims alone (a refund, rescission, compensation or interest)', () => {
    expect(missingDemand({ refundFen: 129_900 })).toBe(false);
    expect(missingDemand({ rescind: true })).toBe(false);
    expect(missingDemand({ compensation: 'triple' })).toBe(false);
    expect(missingDemand({ interest: true })).toBe(false);
  });

  it('still counts the words alone', () => {
    expect(missingDemand({}, '退还货款')).toBe(false);
  });
});
