/**
 * How fast checkCase is on a big case: 1,000 evidence items (budget: under 5 ms per check).
 * Run: npx tsx bench/rules.bench.ts [evidenceCount]
 *
 * Prints the figures against two baselines run in the same process on the same generated input:
 *  - floor: one bare loop over the evidence (the least work any checker must do);
 *  - naive: a checker that scans the evidence array for every requirement alternative of every rule.
 * Inputs are generated from a fixed seed, so runs are comparable. Exits 1 when over budget.
 */
import type { CaseSnapshot, EvidenceItem, Payment } from '../core/domain/types.ts';
import { checkCase } from '../core/rules/check.ts';
import { loadRulePack } from '../core/rules/pack.ts';
import { caseRecord, counterpartyRecord, profileRecord } from '../tests/helpers/records.ts';

const BUDGET_MS = 5;
const EVIDENCE = Number(process.argv[2] ?? 1000);
const AT = new Date('2025-05-20T10:00:00+08:00');

/** mulberry32: a tiny seeded PRNG, so the generated case is the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCase(evidenceCount: number): CaseSnapshot {
  const rand = rng(20250520);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const kinds = loadRulePack()
    .evidenceKinds.map((k) => k.id)
    .filter((k) => k !== 'police-receipt');
  const mimes = ['image/png', 'image/jpeg', 'application/pdf', 'text/csv', 'audio/mp4', 'video/mp4'];
  const evidence: EvidenceItem[] = Array.from({ length: evidenceCount }, (_, i) => ({
    id: i + 1,
    caseId: 1,
    kind: pick(kinds),
    title: `item ${i + 1}`,
    description: '',
    capturedAt: null,
    capturedAtSource: null,
    originalName: `file-${i + 1}`,
    fileModifiedAt: null,
    size: 1000 + i,
    mime: pick(mimes),
    sha256: String(i).padStart(64, '0'),
    addedAt: '2025-05-19T09:00:00+08:00',
    paymentIds: [],
  }));
  const payments: Payment[] = Array.from({ length: 50 }, (_, i) => ({
    id: i + 1,
    caseId: 1,
    source: 'bill',
    txid: `42000023452025051${String(i).padStart(11, '0')}`,
    merchantOrderId: null,
    time: `2025-05-${String(1 + (i % 18)).padStart(2, '0')}T12:00:00+08:00`,
    amountFen: 1000 + Math.floor(rand() * 100_000),
    direction: i % 7 === 0 ? 'income' : 'expense',
    type: '商户消费',
    method: '零钱',
    receivingAccount: '',
    revision: 1,
    status: '支付成功',
    refundedFen: null,
    counterparty: '某某旗舰店',
    counterpartyId: null,
    note: '',
    billEvidenceId: null,
    billRow: i + 17,
    createdAt: '2025-05-19T09:00:00+08:00',
  }));
  return {
    case: caseRecord({
      title: 'bench',
      narrative: '经过'.repeat(100),
      demand: '退款',
      place: '上海',
      createdAt: '',
      updatedAt: '',
    }),
    profile: profileRecord({
      name: '张三',
      idNumber: '110101199003070000',
      phone: '13800000000',
      address: '上海',
    }),
    counterparties: Array.from({ length: 10 }, (_, i) =>
      counterpartyRecord(i + 1, {
        name: `对方${i}`,
        kind: i === 0 ? 'merchant' : 'person',
        wechatNicknames: [`nick${i}`],
        wechatIds: [`wxid_${i}`],
      }),
    ),
    payments,
    evidence,
    events: Array.from({ length: 20 }, (_, i) => ({
      id: i + 1,
      caseId: 1,
      date: `2025-05-${String(1 + i).padStart(2, '0')}`,
      text: i === 3 ? '微信支付投诉' : '联系对方',
      ref: '',
      kind: i === 3 ? 'complaint' : 'contact',
      createdAt: '',
      revision: 1,
    })),
    documents: [],
  };
}

/** Baseline: the least work — one pass over the evidence. */
function floor(s: CaseSnapshot): number {
  let n = 0;
  for (const e of s.evidence) if (e.kind.length > 0) n += 1;
  return n;
}

/** Baseline: a naive checker — rescans all evidence for every alternative of every requirement of every rule. */
function naive(s: CaseSnapshot): number {
  const pack = loadRulePack();
  const route = pack.index.route.get(s.case.route);
  if (!route) return 0;
  const rules = [
    route,
    ...route.channels.map((c) => pack.index.channel.get(c)).filter((c) => c !== undefined),
  ];
  let met = 0;
  for (const rule of rules) {
    for (const req of rule.requirements.allOf) {
      const atoms = 'anyOf' in req ? req.anyOf : 'kind' in req ? [{ kind: req.kind }] : [];
      const ids = atoms.flatMap((a) =>
        'kind' in a ? s.evidence.filter((e) => e.kind === a.kind).map((e) => e.id) : [],
      );
      if (ids.length > 0) met += 1;
    }
  }
  return met;
}

function time(
  label: string,
  fn: () => unknown,
  iterations: number,
): { label: string; median: number; p95: number } {
  for (let i = 0; i < Math.min(50, iterations); i++) fn(); // warm the JIT
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { label, median: at(0.5), p95: at(0.95) };
}

const t0 = performance.now();
loadRulePack();
const packMs = performance.now() - t0;
const snapshot = generateCase(EVIDENCE);
const first0 = performance.now();
checkCase(snapshot, AT);
const firstMs = performance.now() - first0;

const results = [
  time('checkCase (fraud route, 7 rules)', () => checkCase(snapshot, AT), 2000),
  time('baseline: one bare loop over evidence', () => floor(snapshot), 2000),
  time('baseline: naive rescanning checker', () => naive(snapshot), 2000),
];
const [check, floorRun, naiveRun] = results as [
  (typeof results)[0],
  (typeof results)[0],
  (typeof results)[0],
];

console.log(
  `generated input: 1 case, ${snapshot.evidence.length} evidence items over ${new Set(snapshot.evidence.map((e) => e.kind)).size} kinds, ` +
    `${snapshot.payments.length} payments, ${snapshot.counterparties.length} counterparties, ${snapshot.events.length} timeline events (seed 20250520)`,
);
console.log(
  `rule pack load + validation (once, cached): ${packMs.toFixed(2)} ms; first check (cold): ${firstMs.toFixed(2)} ms`,
);
for (const r of results)
  console.log(`${r.label.padEnd(40)} median ${r.median.toFixed(4)} ms   p95 ${r.p95.toFixed(4)} ms`);
console.log(
  `checkCase / bare loop: ${(check.median / floorRun.median).toFixed(1)}×   naive / checkCase: ${(naiveRun.median / check.median).toFixed(1)}×`,
);
const ok = check.p95 < BUDGET_MS;
console.log(
  `${ok ? 'PASS' : 'FAIL'}: checkCase p95 ${check.p95.toFixed(3)} ms vs budget ${BUDGET_MS} ms for ${EVIDENCE} evidence items`,
);
if (!ok) process.exitCode = 1;
