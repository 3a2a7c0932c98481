/**
 * SIGKILL trials against the real CLI (`node bin/payproof.mjs …`). For one operation:
 *   1. calibrate: run it once to completion on a copy of the base vault, timing it and recording the
 *      counts it changes (so "after" is measured, not assumed); time a no-op command too (start-up);
 *   2. per trial: copy the base vault, spawn the command, SIGKILL it after a delay drawn uniformly
 *      from [0.8 × start-up (at most half the run), 1.1 × full run] (so kills land over the operation's real work, not only
 *      in start-up), then open the vault again in this process (the recovery a person's next command
 *      runs) and check: doctor clean, counts all-before or all-after, tmp/ empty, nothing beside the
 *      backup target but a complete backup, plus the operation's own check.
 * Figures per operation: trials, killed vs finished on their own, state before/after, failures.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDoctor } from '../../db/doctor.ts';
import { openVault, type Vault } from '../../db/openVault.ts';
import { silentProgress } from '../../core/progress.ts';

const bin = fileURLToPath(new URL('../../bin/payproof.mjs', import.meta.url));

export interface Counts {
  cases: number;
  evidence: number;
  objects: number;
  payments: number;
  chatMessages: number;
  documents: number;
  audit: number;
  exportFiles: number;
}

export interface TrialDirs {
  /** The trial's own copy of the base vault. */
  vault: string;
  /** A scratch folder of the trial (backup targets go here). */
  scratch: string;
}

export interface CrashOperation {
  name: string;
  /** CLI arguments after `--vault <dir>`. */
  args(dirs: TrialDirs): string[];
  /**
   * For an operation that changes no count (backup): whether its result is there. Otherwise the
   * state is read from the counts.
   */
  outcome?(dirs: TrialDirs): 'before' | 'after';
  /** Extra checks after recovery; return problems found (empty when fine). */
  check?(dirs: TrialDirs, vault: Vault, state: 'before' | 'after', calibrated: TrialDirs): Promise<string[]>;
}

export interface OperationFigures {
  name: string;
  trials: number;
  killed: number;
  finishedFirst: number;
  stateBefore: number;
  stateAfter: number;
  failures: { trial: number; delayMs: number; problems: string[] }[];
  fullRunMs: number;
  startupMs: number;
}

function counts(vault: Vault): Counts {
  const n = (sql: string) => (vault.db.prepare(sql).get() as { n: number }).n;
  return {
    cases: n('SELECT count(*) AS n FROM cases'),
    evidence: n('SELECT count(*) AS n FROM evidence'),
    objects: n('SELECT count(*) AS n FROM objects'),
    payments: n('SELECT count(*) AS n FROM payments'),
    chatMessages: n('SELECT count(*) AS n FROM chat_messages'),
    documents: n('SELECT count(*) AS n FROM documents'),
    audit: n('SELECT count(*) AS n FROM audit_log'),
    exportFiles: readdirSync(vault.exportsDir).length,
  };
}

const same = (a: Counts, b: Counts) => JSON.stringify(a) === JSON.stringify(b);

/** Run to completion, asynchronously (a blocked event loop would stall the test runner's RPC). */
function runToEnd(
  vault: string,
  args: string[],
): Promise<{ ms: number; code: number | null; stderr: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--vault', vault, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ ms: performance.now() - t0, code, stderr }));
  });
}

/** Spawn, SIGKILL after delayMs; resolves with whether the kill happened before it exited. */
function runAndKill(vault: string, args: string[], delayMs: number): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--vault', vault, ...args], { stdio: 'ignore' });
    let exited = false;
    const timer = setTimeout(() => {
      if (!exited) child.kill('SIGKILL');
    }, delayMs);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      exited = true;
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

/** A small seeded generator, so a failing run can be repeated (CRASH_SEED). */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function copyVault(base: string, to: string): void {
  cpSync(base, to, { recursive: true });
}

/** Open (= recover), doctor, counts; the vault is closed again. */
async function inspect(
  dirs: TrialDirs,
  op: CrashOperation,
  before: Counts,
  after: Counts,
  calibrated: TrialDirs,
): Promise<{ state: 'before' | 'after' | 'neither'; problems: string[] }> {
  const vault = openVault(dirs.vault, { mustExist: true });
  const problems: string[] = [];
  let state: 'before' | 'after' | 'neither' = 'neither';
  try {
    const report = await runDoctor(vault, silentProgress);
    if (!report.ok)
      problems.push(
        `doctor: ${JSON.stringify({ missing: report.missing, altered: report.altered, orphans: report.orphans, exports: report.exports, audit: report.audit.ok })}`,
      );
    const now = counts(vault);
    state = same(now, before) ? 'before' : same(now, after) ? 'after' : 'neither';
    if (op.outcome && state !== 'neither') state = op.outcome(dirs);
    if (state === 'neither')
      problems.push(`counts neither before nor after: ${JSON.stringify({ before, after, now })}`);
    const tmpLeft = readdirSync(vault.tmpDir);
    if (tmpLeft.length) problems.push(`tmp/ not empty: ${tmpLeft.join(', ')}`);
    if (state !== 'neither' && op.check) problems.push(...(await op.check(dirs, vault, state, calibrated)));
  } finally {
    vault.close();
  }
  const scratchLeft = readdirSync(dirs.scratch).filter((f) => f !== 'backup.zip');
  if (scratchLeft.length) problems.push(`beside the backup target: ${scratchLeft.join(', ')}`);
  return { state, problems };
}

export async function runCrashTrials(
  work: string,
  baseVault: string,
  op: CrashOperation,
  trials: number,
  seed: number,
): Promise<OperationFigures> {
  const rand = prng(seed);
  const trialDirs = (name: string): TrialDirs => {
    const root = path.join(work, `${op.name}-${name}`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(path.join(root, 'scratch'), { recursive: true });
    copyVault(baseVault, path.join(root, 'vault'));
    return { vault: path.join(root, 'vault'), scratch: path.join(root, 'scratch') };
  };
  const readCounts = (dir: string): Counts => {
    const v = openVault(dir, { mustExist: true });
    try {
      return counts(v);
    } finally {
      v.close();
    }
  };
  const before = readCounts(baseVault);

  const noop = trialDirs('startup');
  const startupMs = (await runToEnd(noop.vault, ['case', 'list', '--json'])).ms;
  const calibrated = trialDirs('calibrate');
  const full = await runToEnd(calibrated.vault, op.args(calibrated));
  if (full.code !== 0) throw new Error(`${op.name} does not run to completion: ${full.stderr}`);
  const after = readCounts(calibrated.vault);
  if (same(before, after) && !op.outcome)
    throw new Error(`${op.name} changed no count; the trial could not tell before from after`);

  const figures: OperationFigures = {
    name: op.name,
    trials,
    killed: 0,
    finishedFirst: 0,
    stateBefore: 0,
    stateAfter: 0,
    failures: [],
    fullRunMs: Math.round(full.ms),
    startupMs: Math.round(startupMs),
  };
  // On a loaded machine one start-up can outlast the whole calibrated run; keep the window open.
  const lo = Math.min(0.8 * startupMs, 0.5 * full.ms);
  const hi = 1.1 * full.ms;
  for (let t = 0; t < trials; t++) {
    const dirs = trialDirs(`t${t}`);
    const delayMs = Math.round(lo + rand() * (hi - lo));
    const { killed } = await runAndKill(dirs.vault, op.args(dirs), delayMs);
    if (killed) figures.killed++;
    else figures.finishedFirst++;
    const { state, problems } = await inspect(dirs, op, before, after, calibrated);
    if (state === 'before') figures.stateBefore++;
    if (state === 'after') figures.stateAfter++;
    if (problems.length) figures.failures.push({ trial: t, delayMs, problems });
    else rmSync(path.dirname(dirs.vault), { recursive: true, force: true });
  }
  return figures;
}

export function formatFigures(f: OperationFigures): string {
  return (
    `${f.name.padEnd(13)} trials ${f.trials}, failures ${f.failures.length} ` +
    `(killed ${f.killed}, finished before the kill ${f.finishedFirst}; state before ${f.stateBefore}, after ${f.stateAfter}; ` +
    `full run ${f.fullRunMs} ms, start-up ${f.startupMs} ms)`
  );
}
