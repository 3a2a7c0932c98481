/**
 * Files only their owner can read. A vault holds ID numbers, chats and bank statements, so every file
 * PayProof writes — inside the vault or outside it (a dossier `--out`, a backup) — is created 0600 (a
 * folder 0700). The mode is set on the open descriptor before any byte is written (open with the mode,
 * then fchmod, since the umask may have taken bits away or the file may already exist with looser ones),
 * never by a chmod once the content is there.
 * On Windows modes are mostly ignored; there the per-user app-data folder's ACL is what keeps others out
 * (docs/ARCHITECTURE.md, "Private at rest").
 */
import {
  chmodSync,
  closeSync,
  createWriteStream,
  fchmodSync,
  mkdirSync,
  openSync,
  writeSync,
  type WriteStream,
} from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;
/** Evidence originals: never changed, readable by their owner only. */
export const READ_ONLY_OBJECT_MODE = 0o400;

/** 'wx' refuses an existing file; 'w' truncates one (its old mode is replaced too). */
export type PrivateOpenFlags = 'wx' | 'w';

export function openPrivateSync(file: string, flags: PrivateOpenFlags = 'wx'): number {
  const fd = openSync(file, flags, PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  return fd;
}

export async function openPrivate(file: string, flags: PrivateOpenFlags = 'wx'): Promise<FileHandle> {
  const fh = await open(file, flags, PRIVATE_FILE_MODE);
  try {
    await fh.chmod(PRIVATE_FILE_MODE);
  } catch (err) {
    await fh.close();
    throw err;
  }
  return fh;
}

/** A write stream onto a file that is 0600 before its first byte. */
export function privateWriteStream(file: string, flags: PrivateOpenFlags = 'w'): WriteStream {
  return createWriteStream(file, { fd: openPrivateSync(file, flags) });
}

export function writePrivateFileSync(
  file: string,
  data: string | Uint8Array,
  flags: PrivateOpenFlags = 'w',
): void {
  const fd = openPrivateSync(file, flags);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}

export async function writePrivateFile(
  file: string,
  data: string | Uint8Array,
  flags: PrivateOpenFlags = 'w',
): Promise<void> {
  const fh = await openPrivate(file, flags);
  try {
    await fh.writeFile(data);
  } finally {
    await fh.close();
  }
}

/** mkdir -p whose last folder is 0700 whatever the umask (folders hold no content, so chmod is safe). */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}
