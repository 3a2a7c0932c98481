/** `payproof check` and `payproof routes` through the real CLI on a temp vault. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import type { CheckReport, RulesList } from '../../core/rules/types.ts';

const tmp = useTempDirs();

async function vaultWithCase(type: string): Promise<{ vault: string; caseId: string }> {
  const vault = path.join(tmp(), 'vault');
  expect((await runCli(['init'], { vault })).code).toBe(0);
  const c = await runCli(
    ['case', 'create', '--title', '买手机未发货', '--type', type, '--counterparty', '某某数码', '--json'],
    { vault },
  );
  expect(c.code).toBe(0);
  return { vault, caseId: String((c.json as { id: number }).id) };
}

describe('payproof check', () => {
  it('prints the report as JSON, with deadlines on the holiday calendar as of --at (Beijing time)', async () => {
    const { vault, caseId } = await vaultWithCase('not-received');
    const pay = [
      'payment',
      'add',
      '--case',
      caseId,
      '--txid',
      '4200001879202309261251305441',
      '--amount',
      '2999.00',
      '--time',
      '2025-09-20 12:00:00',
    ];
    expect((await runCli(pay, { vault })).code).toBe(0);
    const filed = [
      'event',
      'add',
      '--case',
      caseId,
      '--date',
      '2025-09-26',
      '--text',
      '向12315投诉',
      '--ref',
      '1500012345',
      '--kind',
      'complaint',
    ];
    expect((await runCli(filed, { vault })).code).toBe(0);

    const r = await runCli(['check', '--case', caseId, '--at', '2025-09-26 15:00', '--json'], { vault });
    expect(r.code).toBe(0);
    const report = r.json as CheckReport;
    expect(report.at).toBe('2025-09-26T15:00:00+08:00');
    expect(report.routes[0]).toMatchObject({
      route: 'not-received',
      satisfied: false,
      source: expect.stringContaining('§2.2'),
    });
    for (const route of report.routes) {
      expect(typeof route.satisfied).toBe('boolean');
      expect(route.score).toBeGreaterThanOrEqual(0);
      expect(route.score).toBeLessThanOrEqual(1);
      for (const m of route.missing)
        expect(m).toMatchObject({
          id: expect.any(String),
          kind: expect.any(String),
          howTo: { zh: expect.any(String), en: expect.any(String) },
        });
    }
    expect(report.routes[0]?.missing.map((m) => m.id)).toEqual(['logistics', 'merchant-communication']);
    const acceptance = report.routes
      .find((x) => x.route === 'complaint-12315')
      ?.deadlines.find((d) => d.id === 'acceptance-12315');
    expect(acceptance).toMatchObject({ date: '2025-10-13', workingDays: 7, basis: 'filed' }); // across National Day, 调休 included
    expect(report.next?.route).toBe('merchant-refund'); // the 2-hour cancellation window has closed
  });

  it('--route narrows to one channel; the text form leads with the next step', async () => {
    const { vault, caseId } = await vaultWithCase('fraud');
    const one = await runCli(
      ['check', '--case', caseId, '--route', 'police-report', '--at', '2025-05-20 10:00', '--json'],
      { vault },
    );
    expect((one.json as CheckReport).routes.map((x) => x.route)).toEqual(['police-report']);
    const text = await runCli(['check', '--case', caseId, '--at', '2025-05-20 10:00'], { vault });
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[1]).toContain('police-report');
    expect(text.stdout).toContain('96110');
  });

  it('refuses an unknown route, a malformed --at and a missing case with a clear error', async () => {
    const { vault, caseId } = await vaultWithCase('fraud');
    const bad = await runCli(['check', '--case', caseId, '--route', 'small-claims', '--json'], { vault });
    expect(bad.code).toBe(1);
    expect(bad.json).toMatchObject({ error: { code: 'unknown-route' } });
    expect(bad.stderr).toContain('police-report');
    expect(
      (await runCli(['check', '--case', caseId, '--at', '2025-02-30 10:00', '--json'], { vault })).json,
    ).toMatchObject({ error: { code: 'time-invalid' } });
    expect((await runCli(['check', '--case', '99', '--json'], { vault })).json).toMatchObject({
      error: { code: 'not-found' },
    });
  });
});

describe('payproof routes', () => {
  it('lists case routes, channels and evidence kinds with their ids', async () => {
    const vault = path.join(tmp(), 'vault');
    const r = await runCli(['routes', '--json'], { vault });
    expect(r.code).toBe(0);
    const list = r.json as RulesList;
    expect(list.routes.map((x) => x.id)).toEqual([
      'fraud',
      'not-received',
      'duplicate-charge',
      'transfer-scam',
      'virtual-goods',
      'cross-border',
    ]);
    expect(list.channels.map((x) => x.id)).toContain('complaint-12315');
    expect(list.evidenceKinds.map((x) => x.id)).toContain('chat-backup');
    expect((await runCli(['routes'], { vault })).stdout).toContain('not-activated-proof');
  });
});
