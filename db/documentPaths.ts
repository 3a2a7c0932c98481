/**
 * Where a generated document lives, as stored: relative to the vault folder when it was written inside
 * it (the default, exports/), so the history survives a vault move or restore; absolute when the
 * person chose a place outside the vault (`payproof dossier --out`). Relative paths use "/" on every OS.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';

/** The vault folder is the folder of its database file (db/openVault.ts keeps them together). */
export function vaultDirOf(db: Database.Database): string {
  return path.dirname(db.name);
}

export function storedDocumentPath(vaultDir: string, absolute: string): string {
  const rel = path.relative(path.resolve(vaultDir), path.resolve(absolute));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return absolute;
  return rel.split(path.sep).join('/');
}

export function resolveDocumentPath(vaultDir: string, stored: string): string {
  return path.isAbsolute(stored) ? stored : path.join(vaultDir, ...stored.split('/'));
}

/** Documents in the vault's own exports/ folder travel with backups and moves; their entry names. */
export const EXPORTED_DOCUMENT = /^exports\/[^/\\]+\.(?:pdf|zip)$/;
