/**
 * The real CLI on a temp vault: `payproof dossier` writes the PDF and bundle and records the
 * document (documents table + audit entry); `payproof verify` passes on it and fails, naming the
 * file, once one byte of an original is changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC_KINDS } from '../../core/dossier/types.ts';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { makeChatScreenshot, makeRotatedPhoto } from './makeImages.ts';
import { readZipEntries, writeZipEntries, zipComment } from './zipTools.ts';

const tmp = useTempDirs();
// One vault for the whole file: each CLI start costs seconds, and the tests only add documents.
let shared: { vault: string; caseId: string; root: string };
const TXID = '4200001234202505181234567890';

async function caseWithEvidence(root: string): Promise<{ vault: string; caseId: string; root: string }> {
  const vault = path.join(root, 'vault');
  const ok = async (args: string[]) => {
    const r = await runCli(args, { vault });
    expect(r.code, r.stderr).toBe(0);
    return r;
  };
  await ok(['init']);
  const created = await ok([
    'case',
    'create',
    '--title',
    '网购手机付款后商家失联',
    '--type',
    'fraud',
    '--json',
  ]);
  const caseId = String((created.json as { id: number }).id);
  await ok([
    'profile',
    'set',
    '--name',
    '李喆',
    '--id-number',
    '110105199003071239',
    '--phone',
    '13800138000',
  ]);
  await ok([
    'counterparty',
    'set',
    '--case',
    caseId,
    '--name',
    '深圳市犇赟科技有限公司',
    '--kind',
    'merchant',
    '--credit-code',
    '91440300MA5G2XXK7Q',
    '--nickname',
    '龘龘数码',
    '--wechat-id',
    'wxid_dragon888',
    '--account',
    '6222021234567890123',
  ]);
  await ok([
    'payment',
    'add',
    '--case',
    caseId,
    '--txid',
    TXID,
    '--amount',
    '1288.00',
    '--time',
    '2025-05-18 12:00:00',
  ]);
  const files = path.join(root, 'files');
  mkdirSync(files);
  await makeChatScreenshot(path.join(files, '聊天记录.png'), { width: 390, height: 844, seed: 3 });
  await makeRotatedPhoto(path.join(files, 'IMG_0001.jpg'));
  await ok([
    'evidence',
    'add',
    '--case',
    caseId,
    '--kind',
    'chat-screenshot',
    path.join(files, '聊天记录.png'),
    path.join(files, 'IMG_0001.jpg'),
  ]);
  return { vault, caseId, root };
}

beforeAll(async () => {
  shared = await caseWithEvidence(mkdtempSync(path.join(tmpdir(), 'payproof-cli-dossier-')));
}, 120_000);
afterAll(() => rmSync(shared.root, { recursive: true, force: true }));

describe('payproof dossier / verify', () => {
  it('writes every document kind, prints {pdf, bundle, pages, sha256}, and records each in the vault and the audit log', async () => {
    const { vault, caseId } = shared;
    const outDir = tmp('payproof-cli-out-');
    for (const doc of DOC_KINDS) {
      const r = await runCli(
        ['dossier', '--case', caseId, '--doc', doc, '--out', path.join(outDir, `${doc}.pdf`), '--json'],
        { vault },
      );
      expect(r.code, r.stderr).toBe(0);
      const out = r.json as { pdf: string; bundle: string; pages: number; sha256: string };
      expect(Object.keys(out).sort()).toEqual(['bundle', 'pages', 'pdf', 'sha256']);
      expect(out.pdf).toBe(path.join(outDir, `${doc}.pdf`));
      expect(out.bundle).toBe(path.join(outDir, `${doc}.zip`));
      expect(createHash('sha256').update(readFileSync(out.pdf)).digest('hex')).toBe(out.sha256);
      expect(
        Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out.pdf], { encoding: 'utf8' }))?.[1]),
      ).toBe(out.pages);
      // The 核对单 speaks of blanks and steps, not of transactions; every other document names it.
      if (doc !== 'checklist')
        expect(execFileSync('pdftotext', [out.pdf, '-'], { encoding: 'utf8' })).toContain(TXID);
    }
    const db = new Database(path.join(vault, 'payproof.sqlite'), { readonly: true });
    const docs = db.prepare('SELECT kind, sha256, pages, bundle_path FROM documents ORDER BY id').all() as {
      kind: string;
      bundle_path: string;
    }[];
    const audit = db
      .prepare("SELECT details FROM audit_log WHERE action = 'document.generated' ORDER BY seq")
      .all() as { details: string }[];
    db.close();
    const mine = docs.filter((d) => d.bundle_path.startsWith(outDir));
    expect(mine.map((d) => d.kind)).toEqual([...DOC_KINDS]);
    expect(audit.length).toBeGreaterThanOrEqual(DOC_KINDS.length);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({
      kind: 'wechat-complaint',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await runCli(['doctor'], { vault })).code).toBe(0);
  }, 120_000);

  it('verify: exit 0 when every file matches, nonzero naming the altered file', async () => {
    const { vault, caseId } = shared;
    const r = await runCli(['dossier', '--case', caseId, '--doc', 'police-report', '--json'], { vault });
    expect(r.code, r.stderr).toBe(0);
    const { bundle } = r.json as { bundle: string };
    expect(bundle.startsWith(path.join(vault, 'exports'))).toBe(true);

    const good = await runCli(['verify', bundle, '--json']);
    expect(good.code).toBe(0);
    expect(good.json).toMatchObject({ ok: true, problems: [] });
    expect((await runCli(['verify', bundle])).stdout).toContain('OK: all');

    const entries = await readZipEntries(bundle);
    const target = [...entries.keys()].find((n) => n.startsWith('evidence/E002')) as string;
    const data = Buffer.from(entries.get(target) as Buffer);
    data[Math.floor(data.length / 2)] = (data[Math.floor(data.length / 2)] as number) ^ 0x01;
    entries.set(target, data);
    const tampered = path.join(path.dirname(bundle), 'tampered.zip');
    await writeZipEntries(tampered, entries, await zipComment(bundle));

    const bad = await runCli(['verify', tampered, '--json']);
    expect(bad.code).not.toBe(0);
    expect(bad.json).toMatchObject({ ok: false, problems: [{ kind: 'altered', path: target }] });
    const human = await runCli(['verify', tampered]);
    expect(human.code).not.toBe(0);
    expect(human.stdout).toContain(target);
  });

  it('refuses an unknown document kind and a missing case without writing anything', async () => {
    const { vault, caseId } = shared;
    const outDir = tmp('payproof-cli-out-');
    const badKind = await runCli(
      ['dossier', '--case', caseId, '--doc', 'letter', '--out', path.join(outDir, 'x.pdf'), '--json'],
      { vault },
    );
    expect(badKind.code).not.toBe(0);
    expect(badKind.stderr).toContain('doc');
    const badCase = await runCli(
      ['dossier', '--case', '999', '--doc', 'civil', '--out', path.join(outDir, 'y.pdf')],
      { vault },
    );
    expect(badCase.code).not.toBe(0);
    expect(
      existsSync(path.join(outDir, 'x.pdf')) ||
        existsSync(path.join(outDir, 'y.pdf')) ||
        existsSync(path.join(outDir, 'y.zip')),
    ).toBe(false);
  });

  it('verify on a file that is not a bundle fails with a reason', async () => {
    const dir = tmp('payproof-cli-notzip-');
    const r = await runCli(['verify', path.join(dir, 'nothing.zip'), '--json']);
    expect(r.code).not.toBe(0);
    expect(r.json).toMatchObject({ ok: false, problems: [{ kind: 'unreadable' }] });
  });
});
