/**
 * Private at rest, checked on real modes with the umask at 000 (so nothing but PayProof's own
 * modes can make a file private): the vault folder, database, WAL/SHM, originals, exports, thumbnails,
 * a dossier written with --out, a backup and a restored vault; and an old vault left 0755/0644/0444
 * is tightened when opened.
 */
import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { ensureThumbnail } from '../../core/thumbnails.ts';
import { openVault } from '../../db/openVault.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const mode = (p: string) => statSync(p).mode & 0o777;

/** Every path below `dir` with its mode, folders included. */
function modesBelow(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    out.set(name, mode(path.join(dir, name)));
  }
  return out;
}

function expectPrivateVault(dir: string): void {
  expect(mode(dir)).toBe(0o700);
  for (const [name, m] of modesBelow(dir)) {
    const full = path.join(dir, name);
    const expected = statSync(full).isDirectory()
      ? 0o700
      : name.startsWith(`objects${path.sep}`)
        ? 0o400
        : 0o600;
    expect([name, m.toString(8)]).toEqual([name, expected.toString(8)]);
  }
}

let umask: number;
beforeAll(() => {
  umask = process.umask(0o000);
});
afterAll(() => {
  process.umask(umask);
});

describe('private at rest', () => {
  it('a vault, its exports, a --out dossier, a backup and a restore are owner-only even with umask 000', async () => {
    const vaultDir = path.join(tmp(), 'vault');
    const ctx = createVaultContext(vaultDir);
    try {
      const c = await invoke(ctx, 'case.create', { title: '闲鱼被骗', route: 'fraud', counterparty: '卖家' });
      const photo = path.join(tmp(), '截图.png');
      await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
        .png()
        .toFile(photo);
      const note = path.join(tmp(), '聊天.txt');
      writeFileSync(note, '对方说发货后就拉黑了');
      const [img] = await invoke(ctx, 'evidence.add', { caseId: c.id, paths: [photo, note] });
      expect(await ensureThumbnail(ctx.vault(), img!.sha256, img!.mime)).toBeTruthy();
      await invoke(ctx, 'dossier.generate', { caseId: c.id, doc: 'police-report' });
      const outside = tmp();
      const out = await invoke(ctx, 'dossier.generate', {
        caseId: c.id,
        doc: 'police-report',
        out: path.join(outside, '报案材料.pdf'),
      });
      expect(mode(out.pdf)).toBe(0o600);
      expect(mode(out.bundle)).toBe(0o600);
      const backup = await invoke(ctx, 'vault.backup', { dest: path.join(outside, 'backup.zip') });
      expect(mode(backup.path)).toBe(0o600);
      // The live vault, WAL and SHM included (the connection is open).
      expect(readdirSync(vaultDir)).toEqual(
        expect.arrayContaining([
          'payproof.sqlite',
          'payproof.sqlite-wal',
          'payproof.sqlite-shm',
          'payproof.lock',
        ]),
      );
      expect(readdirSync(path.join(vaultDir, 'exports')).length).toBeGreaterThan(0);
      expectPrivateVault(vaultDir);

      const restoredDir = path.join(tmp(), 'restored');
      await invoke(ctx, 'vault.restore', { archive: backup.path, targetDir: restoredDir });
      expectPrivateVault(restoredDir);
    } finally {
      ctx.close();
    }
  });

  it('an existing vault left readable by others (0755 folder, 0644 database, 0444 originals) is tightened on open', async () => {
    const vaultDir = path.join(tmp(), 'vault');
    const ctx = createVaultContext(vaultDir);
    const c = await invoke(ctx, 'case.create', { title: 't', route: 'fraud' });
    const f = path.join(tmp(), 'a.txt');
    writeFileSync(f, 'evidence');
    const [ev] = await invoke(ctx, 'evidence.add', { caseId: c.id, paths: [f] });
    ctx.close();
    // What an older PayProof left behind.
    const object = path.join(vaultDir, 'objects', ev!.sha256.slice(0, 2), ev!.sha256);
    chmodSync(vaultDir, 0o755);
    chmodSync(path.join(vaultDir, 'payproof.sqlite'), 0o644);
    chmodSync(path.join(vaultDir, 'objects'), 0o755);
    chmodSync(path.dirname(object), 0o755);
    chmodSync(object, 0o444);
    writeFileSync(path.join(vaultDir, 'exports', 'old.pdf'), '%PDF-1.4', { mode: 0o644 });
    chmodSync(path.join(vaultDir, 'exports', 'old.pdf'), 0o644);

    const vault = openVault(vaultDir);
    try {
      expectPrivateVault(vaultDir);
      expect(mode(object)).toBe(0o400);
    } finally {
      vault.close();
    }
  });
});
