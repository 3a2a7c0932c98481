/**
 * `bill import` benchmark, the command a person runs: `npm run bench:importers` (or
 * `npx tsx bench/billImport.bench.ts [--rows N] [--repeat N]`).
 *
 * Generates a WeChat CSV of 100,000 rows (UTF-8 BOM, CRLF, 2019 quoting) into bench/out/, then,
 * each run of each phase in its own child process (so its peak RSS is its own; phases interleaved
 * run by run), the median of --repeat runs:
 *   baseline        csv-parse (sync, from the header line: its fastest correct configuration here)
 *                   of the CSV + a bare better-sqlite3 prepared INSERT of the raw fields into a
 *                   throw-away table, one transaction: the floor for "read + store"
 *   handler         invoke('bill.import') on a fresh real vault (temp dir, migrations, a case):
 *                   read, parse, store the object, dedupe, counterparties, payments, links, audit
 *   handler-again   the same bill imported a second time into that vault: every row is a duplicate,
 *                   so this times the dedupe lookups alone
 *   cli             `node bin/payproof.mjs --vault V bill import FILE --case 1 --json` (every row is
 *                   the default pick) in a child, wall time; its peak RSS comes from a preload
 *   cli-startup     `node bin/payproof.mjs --vault V case list --json` on the same kind of vault:
 *                   loading the CLI and opening the vault, reported apart and subtracted
 * Every phase checks its result (rows imported, payments counted in the vault), so a fast wrong
 * import cannot pass as fast.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { parse as csvParse } from 'csv-parse/sync';
import { invoke } from '../core/api/dispatch.ts';
import { createVaultContext } from '../core/api/vaultContext.ts';
import { sampleRows } from '../tests/importers/helpers/sampleRows.ts';
import { wechatCsv } from '../tests/importers/helpers/wechatFixtures.ts';

const argValue = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = argValue('--rows', 100_000);
const REPEAT = argValue('--repeat', 3);
const TARGET_ROWS_PER_S = 100_000;
const TARGET_RSS_MB = 300;
const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const CSV_FILE = path.join(OUT, `wechat-${ROWS}.csv`);
const BIN = fileURLToPath(new URL('../bin/payproof.mjs', import.meta.url));
const RSS_PRELOAD = fileURLToPath(new URL('./reportPeakRss.mjs', import.meta.url));
const PHASES = ['baseline', 'handler', 'handler-again', 'cli', 'cli-startup'] as const;
type Phase = (typeof PHASES)[number];

interface Run {
  rows: number;
  ms: number;
  /** CPU time (user + system) of the measured part: on a shared, loaded machine wall time mostly
   * measures the neighbours, CPU time much less so. */
  cpuMs: number;
  peakRssMB: number;
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'payproof-bench-'));
const selfRssMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

function baseline(): Run {
  const dir = tempDir();
  try {
    const db = new Database(path.join(dir, 'bench.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const cols = 12;
    db.exec(`CREATE TABLE payments (${Array.from({ length: cols }, (_, i) => `c${i}`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO payments VALUES (${Array(cols).fill('?').join(', ')})`);
    const t0 = performance.now();
    const c0 = cpuNow();
    const bytes = readFileSync(CSV_FILE);
    // csv-parse's fastest correct configuration for a bill: start at the header line. Parsed from
    // line 1, the 9-cell preamble sets the expected record length and every 11-cell data row then
    // builds a CsvError (stack, JSON copy of the record) that relax_column_count swallows: 8.6 s
    // instead of ~2.5 s for 100,000 rows. Rows where the 2019 export left a comma unquoted in 交易对方
    // still pay for one each (relax_column_count is needed for them).
    const header = bytes.indexOf(Buffer.from('\n交易时间,'));
    let headerLine = 2;
    for (let i = bytes.indexOf(10); i >= 0 && i < header; i = bytes.indexOf(10, i + 1)) headerLine++;
    const records: string[][] = csvParse(bytes, {
      bom: true,
      from_line: headerLine,
      relax_quotes: true,
      relax_column_count: true,
    });
    if (records[0]?.[0] !== '交易时间') throw new Error(`baseline: no header at line ${headerLine}`);
    let n = 0;
    db.transaction(() => {
      for (let i = 1; i < records.length; i++) {
        insert.run(headerLine + i, ...(records[i] as string[]).slice(0, cols - 1));
        n++;
      }
    })();
    const ms = performance.now() - t0;
    const cpuMs = cpuNow() - c0;
    const count = (db.prepare('SELECT count(*) AS c FROM payments').get() as { c: number }).c;
    db.close();
    if (count !== n || n !== ROWS) throw new Error(`baseline: inserted ${count}, counted ${n}, want ${ROWS}`);
    return { rows: n, ms, cpuMs, peakRssMB: selfRssMB() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A real vault with one case (id 1), made through the API like the app does. */
async function vaultWithCase(): Promise<{ dir: string; ctx: ReturnType<typeof createVaultContext> }> {
  const dir = tempDir();
  const ctx = createVaultContext(dir);
  const c = await invoke(ctx, 'case.create', {
    title: '账单导入基准',
    route: 'fraud',
    counterparty: '某商户',
  });
  if (c.id !== 1) throw new Error(`expected case 1, got ${c.id}`);
  return { dir, ctx };
}

function countPayments(ctx: ReturnType<typeof createVaultContext>): number {
  return (ctx.vault().db.prepare('SELECT count(*) AS c FROM payments').get() as { c: number }).c;
}

async function handler(again: boolean): Promise<Run> {
  const { dir, ctx } = await vaultWithCase();
  try {
    const input = { caseId: 1, path: CSV_FILE };
    if (again) await invoke(ctx, 'bill.import', input);
    const t0 = performance.now();
    const c0 = cpuNow();
    const r = await invoke(ctx, 'bill.import', input);
    const ms = performance.now() - t0;
    const cpuMs = cpuNow() - c0;
    const want = again ? { imported: 0, duplicates: ROWS } : { imported: ROWS, duplicates: 0 };
    if (r.imported !== want.imported || r.duplicates !== want.duplicates || countPayments(ctx) !== ROWS)
      throw new Error(
        `handler: imported ${r.imported}, duplicates ${r.duplicates}, want ${JSON.stringify(want)}`,
      );
    return { rows: r.picked, ms, cpuMs, peakRssMB: selfRssMB() };
  } finally {
    ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run the real CLI in a child; wall time, and its own peak RSS and CPU time reported by the preload. */
function cliRun(args: string[]): { ms: number; cpuMs: number; peakRssMB: number; stdout: string } {
  const rssFile = path.join(tempDir(), 'rss');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_PRELOAD, BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, PAYPROOF_BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`payproof ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKiB: number; cpuMs: number };
  rmSync(path.dirname(rssFile), { recursive: true, force: true });
  return { ms, cpuMs: usage.cpuMs, peakRssMB: Math.round(usage.maxRssKiB / 1024), stdout: r.stdout };
}

async function cli(startupOnly: boolean): Promise<Run> {
  const { dir, ctx } = await vaultWithCase();
  ctx.close();
  try {
    if (startupOnly) {
      const r = cliRun(['--vault', dir, 'case', 'list', '--json']);
      if ((JSON.parse(r.stdout) as unknown[]).length !== 1) throw new Error('cli-startup: expected one case');
      return { rows: 0, ms: r.ms, cpuMs: r.cpuMs, peakRssMB: r.peakRssMB };
    }
    const r = cliRun(['--vault', dir, 'bill', 'import', CSV_FILE, '--case', '1', '--json']);
    const out = JSON.parse(r.stdout) as { imported: number };
    if (out.imported !== ROWS) throw new Error(`cli: imported ${out.imported}, want ${ROWS}`);
    return { rows: out.imported, ms: r.ms, cpuMs: r.cpuMs, peakRssMB: r.peakRssMB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runPhase(phase: Phase): Promise<Run> | Run {
  switch (phase) {
    case 'baseline':
      return baseline();
    case 'handler':
      return handler(false);
    case 'handler-again':
      return handler(true);
    case 'cli':
      return cli(false);
    case 'cli-startup':
      return cli(true);
  }
}

/** One run of one phase, in this (child) process: its peak RSS is this run's alone. */
async function child(phase: Phase): Promise<void> {
  process.stdout.write(`${JSON.stringify(await runPhase(phase))}\n`);
}

function summarise(runs: Run[]): PhaseResult {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(sorted.length / 2)] as Run;
  const cpuSorted = runs.map((r) => r.cpuMs).sort((a, b) => a - b);
  return {
    rows: median.rows,
    medianMs: median.ms,
    medianCpuMs: cpuSorted[Math.floor(cpuSorted.length / 2)] as number,
    allMs: runs.map((r) => Math.round(r.ms)),
    peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
  };
}

interface PhaseResult {
  rows: number;
  medianMs: number;
  medianCpuMs: number;
  allMs: number[];
  peakRssMB: number;
}

const rate = (rows: number, ms: number): number => Math.round((rows / ms) * 1000);

async function main(): Promise<void> {
  const phaseArg = process.argv.indexOf('--phase');
  if (phaseArg > 0) return child(process.argv[phaseArg + 1] as Phase);

  mkdirSync(OUT, { recursive: true });
  if (!existsSync(CSV_FILE))
    writeFileSync(CSV_FILE, wechatCsv(sampleRows(ROWS, 2026), { bom: true, eol: '\r\n' }));
  const cpu = os.cpus();
  console.log(
    `PayProof bill import benchmark — node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `input: ${CSV_FILE} (${(statSync(CSV_FILE).size / 1e6).toFixed(1)} MB, ${ROWS} rows, WeChat CSV, BOM, CRLF; sampleRows seed 2026); ${REPEAT} runs per phase, median`,
  );
  const self = fileURLToPath(import.meta.url);
  // Every run in a fresh process (a second import in the same process would inherit the first one's
  // heap in its peak RSS), and the phases interleaved run by run, so load drift on a shared machine
  // touches all of them alike.
  const runs = new Map<Phase, Run[]>();
  const failed = new Set<Phase>();
  for (let i = 0; i < REPEAT; i++) {
    for (const phase of PHASES) {
      if (failed.has(phase)) continue;
      const out = spawnSync(
        process.execPath,
        [...process.execArgv, self, '--phase', phase, '--rows', String(ROWS)],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const line = out.stdout.trim().split('\n').at(-1) ?? '';
      if (out.status !== 0 || !line.startsWith('{')) {
        console.log(`${phase}: FAILED\n${out.stderr}`);
        process.exitCode = 1;
        failed.add(phase);
        continue;
      }
      runs.set(phase, [...(runs.get(phase) ?? []), JSON.parse(line) as Run]);
    }
  }
  const results = new Map<Phase, PhaseResult>();
  for (const phase of PHASES) {
    const r = runs.get(phase);
    if (r && !failed.has(phase)) results.set(phase, summarise(r));
  }

  const base = results.get('baseline');
  console.log(
    '\nphase             rows   wall ms  rows/s wall  ×base   CPU ms  rows/s CPU  ×base  peak RSS  (runs, wall ms)',
  );
  for (const [phase, r] of results) {
    const perS = (ms: number): string => (r.rows ? rate(r.rows, ms).toLocaleString('en') : '-');
    const times = (a: number, b: number | undefined): string => (b && r.rows ? (a / b).toFixed(2) : '-');
    console.log(
      [
        phase.padEnd(14),
        String(r.rows).padStart(7),
        r.medianMs.toFixed(0).padStart(9),
        perS(r.medianMs).padStart(12),
        times(r.medianMs, base?.medianMs).padStart(6),
        r.medianCpuMs.toFixed(0).padStart(8),
        perS(r.medianCpuMs).padStart(11),
        times(r.medianCpuMs, base?.medianCpuMs).padStart(6),
        `${r.peakRssMB} MB`.padStart(9),
        ` (${r.allMs.join(', ')})`,
      ].join(' '),
    );
  }

  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const rateTarget = (rs: number): string =>
    `target ≥${TARGET_ROWS_PER_S.toLocaleString('en')}: ${verdict(rs >= TARGET_ROWS_PER_S)}`;
  const rssTarget = (mb: number): string =>
    `peak RSS ${mb} MB (target <${TARGET_RSS_MB}: ${verdict(mb < TARGET_RSS_MB)})`;
  const h = results.get('handler');
  const c = results.get('cli');
  const s = results.get('cli-startup');
  if (h) {
    const wall = rate(h.rows, h.medianMs);
    const cpu = rate(h.rows, h.medianCpuMs);
    console.log(
      `\nhandler end to end: ${wall.toLocaleString('en')} rows/s wall (${rateTarget(wall)}), ${cpu.toLocaleString('en')} rows/s CPU; ${rssTarget(h.peakRssMB)}${base ? `; ${(h.medianMs / base.medianMs).toFixed(2)}× baseline wall, ${(h.medianCpuMs / base.medianCpuMs).toFixed(2)}× CPU` : ''}`,
    );
  }
  if (c && s) {
    const importMs = c.medianMs - s.medianMs;
    const wall = rate(c.rows, importMs);
    console.log(
      `cli: ${c.medianMs.toFixed(0)} ms wall = start-up ${s.medianMs.toFixed(0)} ms + import ${importMs.toFixed(0)} ms → ${wall.toLocaleString('en')} rows/s without start-up (${rateTarget(wall)}), ${rate(c.rows, c.medianMs).toLocaleString('en')} with; CPU ${c.medianCpuMs.toFixed(0)} ms (start-up ${s.medianCpuMs.toFixed(0)} ms); ${rssTarget(c.peakRssMB)}`,
    );
  }
  console.log(
    `load after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

await main();
