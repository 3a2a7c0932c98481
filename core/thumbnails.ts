/**
 * List-sized thumbnails of image evidence, made once with sharp (EXIF orientation applied) and cached
 * in <vault>/cache/thumbs/ by the original's hash. Derived data: the original is only read, the cache
 * may be deleted at any time. Both hosts use this (browser mode's /evidence/<id>/thumb, Electron's
 * vault://evidence/<id>?thumb=1), so a case with 2,000 photos never loads 2,000 originals to list them.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadSharp } from './loadSharp.ts';
import { objectPath } from '../db/objectStore.ts';
import type { Vault } from '../db/openVault.ts';
import { ensurePrivateDir, writePrivateFile } from './util/privateFile.ts';

export const THUMB_SIZE = 160;
export const THUMB_MIME = 'image/webp';

/** The cached thumbnail of an image original, made on first use; null for other types or bad images. */
export async function ensureThumbnail(vault: Vault, sha256: string, mime: string): Promise<string | null> {
  if (!mime.startsWith('image/') || !/^[0-9a-f]{64}$/.test(sha256)) return null;
  const dir = path.join(vault.dir, 'cache', 'thumbs');
  const thumb = path.join(dir, `${sha256}-${THUMB_SIZE}.webp`);
  if (existsSync(thumb)) return thumb;
  ensurePrivateDir(dir);
  // Written aside and renamed, so a reader never sees half a file (two rows may ask at once).
  const partial = `${thumb}.${process.pid}.${Date.now()}.partial`;
  try {
    const sharp = await loadSharp();
    const bytes = await sharp(objectPath(vault.objectsDir, sha256))
      .rotate()
      .resize(THUMB_SIZE, THUMB_SIZE, { fit: 'cover' })
      .webp({ quality: 70 })
      .toBuffer();
    // Written by us, not by sharp's toFile: 0600 from creation, like every file in the vault.
    await writePrivateFile(partial, bytes, 'wx');
    renameSync(partial, thumb);
    return thumb;
  } catch {
    rmSync(partial, { force: true });
    return null;
  }
}
