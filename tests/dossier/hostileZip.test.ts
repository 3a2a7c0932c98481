/**
 * verifyBundle against archives built to hurt: path traversal, absolute and Windows paths,
 * symlinks, duplicate names, zip bombs (declared huge, highly compressed, lying about size), too
 * many entries, and files that are not ZIPs at all. It must name each problem and never extract.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSums } from '../../core/dossier/bundle/sha256Sums.ts';
import { verifyBundle } from '../../core/dossier/index.ts';
import { createHash } from 'node:crypto';
import { rawZip, type RawEntry } from './rawZip.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'payproof-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const good = Buffer.from('a real file\n');

/** A bundle whose SHA256SUMS honestly lists `listed`, plus whatever hostile entries are added. */
function bundleWith(name: string, hostile: RawEntry[], listed: RawEntry[] = []): string {
  const normal: RawEntry[] = [{ name: 'evidence/E001_ok.txt', data: good }, ...listed];
  const sums = Buffer.from(formatSums(normal.map((e) => ({ path: e.name, sha256: sha(e.data) }))));
  const file = path.join(dir, name);
  writeFileSync(file, rawZip([...normal, ...hostile, { name: 'SHA256SUMS', data: sums }]));
  return file;
}

async function problemsOf(file: string, limits = {}): Promise<[string, string][]> {
  const report = await verifyBundle(file, { limits });
  expect(report.ok).toBe(false);
  return report.problems.map((p) => [p.kind, p.path]);
}

describe('verifyBundle on hostile archives', () => {
  it('accepts the honest baseline', async () => {
    const report = await verifyBundle(bundleWith('baseline.zip', []));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it.each([
    ['../../etc/cron.d/evil', 'path escapes'],
    ['evidence/../../outside.txt', 'path escapes'],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/evil.dll', 'drive-letter'],
    ['evidence\\..\\..\\evil.txt', 'backslash'],
    ['evidence//double.txt', 'empty or "."'],
  ])('refuses the unsafe name %s', async (name, reason) => {
    const file = bundleWith(`slip-${reason.replace(/\W/g, '')}.zip`, [{ name, data: good }]);
    const report = await verifyBundle(file);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'unsafe-name', path: name.replace(/\\/g, '\\\\') }),
    ]);
    expect(report.problems[0]?.detail).toContain(reason);
  });

  it('refuses a symlink entry, even one listed in SHA256SUMS', async () => {
    const link: RawEntry = {
      name: 'evidence/E002_link',
      data: Buffer.from('/etc/passwd'),
      unixMode: 0o120777,
    };
    expect(await problemsOf(bundleWith('symlink.zip', [], [link]))).toEqual([
      ['symlink', 'evidence/E002_link'],
    ]);
  });

  it('refuses duplicate names (which file would a reader see?)', async () => {
    const twin: RawEntry = { name: 'evidence/E001_ok.txt', data: Buffer.from('a different file\n') };
    expect(await problemsOf(bundleWith('duplicate.zip', [twin]))).toEqual([
      ['duplicate', 'evidence/E001_ok.txt'],
    ]);
  });

  it('refuses names that collide when unzipped on a case-insensitive disk', async () => {
    const twin: RawEntry = { name: 'Evidence/E001_OK.txt', data: Buffer.from('a different file\n') };
    expect(await problemsOf(bundleWith('case-twin.zip', [twin]))).toEqual([
      ['duplicate', 'Evidence/E001_OK.txt'],
    ]);
  });

  it('refuses an entry declaring more than the per-file limit without reading it', async () => {
    const big: RawEntry = { name: 'evidence/E002_big.bin', data: Buffer.alloc(2048, 7), deflate: true };
    const problems = await problemsOf(bundleWith('declared-big.zip', [], [big]), { maxEntryBytes: 1024 });
    expect(problems).toEqual([['too-large', 'evidence/E002_big.bin']]);
  });

  it('refuses a highly compressed entry (zip bomb ratio)', async () => {
    const bomb: RawEntry = {
      name: 'evidence/E002_zeros.bin',
      data: Buffer.alloc(8 * 1024 * 1024),
      deflate: true,
    };
    expect(await problemsOf(bundleWith('ratio.zip', [], [bomb]))).toEqual([
      ['too-large', 'evidence/E002_zeros.bin'],
    ]);
  });

  it('stops an entry that inflates past its declared size', async () => {
    const liar: RawEntry = {
      name: 'evidence/E002_liar.bin',
      data: Buffer.alloc(64 * 1024, 1),
      deflate: true,
      declaredSize: 100,
    };
    const problems = await problemsOf(bundleWith('liar.zip', [], [liar]));
    expect(problems).toContainEqual(['unreadable', 'evidence/E002_liar.bin']);
  });

  it('refuses more entries than the limit', async () => {
    const many: RawEntry[] = Array.from({ length: 20 }, (_, i) => ({
      name: `evidence/x${i}.txt`,
      data: good,
    }));
    const problems = await problemsOf(bundleWith('many.zip', many), { maxEntries: 10 });
    expect(problems[0]).toEqual(['too-many-entries', '']);
  });

  it('reports a file that is not a ZIP at all', async () => {
    const file = path.join(dir, 'not-a-zip.zip');
    writeFileSync(file, 'PK but not really a zip archive');
    expect(await problemsOf(file)).toEqual([['unreadable', file]]);
  });

  it('never writes anything while verifying', async () => {
    const before = readdirSync(dir).length;
    await verifyBundle(bundleWith('slip-again.zip', [{ name: '../escaped.txt', data: good }]));
    expect(readdirSync(dir).length).toBe(before + 1);
    expect(existsSync(path.join(dir, '..', 'escaped.txt'))).toBe(false);
  });
});
