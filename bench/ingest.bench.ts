/**
 * Evidence ingest benchmark (issue #2): 500 generated files of ~2 MB plus one 1 GB file.
 * In the same run: `cp` alone and `cp` + `sha256sum` of the same files as the baseline.
 * Prints both times, the ratios and the peak RSS of this process (ingest runs in-process).
 * Target: ingest ≤ 1.25 × cp alone, peak RSS < 200 MB.
 *   npx tsx bench/ingest.bench.ts [--small 500] [--big-mb 1024]
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addEvidenceFiles } from '../db/evidenceIngest.ts';
import { openVault } from '../db/openVault.ts';
import { createCase } from '../db/queries/cases.ts';
import { silentProgress } from '../core/progress.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Random (incompressible) content, written in 1 MiB slices from a reused buffer. */
function writeRandomFile(file: string, bytes: number, seed: Buffer): void {
  const fd = openSync(file, 'w');
  let left = bytes;
  let i = 0;
  while (left > 0) {
    seed.writeUInt32LE(i++, 0);
    const n = Math.min(left, seed.length);
    writeSync(fd, seed, 0, n);
    left -= n;
  }
  closeSync(fd);
}

function timed(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

async function main(): Promise<void> {
  const smallCount = arg('small', 500);
  const bigMb = arg('big-mb', 1024);
  const root = mkdtempSync(path.join(os.tmpdir(), 'payproof-bench-ingest-'));
  const inputs = path.join(root, 'inputs');
  mkdirSync(inputs);
  const seed = randomBytes(1 << 20);
  const files: string[] = [];
  for (let i = 0; i < smallCount; i++) {
    const f = path.join(inputs, `screenshot_${String(i).padStart(4, '0')}.png`);
    writeRandomFile(f, 2_000_000 + (i % 97) * 1024, seed);
    files.push(f);
  }
  const big = path.join(inputs, 'call-recording.m4a');
  writeRandomFile(big, bigMb * 1024 * 1024, seed);
  files.push(big);
  const totalMb = (smallCount * 2_000_000 + bigMb * 1024 * 1024) / 1024 / 1024;
  console.log(
    `inputs: ${smallCount} files of ~2 MB + one ${bigMb} MB file (${totalMb.toFixed(0)} MB total, random bytes) in ${inputs}`,
  );

  // Warm the page cache equally for everyone.
  execFileSync('cat', files, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 });
  const cpDest = path.join(root, 'cp-dest');
  mkdirSync(cpDest);
  const cpTime = timed(() => execFileSync('cp', [...files, cpDest]));
  rmSync(cpDest, { recursive: true });
  mkdirSync(cpDest);
  const cpShaTime = timed(() => {
    execFileSync('cp', [...files, cpDest]);
    execFileSync('sha256sum', files, { maxBuffer: 64 << 20 });
  });
  rmSync(cpDest, { recursive: true });

  const vault = openVault(path.join(root, 'vault'));
  const c = createCase(vault.db, { title: 'bench', route: 'fraud' });
  const t0 = process.hrtime.bigint();
  await addEvidenceFiles(vault, { caseId: c.id, paths: files, kind: 'other' }, silentProgress);
  const ingestTime = Number(process.hrtime.bigint() - t0) / 1e9;
  vault.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  console.log(`cp alone:            ${cpTime.toFixed(2)} s`);
  console.log(`cp + sha256sum:      ${cpShaTime.toFixed(2)} s`);
  console.log(
    `payproof ingest:     ${ingestTime.toFixed(2)} s (${(totalMb / ingestTime).toFixed(0)} MB/s; hash + copy + fsync + SQLite)`,
  );
  console.log(`ratio ingest / cp:            ${(ingestTime / cpTime).toFixed(2)}  (target ≤ 1.25)`);
  console.log(`ratio ingest / (cp+sha256sum): ${(ingestTime / cpShaTime).toFixed(2)}`);
  console.log(`peak RSS of this process: ${peakRssMb.toFixed(0)} MB (target < 200 MB)`);
  rmSync(root, { recursive: true, force: true });
}

await main();
