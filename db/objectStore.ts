/**
 * Content-addressed store of evidence originals: objects/<first 2 hex>/<sha256>.
 * A file is staged: copied into tmp/ while being hashed in the same pass (two buffers, so reading the
 * next chunk overlaps hashing and writing this one; memory stays constant whatever the file size) and
 * fsynced. Publishing makes it read-only for its owner (0400) and renames it into place; db/objectBatch.ts publishes only
 * after noting the write (db/pendingWrites.ts), so a crash never leaves an unaccounted object.
 * Same content twice is stored once.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../core/errors.ts';
import { escapeName } from './collectFiles.ts';
import { openPrivate, READ_ONLY_OBJECT_MODE } from '../core/util/privateFile.ts';

const CHUNK = 1 << 20;
/** Bytes kept from the start of each file for content sniffing. */
export const HEAD_BYTES = 4100;

export interface StagedObject {
  sha256: string;
  size: number;
  /** The first bytes, for MIME sniffing without reading the file again. */
  head: Buffer;
  /** The hashed copy in tmp/, until it is published (or discarded). */
  stagedPath: string;
}

export function objectPath(objectsDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
  return path.join(objectsDir, sha256.slice(0, 2), sha256);
}

export interface IngestOptions {
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
}

/** Copy `source` into tmp/ while hashing it; nothing appears in objects/ yet. */
export async function stageObject(
  tmpDir: string,
  /** A path, or its raw bytes when a name in it is not valid UTF-8 (db/collectFiles.ts). */
  source: string | Buffer,
  options: IngestOptions = {},
): Promise<StagedObject> {
  const file = typeof source === 'string' ? source : escapeName(source);
  const tmp = path.join(tmpDir, `ingest-${process.pid}-${randomBytes(8).toString('hex')}`);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let src;
  try {
    src = await open(source, 'r');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new AppError('file-missing', { file });
    throw new AppError('file-unreadable', { file, reason: e.code ?? e.message });
  }
  const dst = await openPrivate(tmp, 'wx');
  try {
    let current = Buffer.allocUnsafe(CHUNK);
    let next = Buffer.allocUnsafe(CHUNK);
    let { bytesRead } = await src.read(current, 0, CHUNK, null);
    while (bytesRead > 0) {
      if (options.signal?.aborted) throw new AppError('cancelled');
      const chunk = current.subarray(0, bytesRead);
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      hash.update(chunk);
      size += bytesRead;
      const [, read] = await Promise.all([dst.write(current, 0, bytesRead), src.read(next, 0, CHUNK, null)]);
      options.onBytes?.(bytesRead);
      [current, next] = [next, current];
      bytesRead = read.bytesRead;
    }
    await dst.sync();
  } catch (err) {
    await dst.close().catch(() => undefined);
    await src.close().catch(() => undefined);
    rmSync(tmp, { force: true });
    if (err instanceof AppError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new AppError('file-unreadable', { file, reason: e.code ?? e.message });
  }
  await dst.close();
  await src.close();

  return { sha256: hash.digest('hex'), size, head, stagedPath: tmp };
}

/**
 * Move a staged copy into objects/ (read-only). When the same content is already there, the copy is
 * dropped: the stored file is byte-identical by its name. Returns true when this call created it.
 */
export function publishObject(objectsDir: string, staged: StagedObject): boolean {
  const finalPath = objectPath(objectsDir, staged.sha256);
  if (existsSync(finalPath)) {
    rmSync(staged.stagedPath, { force: true });
    return false;
  }
  mkdirSync(path.dirname(finalPath), { recursive: true, mode: 0o700 });
  chmodSync(staged.stagedPath, READ_ONLY_OBJECT_MODE);
  renameSync(staged.stagedPath, finalPath);
  return true;
}

/** Remove an object file (only ever called once nothing references it); true when it was there. */
export function deleteObject(objectsDir: string, sha256: string): boolean {
  const p = objectPath(objectsDir, sha256);
  try {
    chmodSync(p, 0o600);
  } catch {
    return false;
  }
  rmSync(p, { force: true });
  return true;
}

/** Re-hash an object as stored, streaming. */
export async function hashObjectFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  const fh = await open(file, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (!bytesRead) break;
      hash.update(buf.subarray(0, bytesRead));
      size += bytesRead;
    }
  } finally {
    await fh.close();
  }
  return { sha256: hash.digest('hex'), size };
}
