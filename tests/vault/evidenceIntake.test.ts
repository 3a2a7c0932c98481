/**
 * Evidence intake with real awkward files: names that are not valid UTF-8 (created through Buffer
 * paths) go in with the rest of the batch, shown with \xNN escapes and flagged; symbolic links (to a
 * file, to a folder, and a loop back up) are followed and recorded as links, in the row, the API,
 * the CLI's words, and the audit log (whether, never where).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { escapeName } from '../../db/collectFiles.ts';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A name with GBK bytes (聊天 = C1 C4 CC EC) that are not UTF-8, as an old Windows disk would hold. */
const gbkName = Buffer.concat([Buffer.from([0xc1, 0xc4, 0xcc, 0xec]), Buffer.from('记录.txt')]);

function folderWithBadNames(): { dir: string; badBytes: Buffer } {
  const dir = path.join(tmp(), '证据');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'a-好的.txt'), 'first');
  const badBytes = Buffer.from('对方承认收款');
  writeFileSync(Buffer.concat([Buffer.from(dir + path.sep), gbkName]), badBytes);
  // A folder whose own name is undecodable, holding an ordinary file.
  const badDir = Buffer.concat([Buffer.from(dir + path.sep), Buffer.from([0x66, 0xff, 0x66])]);
  mkdirSync(badDir);
  writeFileSync(Buffer.concat([badDir, Buffer.from(`${path.sep}inner.txt`)]), 'inner');
  writeFileSync(path.join(dir, 'z-last.txt'), 'last');
  return { dir, badBytes };
}

describe('evidence intake', () => {
  it('escapes undecodable bytes and keeps valid UTF-8 as it is', () => {
    expect(escapeName(gbkName)).toBe('\\xC1\\xC4\\xCC\\xEC记录.txt');
    expect(escapeName(Buffer.from([0x66, 0xff, 0x66]))).toBe('f\\xFFf');
    expect(escapeName(Buffer.from('普通名字.png'))).toBe('普通名字.png');
  });

  it('a file with an invalid-UTF-8 name goes in, flagged and shown escaped, with the rest of the batch', async () => {
    const { dir, badBytes } = folderWithBadNames();
    const ctx = createVaultContext(path.join(tmp(), 'vault'));
    try {
      const c = await invoke(ctx, 'case.create', { title: '测试', route: 'fraud' });
      const added = await invoke(ctx, 'evidence.add', {
        caseId: c.id,
        paths: [dir],
        kind: 'chat-screenshot',
      });
      // Walked in byte order of the names; every file of the batch is in.
      expect(added.map((e) => e.originalName)).toEqual([
        'a-好的.txt',
        'inner.txt',
        'z-last.txt',
        '\\xC1\\xC4\\xCC\\xEC记录.txt',
      ]);
      expect(added).toHaveLength(4);
      const bad = added.find((e) => e.originalName.startsWith('\\xC1'))!;
      expect(bad.warnings).toEqual(['undecodable-name']);
      expect(bad.sha256).toBe(sha(badBytes));
      const inner = added.find((e) => e.originalName === 'inner.txt')!;
      expect(inner.warnings).toEqual(['undecodable-name']);
      expect(added.find((e) => e.originalName === 'a-好的.txt')!.warnings).toEqual([]);
      const stored = readFileSync(path.join(ctx.vault().objectsDir, bad.sha256.slice(0, 2), bad.sha256));
      expect(stored.equals(badBytes)).toBe(true);
    } finally {
      ctx.close();
    }
  });

  it('the CLI adds the folder and says which name could not be read', async () => {
    const { dir } = folderWithBadNames();
    const vault = path.join(tmp(), 'vault');
    expect((await runCli(['case', 'create', '--title', 't', '--type', 'fraud'], { vault })).code).toBe(0);
    const r = await runCli(['evidence', 'add', '--case', '1', '--kind', 'other', dir], { vault });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Added 4 evidence item(s)');
    expect(r.stdout).toContain('\\xC1\\xC4\\xCC\\xEC记录.txt');
    expect(r.stdout).toContain('not valid UTF-8');
  }, 180_000);

  it('symlinks are followed and recorded as such: file link, folder link, and a loop that ends', async () => {
    const root = tmp();
    const outside = path.join(root, 'elsewhere');
    mkdirSync(path.join(outside, 'photos'), { recursive: true });
    writeFileSync(path.join(outside, 'real.txt'), '转账记录');
    writeFileSync(path.join(outside, 'photos', 'p1.txt'), 'photo one');
    const dir = path.join(root, 'dropped');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'plain.txt'), 'plain');
    symlinkSync(path.join(outside, 'real.txt'), path.join(dir, 'link.txt'));
    symlinkSync(path.join(outside, 'photos'), path.join(dir, 'photos-link'));
    symlinkSync(dir, path.join(dir, 'loop'));

    const vaultDir = path.join(tmp(), 'vault');
    const ctx = createVaultContext(vaultDir);
    let caseId: number;
    try {
      const c = await invoke(ctx, 'case.create', { title: '测试', route: 'fraud' });
      caseId = c.id;
      const added = await invoke(ctx, 'evidence.add', { caseId, paths: [dir], kind: 'other' });
      const byName = new Map(added.map((e) => [e.originalName, e]));
      expect([...byName.keys()].sort()).toEqual(['link.txt', 'p1.txt', 'plain.txt']);
      expect(byName.get('plain.txt')!.symlink).toBeUndefined();
      expect(byName.get('link.txt')!.symlink).toEqual({
        path: path.join(dir, 'link.txt'),
        target: realpathSync(path.join(outside, 'real.txt')),
      });
      expect(byName.get('p1.txt')!.symlink).toEqual({
        path: path.join(dir, 'photos-link', 'p1.txt'),
        target: realpathSync(path.join(outside, 'photos', 'p1.txt')),
      });
      const audit = await invoke(ctx, 'audit.list', { caseId });
      const linked = audit.filter((a) => a.action === 'evidence.added' && a.details.viaSymlink === true);
      expect(linked).toHaveLength(2);
      expect(JSON.stringify(audit)).not.toContain(outside);
    } finally {
      ctx.close();
    }
    // Stored, not just reported: a fresh open lists it.
    const again = createVaultContext(vaultDir);
    try {
      const list = await invoke(again, 'evidence.list', { caseId });
      expect(list.find((e) => e.originalName === 'link.txt')!.symlink?.target).toBe(
        realpathSync(path.join(outside, 'real.txt')),
      );
    } finally {
      again.close();
    }

    const cli = await runCli(['evidence', 'list', '--case', String(caseId)], { vault: vaultDir });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(
      `via symlink ${path.join(dir, 'link.txt')} → ${realpathSync(path.join(outside, 'real.txt'))}`,
    );
  }, 180_000);
});
