/**
 * Opens (creating on first use) a vault directory: lock, SQLite with WAL + foreign keys, migrations,
 * then crash recovery: the intent journal's notes are resolved (db/pendingWrites.ts: files of writes
 * that never committed are removed) and tmp/ is emptied, so a killed command leaves nothing stray. Modes are
 * tightened on the way (db/vaultModes.ts): a vault is readable by its owner only.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, isAppError } from '../core/errors.ts';
import { relativizeDocumentPaths } from './documentPaths.ts';
import { recoverPendingWrites } from './pendingWrites.ts';
import { assertNotNewer, migrate } from './migrations.ts';
import { acquireVaultLock, type VaultLock } from './vaultLock.ts';
import { vaultFiles } from './vaultLocation.ts';
import { tightenVaultBeforeOpen, tightenVaultFolders } from './vaultModes.ts';

export interface Vault {
  readonly dir: string;
  readonly db: Database.Database;
  readonly objectsDir: string;
  readonly tmpDir: string;
  readonly exportsDir: string;
  close(): void;
}

function ensureDirectory(dir: string): void {
  let st;
  try {
    st = statSync(dir);
  } catch {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return;
  }
  if (!st.isDirectory()) throw new AppError('vault-path-not-dir', { path: dir });
}

function sweepTmp(tmpDir: string): void {
  for (const name of readdirSync(tmpDir)) rmSync(path.join(tmpDir, name), { force: true, recursive: true });
}

export interface OpenVaultOptions {
  /** Refuse instead of creating a missing vault (used by commands that must not invent one). */
  mustExist?: boolean;
}

export function openVault(dirInput: string, options: OpenVaultOptions = {}): Vault {
  const dir = path.resolve(dirInput);
  if (options.mustExist) {
    try {
      statSync(path.join(dir, vaultFiles.database));
    } catch {
      throw new AppError('vault-unusable', {
        path: dir,
        reason: 'no vault here yet; run `payproof init` first',
      });
    }
  }
  ensureDirectory(dir);
  const lock: VaultLock = acquireVaultLock(path.join(dir, vaultFiles.lock));
  let db: Database.Database | undefined;
  try {
    const objectsDir = path.join(dir, vaultFiles.objects);
    const tmpDir = path.join(dir, vaultFiles.tmp);
    const exportsDir = path.join(dir, vaultFiles.exports);
    const { wasLoose } = tightenVaultBeforeOpen(dir);
    db = new Database(path.join(dir, vaultFiles.database));
    // Check the version before any pragma that writes (journal_mode=WAL writes the header).
    assertNotNewer(db, dir);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    relativizeDocumentPaths(db, dir);
    for (const d of [objectsDir, tmpDir, exportsDir]) mkdirSync(d, { recursive: true, mode: 0o700 });
    tightenVaultFolders(dir, wasLoose);
    recoverPendingWrites(db, { dir, objectsDir, exportsDir });
    sweepTmp(tmpDir);
    const handle = db;
    let closed = false;
    return {
      dir,
      db: handle,
      objectsDir,
      tmpDir,
      exportsDir,
      close() {
        if (closed) return;
        closed = true;
        handle.close();
        lock.release();
      },
    };
  } catch (err) {
    db?.close();
    lock.release();
    if (isAppError(err)) throw err;
    throw new AppError('vault-unusable', { path: dir, reason: (err as Error).message });
  }
}
