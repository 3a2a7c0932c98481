/**
 * Runs one importer job in this (child) process and prints one JSON line: the job's answer, the
 * CPU time each step took and the process's peak RSS. Started by boundedChild.ts with a heap cap
 * and a timeout, so a parser that loops or allocates without bound fails the test instead of
 * taking the test runner down with it.
 */
import { readFileSync } from 'node:fs';
import { parseBill } from '../../../core/importers/parseBill.ts';
import { sheetRows } from '../../../core/importers/xlsxSheetRows.ts';
import { parseSharedStrings } from '../../../core/importers/xlsxXml.ts';
import { fuzz, truncateCsv, truncateXlsx } from './fuzzJobs.ts';
import { hostileInput, type HostileFamily } from './hostileInputs.ts';

export type ChildJob =
  | { kind: 'parse'; file: string; fileName: string; password?: string }
  /** Parse each file in turn (a batch of truncations): one process start for many cases. */
  | { kind: 'parseMany'; files: string[] }
  /** CPU time of one parser on a generated hostile input of each size. */
  | { kind: 'scaling'; families: HostileFamily[]; sizes: number[]; repeats: number }
  /** Truncations of real samples at every tag / quote boundary (fuzzJobs.ts). */
  | { kind: 'truncate'; file: string; fullEvery: number }
  /** fast-check random bytes and token soups (fuzzJobs.ts). */
  | { kind: 'fuzz'; runs: number; seed: number };

export interface ParseSummary {
  format: string;
  rows: number;
  amounts: number[];
  errors: string[];
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function summary(bytes: Uint8Array, fileName: string, password?: string): Promise<ParseSummary> {
  const r = await parseBill({ bytes, fileName, password });
  return {
    format: r.format,
    rows: r.rows.length,
    amounts: r.rows.map((x) => x.amountFen),
    errors: r.errors.map((e) => `${e.file} | ${e.message.en} | ${e.message.zh}`),
  };
}

/** Runs the step the family targets (a whole bill, or the one XML function under suspicion). */
async function runFamily(family: HostileFamily, input: Uint8Array | string): Promise<void> {
  if (typeof input !== 'string') {
    await parseBill({ bytes: input, fileName: `${family}.bin` });
    return;
  }
  if (family.startsWith('shared')) parseSharedStrings(input);
  else for (const _row of sheetRows(input, [])) void _row;
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as ChildJob;
  let result: unknown;
  if (job.kind === 'parse') {
    const t0 = cpuMs();
    const s = await summary(readFileSync(job.file), job.fileName, job.password);
    result = { ...s, cpuMs: cpuMs() - t0 };
  } else if (job.kind === 'parseMany') {
    const cases: { file: string; cpuMs: number; bytes: number; format: string }[] = [];
    for (const file of job.files) {
      // Written before the case runs: if it hangs, the parent's timeout names it from stderr.
      process.stderr.write(`case ${file}\n`);
      const bytes = readFileSync(file);
      const t0 = cpuMs();
      const s = await summary(bytes, file);
      cases.push({ file, cpuMs: cpuMs() - t0, bytes: bytes.length, format: s.format });
    }
    result = cases;
  } else if (job.kind === 'truncate') {
    result = job.file.endsWith('.xlsx')
      ? await truncateXlsx(job.file, job.fullEvery)
      : await truncateCsv(job.file);
  } else if (job.kind === 'fuzz') {
    result = await fuzz(job.runs, job.seed);
  } else {
    const byFamily: Record<string, { size: number; bytes: number; cpuMs: number }[]> = {};
    for (const family of job.families) {
      process.stderr.write(`family ${family}\n`);
      const times: { size: number; bytes: number; cpuMs: number }[] = [];
      for (const size of job.sizes) {
        const input = hostileInput(family, size);
        let best = Infinity;
        for (let i = 0; i < job.repeats; i++) {
          const t0 = cpuMs();
          await runFamily(family, input);
          best = Math.min(best, cpuMs() - t0);
        }
        times.push({ size, bytes: input.length, cpuMs: best });
      }
      byFamily[family] = times;
    }
    result = byFamily;
  }
  process.stdout.write(`${JSON.stringify({ result, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

await main();
