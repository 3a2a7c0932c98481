/**
 * The bundle round trip: write it from a rendered dossier, verify it, unzip it and run
 * `sha256sum -c` as a recipient would, then change one byte in each file in turn and check that
 * verification fails naming exactly that file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { caseAuditDigest } from '../../core/dossier/sections/custody.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderDossier,
  verifyBundle,
  writeBundle,
  type WriteBundleResult,
} from '../../core/dossier/index.ts';
import { buildSampleCase, type SampleCase } from './sampleCase.ts';
import { readZipEntries, writeZipEntries, zipComment } from './zipTools.ts';

let dir: string;
let sample: SampleCase;
let bundle: WriteBundleResult;
let entries: Map<string, Buffer>;
let comment: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'payproof-bundle-'));
  sample = await buildSampleCase(dir);
  const pdf = await renderDossier({
    ...sample,
    doc: 'police-report',
    outPdf: path.join(dir, '报案材料.pdf'),
  });
  bundle = await writeBundle({
    ...sample,
    doc: 'police-report',
    pdfPath: pdf.pdf,
    pdfPages: pdf.pages,
    outZip: path.join(dir, 'bundle.zip'),
  });
  entries = await readZipEntries(bundle.bundle);
  comment = await zipComment(bundle.bundle);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a fresh bundle', () => {
  it('holds the PDF, every original under evidence/ by exhibit number, manifest, checksums and instructions', () => {
    const names = [...entries.keys()].sort();
    expect(names).toContain('报案材料.pdf');
    expect(names).toContain('manifest.json');
    expect(names).toContain('SHA256SUMS');
    expect(names).toContain('HOW_TO_VERIFY.txt');
    const evidence = names.filter((n) => n.startsWith('evidence/'));
    expect(evidence).toHaveLength(sample.snapshot.evidence.length);
    for (const n of evidence) expect(n).toMatch(/^evidence\/E\d{3}_/);
    const readme = entries.get('HOW_TO_VERIFY.txt')?.toString('utf8') ?? '';
    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toContain('certutil -hashfile');
    expect(readme).toContain('如何核对');
    expect(readme).toContain(caseAuditDigest(sample.auditEntries));
  });

  it('explains the checks in Chinese first, then in English, every placeholder filled in both', () => {
    const readme = entries.get('HOW_TO_VERIFY.txt')?.toString('utf8') ?? '';
    const zh = readme.indexOf('如何核对本证据包');
    const en = readme.indexOf('How to verify this evidence bundle (English)');
    expect(zh).toBe(0);
    expect(en).toBeGreaterThan(zh);
    const english = readme.slice(en);
    expect(english).not.toMatch(/[{}]/);
    expect(readme).not.toMatch(/\{[a-zA-Z]+\}/);
    const digest = caseAuditDigest(sample.auditEntries);
    // The digest and the file count stand in both halves, and the English half keeps the limits.
    expect(readme.slice(0, en)).toContain(digest);
    expect(english).toContain(digest);
    expect(english).toContain(`${sample.snapshot.evidence.length} original evidence files`);
    expect(english).toContain('sha256sum -c SHA256SUMS');
    const prose = english.replace(/\s+/g, ' ');
    expect(prose).toContain('this step alone does not prove that no file was changed');
    expect(prose).toContain('it does not show that what the files show is true');
    expect(english).toContain('报案材料.pdf');
  });

  it('has a manifest with case facts, every file with hash, size, exhibit and capture time, and the audit entries', () => {
    const manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '{}');
    expect(manifest.case.title).toBe(sample.snapshot.case.title);
    expect(manifest.payments.map((p: { txid: string }) => p.txid)).toEqual(
      sample.snapshot.payments.map((p) => p.txid),
    );
    expect(manifest.audit.head).toBe(sample.auditHead);
    expect(manifest.audit.entries).toHaveLength(sample.auditEntries.length);
    const evidence = manifest.files.filter((f: { role: string }) => f.role === 'evidence');
    expect(evidence).toHaveLength(sample.snapshot.evidence.length);
    for (const f of evidence) {
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(entries.get(f.path)?.length).toBe(f.size);
      expect(typeof f.exhibit).toBe('number');
      expect(f).toHaveProperty('capturedAt');
    }
  });

  it('verifies', async () => {
    const report = await verifyBundle(bundle.bundle);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.verified).toHaveLength(entries.size - 1);
    expect(report.auditHead).toBe(sample.auditHead);
  });

  it('passes `sha256sum -c` once unzipped with ordinary tools', () => {
    const out = path.join(dir, 'unzipped');
    mkdirSync(out);
    // Python's zipfile stands in for any unzip tool (it honours the UTF-8 name flag, as 7-Zip, macOS and Windows do).
    execFileSync('python3', ['-m', 'zipfile', '-e', bundle.bundle, out]);
    const result = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(result.trim().split('\n')).toHaveLength(entries.size - 1);
    expect(result).not.toContain('FAILED');
  });
});

describe('tampering', () => {
  it.each([
    '报案材料.pdf',
    'manifest.json',
    'SHA256SUMS',
    'HOW_TO_VERIFY.txt',
    'evidence/E001',
    'evidence/E004',
    'evidence/E005',
  ])('flipping one byte of %s fails naming that file', async (prefix) => {
    const name = [...entries.keys()].find((n) => n.startsWith(prefix)) as string;
    const changed = new Map(entries);
    const data = Buffer.from(entries.get(name) as Buffer);
    // In SHA256SUMS, a hex digit of the first hash whose one-bit change is still a hex digit (a → ` and
    // f → g would make the line malformed, a second problem); elsewhere a byte in the middle.
    const at =
      name === 'SHA256SUMS'
        ? [...data.subarray(0, 64)].findIndex((b) => /[0-9b-e]/.test(String.fromCharCode(b)))
        : Math.floor(data.length / 2);
    data[at] = (data[at] as number) ^ 0x01;
    changed.set(name, data);
    const file = path.join(dir, `tampered-${prefix.replace(/\W/g, '_')}.zip`);
    await writeZipEntries(file, changed, comment);
    const report = await verifyBundle(file);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.path)).toEqual([name]);
    expect(report.problems[0]?.kind).toBe('altered');
  });

  it('a byte flipped in the ZIP file itself, inside a stored original, names that original', async () => {
    const raw = readFileSync(bundle.bundle);
    const name = [...entries.keys()].find((n) => n.startsWith('evidence/E004')) as string;
    const original = entries.get(name) as Buffer;
    const at = raw.indexOf(original.subarray(1000, 1064));
    expect(at).toBeGreaterThan(0);
    raw[at + 10] = (raw[at + 10] as number) ^ 0xff;
    const file = path.join(dir, 'raw-flip.zip');
    writeFileSync(file, raw);
    const report = await verifyBundle(file);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.path])).toEqual([['altered', name]]);
  });

  it('names a missing file and an extra file', async () => {
    const changed = new Map(entries);
    const gone = [...entries.keys()].find((n) => n.startsWith('evidence/E002')) as string;
    changed.delete(gone);
    changed.set('evidence/E999_added.png', Buffer.from('not evidence'));
    const file = path.join(dir, 'missing-extra.zip');
    await writeZipEntries(file, changed, comment);
    const report = await verifyBundle(file);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'missing', path: gone }),
        expect.objectContaining({ kind: 'extra', path: 'evidence/E999_added.png' }),
      ]),
    );
    expect(report.problems).toHaveLength(2);
  });

  it('says when SHA256SUMS is missing altogether', async () => {
    const changed = new Map(entries);
    changed.delete('SHA256SUMS');
    const file = path.join(dir, 'no-sums.zip');
    await writeZipEntries(file, changed);
    const report = await verifyBundle(file);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'no-checksums', path: 'SHA256SUMS' })]);
  });
});
