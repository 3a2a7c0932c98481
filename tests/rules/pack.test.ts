/**
 * The rule pack as data: stable ids, a source on every rule, every how-to in both languages, loud
 * failures for malformed packs (file + JSON path), and a new route added by data alone.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCase } from '../../core/rules/check.ts';
import { RulePackError, defaultRulesDir, loadRulePack } from '../../core/rules/pack.ts';
import { buildCase } from './caseBuilder.ts';

const pack = loadRulePack();
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the real pack in a temp dir, with one file edited. */
function packWith(
  file: string,
  edit: (json: Record<string, unknown[]> & Record<string, unknown>) => void,
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-rules-'));
  temps.push(dir);
  cpSync(defaultRulesDir, dir, { recursive: true });
  const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown[]> &
    Record<string, unknown>;
  edit(json);
  writeFileSync(path.join(dir, file), JSON.stringify(json, null, 2));
  return dir;
}

function loadError(dir: string): RulePackError {
  try {
    loadRulePack(dir);
  } catch (err) {
    if (err instanceof RulePackError) return err;
    throw err;
  }
  throw new Error('expected the pack to fail');
}

type Obj = Record<string, unknown>;
const at = (list: unknown[], i: number): Obj => list[i] as Obj;

describe('stable ids', () => {
  it('keeps every case route id the vault already stores', () => {
    expect(pack.routes.map((r) => r.id)).toEqual([
      'fraud',
      'not-received',
      'duplicate-charge',
      'transfer-scam',
      'virtual-goods',
      'cross-border',
    ]);
  });

  it('keeps every evidence kind id the vault already stores', () => {
    expect(pack.evidenceKinds.map((k) => k.id)).toEqual([
      'payment-screenshot',
      'bill-export',
      'e-receipt',
      'bank-statement',
      'chat-screenshot',
      'chat-backup',
      'counterparty-profile',
      'merchant-communication',
      'logistics',
      'recording',
      'police-receipt',
      'complaint-record',
      'product-page',
      'not-activated-proof',
      'forex-declaration',
      'other',
    ]);
    for (const k of pack.evidenceKinds) expect(k.name.zh && k.name.en).toBeTruthy();
  });

  it('covers the refund paths and legal channels of the guide and the law', () => {
    expect(pack.channels.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'merchant-refund',
        'user-cancellation',
        'system-interception',
        'wechat-complaint',
        'police-report',
        'complaint-12315',
        'civil-suit',
        'consumer-compensation-55',
      ]),
    );
  });
});

describe('sources and how-tos', () => {
  const rules = [...pack.routes, ...pack.channels];

  it.each(rules.map((r) => ({ id: r.id, rule: r })))('rule $id has at least one known source', ({ rule }) => {
    expect(rule.source.length).toBeGreaterThan(0);
    for (const s of rule.source) expect(pack.index.source.has(s.ref)).toBe(true);
    for (const c of rule.clocks ?? []) expect(c.source.length).toBeGreaterThan(0);
  });

  it('every warning, fact, evidence kind and obstacle has a source', () => {
    for (const list of [pack.warnings, pack.facts, pack.evidenceKinds, pack.obstacles]) {
      for (const item of list) expect(item.source.length, item.id).toBeGreaterThan(0);
    }
  });

  it('every how-to exists in zh and en (kinds, facts, obstacles, rule overrides, actions)', () => {
    const texts = [
      ...pack.evidenceKinds.map((k) => k.howTo),
      ...pack.facts.map((f) => f.howTo),
      ...pack.obstacles.flatMap((o) => [o.howTo, o.problem, o.note]),
      ...pack.channels.map((c) => c.action),
      ...rules.flatMap((r) => r.requirements.allOf.flatMap((q) => (q.howTo ? [q.howTo] : []))),
      ...pack.warnings.map((w) => w.message),
    ];
    for (const t of texts) {
      expect(t.zh.trim()).not.toBe('');
      expect(t.en.trim()).not.toBe('');
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/); // really Chinese, not a copy of the English
    }
  });

  it("carries the guide's obstacles table (§2.6)", () => {
    const text = pack.obstacles.map((o) => `${o.howTo.zh} ${o.note.zh}`).join(' ');
    expect(text).toContain('商户后台');
    expect(text).toContain('电脑版微信');
    expect(text).toContain('0.6');
  });

  it('shows the guide and the law side by side where they differ (virtual goods)', () => {
    const vg = pack.index.route.get('virtual-goods');
    expect(vg?.source.map((s) => s.ref)).toEqual(
      expect.arrayContaining(['guide', 'ntm-2014', 'ntsm-2021', 'cpl-25']),
    );
    expect(pack.index.source.get('ntm-2014')?.supersededBy).toBe('ntsm-2021');
  });
});

describe('a malformed pack fails loudly, naming the file and the JSON path', () => {
  it('a missing field deep inside a rule', () => {
    const dir = packWith('channels.json', (j) => {
      delete (at(j['channels'] as unknown[], 0)['name'] as Obj)['en'];
    });
    const err = loadError(dir);
    expect(err.file).toBe(path.join(dir, 'channels.json'));
    expect(err.issuePath).toBe('$.channels[0].name.en');
    expect(err.message).toContain('channels.json');
  });

  it('a misspelt key inside a requirement (union branches are followed to the real mistake)', () => {
    const dir = packWith('routes.json', (j) => {
      const req = ((at(j['routes'] as unknown[], 1)['requirements'] as Obj)['allOf'] as Obj[])[0] as Obj;
      req['kinds'] = req['kind'];
      delete req['kind'];
    });
    const err = loadError(dir);
    expect(err.file).toBe(path.join(dir, 'routes.json'));
    expect(err.issuePath).toMatch(/^\$\.routes\[1\]\.requirements\.allOf\[0\]/);
  });

  it('an unknown evidence kind in a requirement', () => {
    const dir = packWith('routes.json', (j) => {
      const req = ((at(j['routes'] as unknown[], 0)['requirements'] as Obj)['allOf'] as Obj[])[0] as Obj;
      (req['anyOf'] as Obj[])[1] = { kind: 'voice-memo' };
    });
    const err = loadError(dir);
    expect(err.issuePath).toBe('$.routes[0].requirements.allOf[0].anyOf[1].kind');
    expect(err.detail).toContain('voice-memo');
  });

  it('a rule without a source', () => {
    const dir = packWith('channels.json', (j) => {
      at(j['channels'] as unknown[], 2)['source'] = [];
    });
    expect(loadError(dir).issuePath).toBe('$.channels[2].source');
  });

  it('an unknown source, a duplicate id, a bad pattern, broken JSON', () => {
    const unknownSource = packWith('facts.json', (j) => {
      at(j['facts'] as unknown[], 0)['source'] = [{ ref: 'hearsay' }];
    });
    expect(loadError(unknownSource).issuePath).toBe('$.facts[0].source[0].ref');

    const duplicate = packWith('evidence-kinds.json', (j) => {
      at(j['kinds'] as unknown[], 1)['id'] = 'payment-screenshot';
    });
    expect(loadError(duplicate).issuePath).toBe('$.kinds[1].id');

    const badPattern = packWith('evidence-kinds.json', (j) => {
      (at(j['kinds'] as unknown[], 0)['hints'] as Obj)['namePatterns'] = ['账单(详情'];
    });
    expect(loadError(badPattern).issuePath).toBe('$.kinds[0].hints.namePatterns[0]');

    const dir = mkdtempSync(path.join(tmpdir(), 'payproof-rules-'));
    temps.push(dir);
    cpSync(defaultRulesDir, dir, { recursive: true });
    writeFileSync(path.join(dir, 'warnings.json'), '{ "warnings": [ ');
    const err = loadError(dir);
    expect(err.file).toBe(path.join(dir, 'warnings.json'));
    expect(err.issuePath).toBe('$');
  });

  it('a warning that watches a clock its rule does not have', () => {
    const dir = packWith('channels.json', (j) => {
      at(j['channels'] as unknown[], 0)['warnings'] = ['limitation-nearing'];
    });
    const err = loadError(dir);
    expect(err.issuePath).toBe('$.channels[0].warnings[0]');
    expect(err.detail).toContain('limitation');
  });
});

describe('adding a route is a data change', () => {
  it('a new case route in routes.json is checked without any code change', () => {
    const dir = packWith('routes.json', (j) => {
      (j['routes'] as unknown[]).push({
        id: 'fake-investment',
        kind: 'scenario',
        name: { zh: '虚假投资理财', en: 'Fake investment' },
        summary: {
          zh: '虚假投资平台骗取转账：立即报警。',
          en: 'A fake investment platform took transfers: report to the police at once.',
        },
        requirements: {
          allOf: [
            {
              id: 'transfer-record',
              label: { zh: '转账记录', en: 'Transfer record' },
              anyOf: [{ kind: 'payment-screenshot' }, { kind: 'bill-export' }],
            },
            { id: 'platform-page', kind: 'product-page' },
            { id: 'txid', fact: 'txid' },
          ],
        },
        channels: ['police-report', 'wechat-complaint'],
        source: [{ ref: 'police-channel' }],
      });
    });
    const report = checkCase(
      buildCase({ route: 'fake-investment', givens: ['evidence:bill-export', 'fact:txid'] }),
      new Date('2025-05-20T10:00:00+08:00'),
      {
        rulesDir: dir,
      },
    );
    expect(report.routes.map((r) => r.route)).toEqual([
      'fake-investment',
      'police-report',
      'wechat-complaint',
    ]);
    expect(report.routes[0]?.missing.map((m) => m.id)).toEqual(['platform-page']);
    expect(report.next?.route).toBe('police-report');
    expect(loadRulePack(dir).routes.some((r) => r.id === 'fake-investment')).toBe(true);
  });
});
