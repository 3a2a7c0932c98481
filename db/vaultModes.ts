/**
 * A vault is private at rest: the folder and its subfolders 0700, the database and everything written
 * inside 0600, originals 0400. New files get their mode when created (core/util/privateFile.ts); this
 * module tightens what is already on disk when a vault is opened:
 * - always (cheap): the vault folder, its subfolders, payproof.sqlite and its -wal/-shm. SQLite creates
 *   -wal/-shm with the database file's mode, so a 0600 database before the first open keeps them 0600.
 * - once, when the vault folder or its database was readable by others (a vault from a version that
 *   left them 0755/0644): every file below objects/, exports/, cache/ and tmp/ too.
 * On Windows these modes mean little; the per-user app-data folder's ACL is what protects a vault there.
 */
import { chmodSync, closeSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  openPrivateSync,
  PRIVATE_DIR_MODE,
  PRIVATE_FILE_MODE,
  READ_ONLY_OBJECT_MODE,
} from '../core/util/privateFile.ts';
import { vaultFiles } from './vaultLocation.ts';

const GROUP_OTHER = 0o077;

/** chmod to `mode` when the file exists and differs; true when its mode had group/other bits. */
function tighten(file: string, mode: number): boolean {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return false;
  }
  if (st.isSymbolicLink()) return false;
  const loose = (st.mode & GROUP_OTHER) !== 0;
  if ((st.mode & 0o777) !== mode) chmodSync(file, mode);
  return loose;
}

/** Every folder and file under `dir` (symlinks left alone, never followed). */
function tightenTree(dir: string, fileMode: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  tighten(dir, PRIVATE_DIR_MODE);
  for (const name of names) {
    const full = path.join(dir, name);
    const st = lstatSync(full);
    if (st.isDirectory()) tightenTree(full, fileMode);
    else if (st.isFile()) tighten(full, fileMode);
  }
}

/** Before SQLite opens the vault: the folder 0700, the database (created here when new) and its WAL 0600. */
export function tightenVaultBeforeOpen(dir: string): { wasLoose: boolean } {
  const folderLoose = tighten(dir, PRIVATE_DIR_MODE);
  const db = path.join(dir, vaultFiles.database);
  let dbLoose = false;
  try {
    // A new database file starts empty and 0600 (SQLite would create it 0644 minus the umask).
    closeSync(openPrivateSync(db, 'wx'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    dbLoose = tighten(db, PRIVATE_FILE_MODE);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) tighten(`${db}${suffix}`, PRIVATE_FILE_MODE);
  return { wasLoose: folderLoose || dbLoose };
}

/** After the subfolders exist: 0700 each; their files too when the vault had been left readable. */
export function tightenVaultFolders(dir: string, wasLoose: boolean): void {
  const trees: [string, number][] = [
    [vaultFiles.objects, READ_ONLY_OBJECT_MODE],
    [vaultFiles.exports, PRIVATE_FILE_MODE],
    [vaultFiles.tmp, PRIVATE_FILE_MODE],
    ['cache', PRIVATE_FILE_MODE],
  ];
  for (const [name, fileMode] of trees) {
    const sub = path.join(dir, name);
    if (wasLoose) tightenTree(sub, fileMode);
    else tighten(sub, PRIVATE_DIR_MODE);
  }
}
