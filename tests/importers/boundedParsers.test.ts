/**
 * Untrusted bytes never drive an unbounded loop: every parser step makes progress or stops with
 * an error, in time linear in the input. Each case runs in a child process with a heap cap and a
 * timeout (helpers/boundedChild.ts), so a regression fails here instead of hanging the runner.
 * Linearity is checked by CPU time at two sizes eight times apart (best of three), not by
 * wall-clock limits, which a loaded machine would make flaky.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { describeEnd, runInChild, type ChildOutcome } from './helpers/boundedChild.ts';
import { BILL_FAMILIES, XML_FAMILIES, type HostileFamily } from './helpers/hostileInputs.ts';
import type { ParseSummary } from './helpers/parserChild.ts';
import { rawZip, xlsxParts } from './helpers/rawZip.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LIMITS = { timeoutMs: 60_000, heapMb: 256 };

function parseInChild(name: string, bytes: Uint8Array): ReturnType<typeof runInChild<ParseSummary>> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return runInChild<ParseSummary>({ kind: 'parse', file, fileName: name }, LIMITS);
}

describe('seen: a sheet whose last cell tag has no ">"', () => {
  // Was: indexOf('>') gave −1, the cell search landed on the same '<c' again, and the process
  // grew to 5.6 GB before dying (~2 minutes).
  const sheet = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"';

  it('parseBill ends with a clear error, within the heap cap', async () => {
    const o = await parseInChild('cut.xlsx', rawZip(xlsxParts(sheet)));
    expect(o.result, describeEnd(o)).not.toBeNull();
    expect(o.result?.rows).toBe(0);
    expect(o.result?.errors.join('\n')).toMatch(/column header|表头/);
  });

  it('`payproof bill show` answers too', async () => {
    const file = path.join(dir, '微信支付账单流水文件.xlsx');
    writeFileSync(file, rawZip(xlsxParts(sheet)));
    const r = await runCli(['bill', 'show', file, '--json'], { vault: path.join(dir, 'vault') });
    expect(r.stderr + r.stdout).toMatch(/表头|header/);
  });
});

type Times = { size: number; bytes: number; cpuMs: number }[];

/**
 * One child measures a group of families (one process start, not one per family); a family
 * that hangs is named by the child's last stderr line.
 */
function scaling(families: readonly HostileFamily[], small: number): () => Promise<Record<string, Times>> {
  let run: Promise<ChildOutcome<Record<string, Times>>> | null = null;
  return async () => {
    run ??= runInChild<Record<string, Times>>(
      { kind: 'scaling', families: [...families], sizes: [small, small * 8], repeats: 3 },
      { timeoutMs: 240_000, heapMb: 512 },
    );
    const o = await run;
    expect(o.result, describeEnd(o)).not.toBeNull();
    return o.result ?? {};
  };
}

/** Linear: 8× the input costs about 8× the CPU time; 20× leaves room for GC and JIT noise. */
function expectLinear(times: Times | undefined): void {
  const [a, b] = times ?? [];
  const ratio = (b?.cpuMs ?? Infinity) / Math.max(a?.cpuMs ?? 0, 2);
  expect(ratio, JSON.stringify(times)).toBeLessThan(20);
  expect(b?.cpuMs ?? Infinity, JSON.stringify(times)).toBeLessThan(5_000);
}

const xml = scaling(XML_FAMILIES, 25_000);
const csv = scaling(BILL_FAMILIES, 20_000);

describe('seen: a sharedStrings part of many unclosed <si>', () => {
  // Was quadratic: 40,000 took 20 s, 200,000 more than 150 s.
  it('is read in linear time', { timeout: 250_000 }, async () =>
    expectLinear((await xml())['shared-unclosed-si']),
  );
});

describe('every hostile XML shape is linear', () => {
  it.each(XML_FAMILIES.filter((f) => f !== 'shared-unclosed-si'))(
    '%s',
    { timeout: 250_000 },
    async (family) => expectLinear((await xml())[family]),
  );
});

describe('every hostile CSV shape is linear', () => {
  it.each(BILL_FAMILIES)('%s', { timeout: 250_000 }, async (family) => expectLinear((await csv())[family]));
});
