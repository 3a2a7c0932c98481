import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { runCli } from '../helpers/cli.ts';
import { rewriteZip } from '../helpers/rewriteZip.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

describe('vault backup and restore', () => {
  it('round-trips cases, payments, evidence bytes and the audit chain through one ZIP', async () => {
    const vault = path.join(tmp(), 'vault');
    await runCli(['case', 'create', '--title', '退款纠纷', '--type', 'fraud'], { vault });
    await runCli(
      [
        'payment',
        'add',
        '--case',
        '1',
        '--txid',
        '4200001879202307111251305441',
        '--amount',
        '5000',
        '--time',
        '2025-05-18 12:00',
      ],
      { vault },
    );
    const f = path.join(tmp(), '转账截图.png');
    writeFileSync(f, Buffer.from('fake png bytes for backup'));
    await runCli(['evidence', 'add', '--case', '1', f], { vault });
    const zip = path.join(tmp(), 'backup.zip');
    expect((await runCli(['backup', '--out', zip, '--json'], { vault })).json).toMatchObject({ objects: 1 });

    const restored = path.join(tmp(), 'restored');
    const r = await runCli(['restore', zip, '--to', restored, '--json']);
    expect(r.code).toBe(0);
    const show = (await runCli(['case', 'show', '1', '--json'], { vault: restored })).json as {
      payments: { amountFen: number }[];
      evidence: { sha256: string }[];
    };
    expect(show.payments[0]!.amountFen).toBe(500000);
    const sha = createHash('sha256').update('fake png bytes for backup').digest('hex');
    expect(show.evidence[0]!.sha256).toBe(sha);
    expect(readFileSync(path.join(restored, 'objects', sha.slice(0, 2), sha)).toString()).toBe(
      'fake png bytes for backup',
    );
    expect((await runCli(['doctor', '--json'], { vault: restored })).json).toMatchObject({ ok: true });
  });

  it('refuses to restore over a non-empty folder', async () => {
    const vault = path.join(tmp(), 'vault');
    await runCli(['init'], { vault });
    const zip = path.join(tmp(), 'b.zip');
    await runCli(['backup', '--out', zip], { vault });
    const r = await runCli(['restore', zip, '--to', vault]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('这个文件夹不是空的');
    expect(r.stderr).toContain('not empty');
  });

  it('refuses an archive with a path-traversal entry or an object whose bytes do not match its name, leaving nothing behind', async () => {
    for (const [name, content] of [
      // yazl refuses to write "../"; write "xx/" and patch the bytes, as an attacker's tool would.
      ['xx/evil.txt', 'x'],
      [`objects/ab/ab${'0'.repeat(62)}`, 'bytes that do not hash to that name'],
    ] as const) {
      const zip = new yazl.ZipFile();
      const file = path.join(tmp(), 'bad.zip');
      const done = pipeline(zip.outputStream, createWriteStream(file));
      zip.addBuffer(Buffer.from(content), name);
      zip.end();
      await done;
      if (name.startsWith('xx/'))
        writeFileSync(
          file,
          Buffer.from(readFileSync(file).toString('latin1').replaceAll('xx/evil', '../evil'), 'latin1'),
        );
      const target = path.join(tmp(), 'restored');
      const r = await runCli(['restore', file, '--to', target]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('不是可用的 PayProof 备份');
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(path.dirname(target)).filter((n) => n.includes('restoring'))).toEqual([]);
    }
  });
  describe('a backup that is incomplete or not ours is refused and leaves nothing behind', () => {
    async function backupWithOriginal() {
      const ctx = createVaultContext(path.join(tmp(), 'vault'));
      const c = await invoke(ctx, 'case.create', { title: '备份', route: 'fraud' });
      const f = path.join(tmp(), '截图.png');
      writeFileSync(f, 'screenshot bytes');
      await invoke(ctx, 'evidence.add', { caseId: c.id, paths: [f] });
      const backup = await invoke(ctx, 'vault.backup', { dest: path.join(tmp(), 'b.zip') });
      return { ctx, zip: backup.path };
    }

    async function expectRefused(ctx: ReturnType<typeof createVaultContext>, archive: string, text: string) {
      const parent = tmp();
      const target = path.join(parent, 'restored');
      await expect(invoke(ctx, 'vault.restore', { archive, targetDir: target })).rejects.toMatchObject({
        code: 'restore-bad-archive',
        message: expect.stringContaining(text),
      });
      expect(readdirSync(parent)).toEqual([]);
    }

    it('an original left out of the ZIP', async () => {
      const { ctx, zip } = await backupWithOriginal();
      const cut = path.join(tmp(), 'cut.zip');
      await rewriteZip(zip, cut, (name, bytes) => (name.startsWith('objects/') ? null : bytes));
      await expectRefused(ctx, cut, 'is missing');
      ctx.close();
    });

    it('a ZIP holding some other SQLite database', async () => {
      const { ctx, zip } = await backupWithOriginal();
      const foreignDb = path.join(tmp(), 'other.sqlite');
      const other = new Database(foreignDb);
      other.exec('CREATE TABLE t (x)');
      other.close();
      const swapped = path.join(tmp(), 'swapped.zip');
      await rewriteZip(zip, swapped, (name, bytes) =>
        name === 'payproof.sqlite' ? readFileSync(foreignDb) : name.startsWith('objects/') ? null : bytes,
      );
      await expectRefused(ctx, swapped, 'not a PayProof vault');
      ctx.close();
    });

    it('a ZIP without backup.json, and a file that is not a ZIP at all', async () => {
      const { ctx, zip } = await backupWithOriginal();
      const noManifest = path.join(tmp(), 'no-manifest.zip');
      await rewriteZip(zip, noManifest, (name, bytes) => (name === 'backup.json' ? null : bytes));
      await expectRefused(ctx, noManifest, 'backup.json');
      const notZip = path.join(tmp(), 'notes.zip');
      writeFileSync(notZip, 'just some text');
      await expectRefused(ctx, notZip, 'not a readable ZIP');
      ctx.close();
    });
  });
});
