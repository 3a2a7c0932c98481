/**
 * What the history says about the papers in the vault's exports/: for each stored exports/ path, the
 * document it belongs to and the hash recorded for it — the PDF's in the documents table, the bundle's
 * in the audit entry of its generation (null when an old entry did not record one). Used by restore
 * (a restored paper must match) and doctor (a paper in the history must exist and match).
 */
import type Database from 'better-sqlite3';
import { EXPORTED_DOCUMENT } from './documentPaths.ts';
import { stmt } from './sql.ts';

export interface RecordedExport {
  documentId: number;
  sha256: string | null;
}

export function recordedExports(db: Database.Database): Map<string, RecordedExport> {
  const rows = stmt(
    db,
    `SELECT d.id, d.path, d.sha256, d.bundle_path,
              (SELECT json_extract(a.details, '$.bundleSha256') FROM audit_log a
                WHERE a.subject = 'document:' || d.id AND a.action = 'document.generated') AS bundle_sha
         FROM documents d ORDER BY d.id`,
  ).all() as {
    id: number;
    path: string;
    sha256: string;
    bundle_path: string | null;
    bundle_sha: string | null;
  }[];
  const out = new Map<string, RecordedExport>();
  for (const r of rows) {
    if (EXPORTED_DOCUMENT.test(r.path)) out.set(r.path, { documentId: r.id, sha256: r.sha256 });
    if (r.bundle_path && EXPORTED_DOCUMENT.test(r.bundle_path))
      out.set(r.bundle_path, { documentId: r.id, sha256: r.bundle_sha });
  }
  return out;
}
