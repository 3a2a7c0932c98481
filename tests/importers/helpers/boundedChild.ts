/**
 * Starts parserChild.ts in a separate Node process with a heap cap and a timeout. A parser bug
 * that loops forever or allocates without bound then shows up as a failed, named test case (with
 * the child's exit status and last stderr lines), never as a hung or out-of-memory test runner.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildJob } from './parserChild.ts';

const CHILD = fileURLToPath(new URL('./parserChild.ts', import.meta.url));

export interface ChildOutcome<T> {
  /** The job's answer; null when the child did not finish (timeout, crash, out of memory). */
  result: T | null;
  maxRssMb: number | null;
  timedOut: boolean;
  status: number | null;
  signal: NodeJS.Signals | null;
  /** The tail of the child's stderr, for the failure message. */
  stderrTail: string;
}

/**
 * Asynchronous on purpose: a blocking spawnSync would also block the test worker's RPC with
 * vitest for as long as the child runs.
 */
export async function runInChild<T>(
  job: ChildJob,
  limits: { timeoutMs: number; heapMb: number },
): Promise<ChildOutcome<T>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-child-'));
  try {
    const jobFile = path.join(dir, 'job.json');
    writeFileSync(jobFile, JSON.stringify(job));
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${limits.heapMb}`, '--import', 'tsx', CHILD, jobFile],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    // Only the tail matters (the last case started); keep memory flat for chatty children.
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (code, sig) => resolve([code, sig])),
    );
    clearTimeout(timer);
    const last = stdout.trim().split('\n').pop() ?? '';
    let parsed: { result: T; maxRssMb: number } | null = null;
    if (status === 0 && last.startsWith('{')) parsed = JSON.parse(last) as { result: T; maxRssMb: number };
    return {
      result: parsed?.result ?? null,
      maxRssMb: parsed?.maxRssMb ?? null,
      timedOut,
      status,
      signal,
      stderrTail: stderr.split('\n').slice(-6).join('\n'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-line description of how a child ended, for expect(…, message). */
export function describeEnd(o: ChildOutcome<unknown>): string {
  return `timedOut=${o.timedOut} status=${o.status} signal=${o.signal} rss=${o.maxRssMb} MB\n${o.stderrTail}`;
}
