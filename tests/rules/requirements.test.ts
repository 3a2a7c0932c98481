/**
 * Per rule, table-driven: nothing present, exactly enough, one item short, and every any-of group
 * met by each of its alternatives. The tables are written by hand from DOMAIN.md §2.2, §2.5 and §3.2,
 * not generated from the pack, so a data change that drops a requirement shows up here.
 */
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../core/rules/check.ts';
import { buildCase, type Given } from './caseBuilder.ts';

interface Item {
  req: string;
  give: Given;
  /** Other requirements that also fail without this given (e.g. the route's own evidence needs the txid too). */
  alsoMissing?: string[];
}
interface Row {
  rule: string;
  /** The case route the rule is checked under (a case route row checks itself). */
  caseRoute: string;
  items: Item[];
  anyOf?: Record<string, string[]>;
}

const tx = (alsoMissing?: string[]): Item[] => [
  { req: 'txid', give: 'fact:txid', ...(alsoMissing ? { alsoMissing } : {}) },
  { req: 'amount', give: 'fact:amount', ...(alsoMissing ? { alsoMissing } : {}) },
  { req: 'time', give: 'fact:time', ...(alsoMissing ? { alsoMissing } : {}) },
];
const voucher = ['payment-screenshot', 'bill-export', 'e-receipt'];
const chats = ['chat-screenshot', 'chat-backup', 'recording'];

const caseRoutes: Row[] = [
  {
    rule: 'fraud',
    caseRoute: 'fraud',
    items: [
      { req: 'fraud-proof', give: 'evidence:police-receipt' },
      ...tx(),
      { req: 'counterparty', give: 'fact:counterparty' },
    ],
    anyOf: { 'fraud-proof': ['police-receipt', 'recording', 'chat-screenshot'] },
  },
  {
    rule: 'not-received',
    caseRoute: 'not-received',
    items: [
      { req: 'logistics', give: 'evidence:logistics' },
      { req: 'merchant-communication', give: 'evidence:merchant-communication' },
      ...tx(),
      { req: 'counterparty', give: 'fact:counterparty' },
    ],
    anyOf: { 'merchant-communication': ['merchant-communication', 'chat-screenshot', 'chat-backup'] },
  },
  {
    rule: 'duplicate-charge',
    caseRoute: 'duplicate-charge',
    items: [
      { req: 'transaction-record', give: 'evidence:payment-screenshot' },
      { req: 'bank-statement', give: 'evidence:bank-statement' },
      ...tx(),
      { req: 'counterparty', give: 'fact:counterparty' },
    ],
    anyOf: { 'transaction-record': ['payment-screenshot', 'bill-export'] },
  },
  {
    rule: 'transfer-scam',
    caseRoute: 'transfer-scam',
    items: [
      { req: 'transfer-record', give: 'evidence:e-receipt' },
      { req: 'chat-evidence', give: 'evidence:recording' },
      { req: 'counterparty-profile', give: 'evidence:counterparty-profile' },
      ...tx(),
      { req: 'counterparty-identifiers', give: 'fact:counterparty-identifiers' },
    ],
    anyOf: { 'transfer-record': voucher, 'chat-evidence': chats },
  },
  {
    rule: 'virtual-goods',
    caseRoute: 'virtual-goods',
    items: [
      { req: 'not-activated', give: 'evidence:not-activated-proof' },
      { req: 'transaction-record', give: 'evidence:bill-export' },
      { req: 'product-page', give: 'evidence:product-page' },
      ...tx(),
      { req: 'counterparty', give: 'fact:counterparty' },
    ],
    anyOf: { 'transaction-record': voucher },
  },
  {
    rule: 'cross-border',
    caseRoute: 'cross-border',
    items: [
      { req: 'transaction-record', give: 'evidence:payment-screenshot' },
      { req: 'communication', give: 'evidence:chat-backup' },
      ...tx(),
      { req: 'counterparty', give: 'fact:counterparty' },
    ],
    anyOf: {
      communication: ['merchant-communication', 'chat-screenshot', 'chat-backup'],
      'transaction-record': voucher,
    },
  },
];

const routeEvidence = (caseRoute: string): Item => ({
  req: 'route-evidence',
  give: `fact:route-evidence:${caseRoute}` as Given,
});

const channels: Row[] = [
  {
    rule: 'merchant-refund',
    caseRoute: 'not-received',
    items: [
      { req: 'txid', give: 'fact:txid' },
      { req: 'amount', give: 'fact:amount' },
      { req: 'counterparty', give: 'fact:counterparty' },
    ],
  },
  {
    rule: 'user-cancellation',
    caseRoute: 'not-received',
    items: [
      { req: 'txid', give: 'fact:txid' },
      { req: 'time', give: 'fact:time' },
    ],
  },
  { rule: 'system-interception', caseRoute: 'fraud', items: [] },
  {
    rule: 'wechat-complaint',
    caseRoute: 'duplicate-charge',
    items: [
      { req: 'txid', give: 'fact:txid', alsoMissing: ['route-evidence'] },
      routeEvidence('duplicate-charge'),
      { req: 'description', give: 'fact:complaint-description' },
      { req: 'image-voucher', give: 'fact:image-voucher' },
    ],
  },
  {
    rule: 'police-report',
    caseRoute: 'fraud',
    items: [
      { req: 'reporter-identity', give: 'fact:reporter-identity' },
      { req: 'suspect-identifiers', give: 'fact:counterparty-identifiers' },
      { req: 'amount', give: 'fact:amount' },
      { req: 'time', give: 'fact:time' },
      { req: 'txid', give: 'fact:txid' },
      { req: 'narrative', give: 'fact:narrative' },
      { req: 'place', give: 'fact:place' },
      { req: 'transfer-record', give: 'evidence:bill-export' },
      { req: 'chat-evidence', give: 'evidence:chat-backup' },
    ],
    anyOf: { 'transfer-record': voucher, 'chat-evidence': chats },
  },
  {
    rule: 'complaint-12315',
    caseRoute: 'not-received',
    items: [
      { req: 'merchant-name', give: 'fact:merchant-name' },
      { req: 'merchant-credit-code', give: 'fact:merchant-credit-code' },
      { req: 'transaction-voucher', give: 'evidence:payment-screenshot' },
      { req: 'amount', give: 'fact:amount', alsoMissing: ['problem-evidence'] },
      { req: 'time', give: 'fact:time', alsoMissing: ['problem-evidence'] },
      { req: 'problem-evidence', give: 'fact:route-evidence:not-received' as Given },
      { req: 'demand', give: 'fact:demand' },
    ],
    anyOf: { 'transaction-voucher': voucher },
  },
  {
    rule: 'consumer-compensation-55',
    caseRoute: 'fraud',
    items: [
      { req: 'fraud-evidence', give: 'fact:route-evidence:fraud' as Given },
      { req: 'transaction-voucher', give: 'evidence:e-receipt' },
      { req: 'product-page', give: 'evidence:product-page' },
      { req: 'merchant-name', give: 'fact:merchant-name' },
      { req: 'demand', give: 'fact:demand' },
    ],
    anyOf: { 'transaction-voucher': voucher },
  },
  {
    rule: 'civil-suit',
    caseRoute: 'duplicate-charge',
    items: [
      { req: 'plaintiff-identity', give: 'fact:reporter-identity' },
      { req: 'defendant', give: 'fact:counterparty', alsoMissing: ['route-evidence'] },
      { req: 'defendant-identifiers', give: 'fact:counterparty-identifiers' },
      { req: 'demand', give: 'fact:demand' },
      { req: 'narrative', give: 'fact:narrative' },
      { req: 'transaction-voucher', give: 'evidence:payment-screenshot', alsoMissing: ['route-evidence'] },
      routeEvidence('duplicate-charge'),
    ],
  },
  {
    rule: 'international-arbitration',
    caseRoute: 'cross-border',
    items: [
      { req: 'forex-declaration', give: 'evidence:forex-declaration' },
      routeEvidence('cross-border'),
      { req: 'counterparty', give: 'fact:counterparty', alsoMissing: ['route-evidence'] },
      { req: 'demand', give: 'fact:demand' },
    ],
  },
];

/** `fact:route-evidence:<route>` stands for the givens of that route's own row, except those this row lists itself. */
function expand(row: Row, items: readonly Item[]): Given[] {
  const own = new Set(row.items.filter((i) => !i.give.startsWith('fact:route-evidence')).map((i) => i.give));
  const out: Given[] = [];
  for (const item of items) {
    if (!item.give.startsWith('fact:route-evidence')) {
      out.push(item.give);
      continue;
    }
    const route = caseRoutes.find((r) => r.rule === row.caseRoute);
    if (!route) throw new Error(`no row for case route ${row.caseRoute}`);
    for (const i of route.items) if (!own.has(i.give)) out.push(i.give);
  }
  return out;
}

const AT = new Date('2025-05-20T10:00:00+08:00');

function check(row: Row, givens: Given[]) {
  const snapshot = buildCase({ route: row.caseRoute, givens });
  const report = checkCase(snapshot, AT, row.rule === row.caseRoute ? {} : { route: row.rule });
  const entry = report.routes.find((r) => r.route === row.rule);
  if (!entry) throw new Error(`${row.rule} not in the report`);
  return entry;
}

describe.each([...caseRoutes, ...channels])('rule $rule (case route $caseRoute)', (row) => {
  const ids = row.items.map((i) => i.req);

  it('nothing present: every requirement missing, score 0', () => {
    const entry = check(row, []);
    expect(entry.missing.map((m) => m.id)).toEqual(ids);
    expect(entry.present).toEqual([]);
    expect(entry.satisfied).toBe(ids.length === 0);
    expect(entry.score).toBe(ids.length === 0 ? 1 : 0);
  });

  it('exactly enough: satisfied, score 1, each requirement present', () => {
    const entry = check(row, expand(row, row.items));
    expect(entry.missing).toEqual([]);
    expect(entry.satisfied).toBe(true);
    expect(entry.score).toBe(1);
    expect(entry.present.map((p) => p.id)).toEqual(ids);
  });

  it.each(row.items.map((item) => ({ ...item, label: item.req })))(
    'one item short: without $label',
    (item) => {
      const entry = check(
        row,
        expand(
          row,
          row.items.filter((i) => i.req !== item.req),
        ),
      );
      const expected = ids.filter((id) => id === item.req || item.alsoMissing?.includes(id));
      expect(entry.missing.map((m) => m.id)).toEqual(expected);
      expect(entry.satisfied).toBe(false);
      expect(entry.score).toBeCloseTo((ids.length - expected.length) / ids.length, 10);
      for (const m of entry.missing) {
        expect(m.howTo.zh.length).toBeGreaterThan(0);
        expect(m.howTo.en.length).toBeGreaterThan(0);
      }
    },
  );

  const groups = Object.entries(row.anyOf ?? {}).flatMap(([req, alts]) => alts.map((alt) => ({ req, alt })));
  it.runIf(groups.length > 0).each(groups)('any-of $req met by $alt alone', ({ req, alt }) => {
    const item = row.items.find((i) => i.req === req);
    if (!item) throw new Error(`no item ${req}`);
    const givens = expand(
      row,
      row.items.filter((i) => i.req !== item.req),
    );
    const entry = check(row, [...givens, `evidence:${alt}`]);
    expect(entry.satisfied).toBe(true);
    expect(entry.present.find((p) => p.id === req)?.kind).toBe(alt);
  });
});

describe('an any-of group that is missing', () => {
  it('names the first alternative as its kind and lists every alternative with its own how-to', () => {
    const entry = check(caseRoutes[0] as Row, []);
    const group = entry.missing.find((m) => m.id === 'fraud-proof');
    expect(group?.kind).toBe('police-receipt');
    expect(group?.anyOf?.map((a) => a.kind)).toEqual(['police-receipt', 'recording', 'chat-screenshot']);
    expect(group?.anyOf?.every((a) => a.howTo.zh && a.howTo.en)).toBe(true);
  });
});
