/**
 * Restore against real crafted zip bombs: a 3 GiB database declared honestly (refused from the central
 * directory, before anything is written), the same 3 GiB behind a declared size of 64 KiB (cut off by
 * the running count), and hundreds of small entries that are each harmless but together inflate far
 * past the archive's size. Each is refused in seconds with a clear error, and leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentProgress } from '../../core/progress.ts';
import { restoreVault } from '../../db/vaultBackup.ts';
import { rawZip, type RawEntry } from '../dossier/rawZip.ts';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { deflatedZeros } from './helpers/zipBomb.ts';

const tmp = useTempDirs();
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

const manifest: RawEntry = {
  name: 'backup.json',
  data: Buffer.from(JSON.stringify({ format: 'payproof-vault-backup', version: 1, objects: 0 })),
};

async function refusal(entries: RawEntry[]) {
  const dir = tmp();
  const archive = path.join(dir, 'backup.zip');
  writeFileSync(archive, rawZip(entries));
  const parent = path.join(dir, 'restore-here');
  const target = path.join(parent, 'vault');
  const started = Date.now();
  const error = await restoreVault(archive, target, silentProgress).then(
    () => null,
    (e: unknown) => e as { code?: string; userMessage?: { zh: string; en: string } },
  );
  const seconds = (Date.now() - started) / 1000;
  const left = (() => {
    try {
      return readdirSync(parent);
    } catch {
      return [];
    }
  })();
  return { error, seconds, left, archive, dir };
}

describe('restore refuses zip bombs before (or while) writing, leaving nothing', () => {
  it('a 3 GiB database in a 3 MB archive, declared honestly: refused from the central directory', async () => {
    const bomb = deflatedZeros(3 * 1024 * MiB);
    const r = await refusal([
      manifest,
      { name: 'payproof.sqlite', data: Buffer.alloc(0), compressed: bomb, declaredSize: 3 * GiB },
    ]);
    expect(r.error?.code).toBe('restore-bad-archive');
    expect(r.error?.userMessage?.en).toContain('zip bomb');
    expect(r.error?.userMessage?.en).toContain('Nothing was written');
    expect(r.left).toEqual([]);
    expect(r.seconds).toBeLessThan(5);
    console.log(
      `honest 3 GiB bomb (${(bomb.length / MiB).toFixed(1)} MB): refused in ${r.seconds.toFixed(2)} s`,
    );
  });

  it('the same 3 GiB behind a declared size of 64 KiB: cut off at 64 KiB by the running count', async () => {
    const r = await refusal([
      manifest,
      {
        name: 'payproof.sqlite',
        data: Buffer.alloc(0),
        compressed: deflatedZeros(3 * 1024 * MiB),
        declaredSize: 64 * 1024,
      },
    ]);
    expect(r.error?.code).toBe('restore-bad-archive');
    expect(r.error?.userMessage?.en).toMatch(/more bytes than it declares|too many bytes/);
    expect(r.left).toEqual([]);
    expect(r.seconds).toBeLessThan(5);
    console.log(`lying 3 GiB bomb: refused in ${r.seconds.toFixed(2)} s`);
  });

  it('400 small entries of 1 MiB zeros each (harmless alone, 400 MiB together from ~0.5 MB): refused', async () => {
    const one = deflatedZeros(MiB);
    const objects: RawEntry[] = Array.from({ length: 400 }, () => {
      const sha = randomBytes(32).toString('hex');
      return {
        name: `objects/${sha.slice(0, 2)}/${sha}`,
        data: Buffer.alloc(0),
        compressed: one,
        declaredSize: MiB,
      };
    });
    const r = await refusal([manifest, ...objects]);
    expect(r.error?.code).toBe('restore-bad-archive');
    expect(r.error?.userMessage?.en).toContain('would inflate');
    expect(r.left).toEqual([]);
  });

  it('the CLI says so in Chinese and English and exits 1', async () => {
    const dir = tmp();
    const archive = path.join(dir, 'bomb.zip');
    writeFileSync(
      archive,
      rawZip([
        manifest,
        {
          name: 'payproof.sqlite',
          data: Buffer.alloc(0),
          compressed: deflatedZeros(1024 * MiB),
          declaredSize: GiB,
        },
      ]),
    );
    const r = await runCli(['restore', archive, '--to', path.join(dir, 'restored')], {
      vault: path.join(tmp(), 'v'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是可用的 PayProof 备份');
    expect(r.stderr).toContain('zip bomb');
    expect(readdirSync(dir)).toEqual(['bomb.zip']);
  }, 180_000);
});
