/**
 * Where a generated document lives, as stored: relative to the vault folder when it sits directly in
 * the vault's exports/ (the default place, which backups, restores and moves carry), so the history
 * follows the vault; absolute anywhere else (`payproof dossier --out`), which stays where it was put.
 * Relative paths use "/" on every OS.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { stmt } from './sql.ts';

/** The vault folder is the folder of its database file (db/openVault.ts keeps them together). */
export function vaultDirOf(db: Database.Database): string {
  return path.dirname(db.name);
}

export function storedDocumentPath(vaultDir: string, absolute: string): string {
  const rel = path.relative(path.resolve(vaultDir), path.resolve(absolute)).split(path.sep).join('/');
  return EXPORTED_DOCUMENT.test(rel) ? rel : absolute;
}

export function resolveDocumentPath(vaultDir: string, stored: string): string {
  return path.isAbsolute(stored) ? stored : path.join(vaultDir, ...stored.split('/'));
}

/** Documents in the vault's own exports/ folder travel with backups and moves; their entry names. */
export const EXPORTED_DOCUMENT = /^exports\/[^/\\]+\.(?:pdf|zip)$/i;

/**
 * Vaults written before paths were stored relative hold absolute ones: make those that point into
 * this vault's exports/ relative, so they too travel with the next backup or move. Idempotent.
 */
export function relativizeDocumentPaths(db: Database.Database, vaultDir: string): void {
  const rows = stmt(db, 'SELECT id, path, bundle_path FROM documents').all() as {
    id: number;
    path: string;
    bundle_path: string | null;
  }[];
  const update = stmt(db, 'UPDATE documents SET path = ?, bundle_path = ? WHERE id = ?');
  db.transaction(() => {
    for (const r of rows) {
      if (!path.isAbsolute(r.path) && (r.bundle_path === null || !path.isAbsolute(r.bundle_path))) continue;
      const pdf = path.isAbsolute(r.path) ? storedDocumentPath(vaultDir, r.path) : r.path;
      const bundle =
        r.bundle_path && path.isAbsolute(r.bundle_path)
          ? storedDocumentPath(vaultDir, r.bundle_path)
          : r.bundle_path;
      if (pdf !== r.path || bundle !== r.bundle_path) update.run(pdf, bundle, r.id);
    }
  })();
}
