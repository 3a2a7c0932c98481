/**
 * Property tests over the real samples and over random input: every truncation of each sample
 * at every tag and quote boundary, and fast-check random bytes and token soups, parse without
 * throwing or hanging. Each group runs in a child process with a heap cap and a timeout; within
 * it, every case's CPU time must stay within a bound proportional to its size (a fixed allowance
 * plus 20 µs per byte, far above linear parsing, far below anything quadratic on these sizes).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEnd, runInChild } from './helpers/boundedChild.ts';
import type { CaseStats } from './helpers/fuzzJobs.ts';
import { SHARED_BILLS } from './helpers/sharedBills.ts';

const LIMITS = { timeoutMs: 240_000, heapMb: 512 };
const samples = readdirSync(SHARED_BILLS).filter((f) => /\.(csv|xlsx)$/.test(f));

function expectBounded(stats: CaseStats | null, minCases: number): void {
  expect(stats).not.toBeNull();
  if (!stats) return;
  expect(stats.failures.slice(0, 5)).toEqual([]);
  expect(stats.cases).toBeGreaterThanOrEqual(minCases);
  const w = stats.worst;
  if (w) expect(w.cpuMs, JSON.stringify(w)).toBeLessThan(250 + w.bytes * 0.02);
}

describe('truncations of the real samples', () => {
  it('finds all seven samples', () => expect(samples).toHaveLength(7));

  it.each(samples)('%s, cut at every tag and quote boundary', { timeout: 250_000 }, async (name) => {
    const o = await runInChild<CaseStats>(
      { kind: 'truncate', file: path.join(SHARED_BILLS, name), fullEvery: 150 },
      LIMITS,
    );
    expect(o.result, describeEnd(o)).not.toBeNull();
    expectBounded(o.result, 100);
  });
});

describe('random input', () => {
  it(
    'random bytes, XML token soup and CSV token soup (fast-check, fixed seed)',
    { timeout: 250_000 },
    async () => {
      const o = await runInChild<CaseStats>({ kind: 'fuzz', runs: 300, seed: 20261201 }, LIMITS);
      expect(o.result, describeEnd(o)).not.toBeNull();
      expectBounded(o.result, 300 * 7);
    },
  );
});
