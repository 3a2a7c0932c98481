/**
 * Bounded decompression: a zip or XLSX that inflates to a gigabyte from a megabyte is refused
 * before it costs memory, whether its headers declare the true size or lie about it, encrypted
 * or not. Each case runs in a child process; its peak RSS (process.resourceUsage().maxRSS) must
 * stay under 300 MB, as for any input of 10 MB or less. Before the limits, these inputs reached
 * 2.1 GB in 8–11 s.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LISTED_ERRORS } from '../../core/importers/rowSink.ts';
import { MAX_ARCHIVE_BYTES, MAX_ENTRY_BYTES } from '../../core/importers/zipLimits.ts';
import { describeEnd, runInChild } from './helpers/boundedChild.ts';
import type { ParseSummary } from './helpers/parserChild.ts';
import { deflatedRepeat, noisyChunk, rawZip, xlsxParts, type Deflated } from './helpers/rawZip.ts';
import { WECHAT_HEADER } from './helpers/wechatFixtures.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-bomb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MiB = 1024 * 1024;
const RSS_LIMIT_MB = 300;

/** 1 MiB of spaces, 1,000 times: 1 GB from about 1 MB. */
const GIGA_SHEET = deflatedRepeat(
  '<worksheet><sheetData>',
  Buffer.alloc(MiB, ' '),
  1000,
  '</sheetData></worksheet>',
);
const GIGA_CSV = deflatedRepeat('交易时间,交易类型\n', Buffer.alloc(MiB, ','), 1000, '\n');

async function parseInChild(name: string, bytes: Buffer, password?: string) {
  expect(bytes.length).toBeLessThan(10 * MiB);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const o = await runInChild<ParseSummary>(
    { kind: 'parse', file, fileName: name, password },
    { timeoutMs: 120_000, heapMb: 1024 },
  );
  expect(o.result, describeEnd(o)).not.toBeNull();
  expect(o.maxRssMb ?? Infinity, describeEnd(o)).toBeLessThan(RSS_LIMIT_MB);
  expect(o.result?.rows).toBe(0);
  console.info(`${name} (${bytes.length} bytes): peak RSS ${Math.round(o.maxRssMb ?? 0)} MB`);
  return { errors: o.result?.errors.join('\n') ?? '', rssMb: o.maxRssMb };
}

const lying = (d: Deflated, declaredSize: number) => ({ data: d, declaredSize });

describe('zip bombs', () => {
  it('an XLSX whose sheet declares its true 1 GB is refused before inflating, naming the part', async () => {
    const { errors } = await parseInChild('bomb.xlsx', rawZip(xlsxParts(GIGA_SHEET)));
    expect(errors).toContain('xl/worksheets/sheet1.xml');
    expect(errors).toContain(`${MAX_ENTRY_BYTES / MiB} MB`);
    expect(errors).toMatch(/解压后会超过/);
  });

  it('an XLSX whose sheet declares 20 kB but inflates to 1 GB stops at the declared size', async () => {
    const parts = xlsxParts(GIGA_SHEET).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml' ? { ...p, ...lying(GIGA_SHEET, 20_000) } : p,
    );
    const { errors } = await parseInChild('bomb-lying.xlsx', rawZip(parts));
    expect(errors).toMatch(/damaged|损坏/);
  });

  it('a bill zip holding a 1 GB CSV is refused, naming the entry', async () => {
    const name = '微信支付账单(20240101-20241231).csv';
    const { errors } = await parseInChild('bomb.zip', rawZip([{ name, data: GIGA_CSV }]));
    expect(errors).toContain(name);
    expect(errors).toMatch(/unpack to more than/);
  });

  it('a ZipCrypto bill zip (what WeChat mails) whose entry lies about its size stops while inflating', async () => {
    const z = rawZip([{ name: 'bill.csv', password: '123456', ...lying(GIGA_CSV, 4096) }]);
    const { errors } = await parseInChild('bomb-crypto.zip', z, '123456');
    expect(errors).toMatch(/bill\.csv/);
    expect(errors).toMatch(/damaged|损坏/);
  });

  it('a 16 MB entry compressed 1,000:1 is refused by its ratio alone', async () => {
    const d = deflatedRepeat('', Buffer.alloc(MiB, ' '), 16, '');
    const { errors } = await parseInChild('ratio.zip', rawZip([{ name: 'bill.csv', data: d }]));
    expect(errors).toMatch(/compressed \d+:1/);
    expect(errors).toMatch(/压缩比高达/);
  });

  it('parts each under the entry limit but over the archive limit together: stops at the part that crosses it', async () => {
    // Noise keeps the ratio realistic (~70:1), so only the running total can refuse it.
    const wrap = (t: string) => `<si><t>${t}</t></si>`;
    const shared = deflatedRepeat('<sst>', noisyChunk('<si><t>x</t></si>', 14_000, wrap), 44, '</sst>');
    const sheetChunk = noisyChunk(
      '<row><c><v>1</v></c></row>',
      14_000,
      (t) => `<row><c t="inlineStr"><is><t>${t}</t></is></c></row>`,
    );
    const sheet = deflatedRepeat('<worksheet><sheetData>', sheetChunk, 44, '</sheetData></worksheet>');
    expect(shared.size + sheet.size).toBeGreaterThan(MAX_ARCHIVE_BYTES);
    const { errors } = await parseInChild('total.xlsx', rawZip(xlsxParts(sheet, shared)));
    expect(errors).toContain(`${MAX_ARCHIVE_BYTES / MiB} MB`);
    expect(errors).toMatch(/in total|总量/);
  });

  it('an XLSX inflating to just under every limit (47 MB sheet, 31 MB of shared strings) is read under 300 MB', async () => {
    // Realistic ratio (noise), so no limit refuses it: this is the memory of reading it. Every row is
    // bad, so the problems listed stop at 1000 with one closing count. Held as one JS string each,
    // the two parts alone were ~150 MB more; with every problem kept, this peaked at 423 MB.
    const header = `<row r="1">${WECHAT_HEADER.map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;
    const inline = (t: string) => `<row><c t="inlineStr"><is><t>${t}</t></is></c></row>`;
    const sheet = deflatedRepeat(
      `<worksheet><sheetData>${header}`,
      noisyChunk(`<row>${'<c t="s"><v>7</v></c>'.repeat(11)}</row>`, 12_000, inline),
      47,
      '</sheetData></worksheet>',
    );
    const shared = deflatedRepeat(
      '<sst>',
      noisyChunk('<si><t>中文字</t></si>', 12_000, (t) => `<si><t>${t}</t></si>`),
      31,
      '</sst>',
    );
    expect(sheet.size + shared.size).toBeLessThan(MAX_ARCHIVE_BYTES);
    const bytes = rawZip(xlsxParts(sheet, shared));
    const { errors } = await parseInChild('just-under.xlsx', bytes);
    const listed = errors.split('\n');
    expect(listed).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(listed.at(-1)).toMatch(/more problems are not listed.*另有 \d+ 个问题未逐条列出/);
  });

  it('a zip of 5,000 tiny entries is refused by its entry count', async () => {
    const entries = Array.from({ length: 5000 }, (_v, i) => ({ name: `f${i}.txt`, data: 'x' }));
    const { errors } = await parseInChild('many.zip', rawZip(entries));
    expect(errors).toMatch(/more than 1000 files|超过 1000 个/);
  });
});
