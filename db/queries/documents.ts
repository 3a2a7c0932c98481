import type Database from 'better-sqlite3';
import type { GeneratedDocument } from '../../core/domain/types.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { appendAudit } from '../auditLog.ts';
import { resolveDocumentPath, storedDocumentPath, vaultDirOf } from '../documentPaths.ts';
import { touchCase } from './cases.ts';
import { stmt } from '../sql.ts';

interface DocumentRow {
  id: number;
  case_id: number;
  kind: string;
  sha256: string;
  path: string;
  bundle_path: string | null;
  pages: number;
  created_at: string;
}

/** Stored paths are relative to the vault when inside it (db/documentPaths.ts); callers get absolute ones. */
const toDocument = (vaultDir: string, r: DocumentRow): GeneratedDocument => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  sha256: r.sha256,
  path: resolveDocumentPath(vaultDir, r.path),
  bundlePath: r.bundle_path === null ? null : resolveDocumentPath(vaultDir, r.bundle_path),
  pages: r.pages,
  createdAt: r.created_at,
});

export function listDocuments(db: Database.Database, caseId: number): GeneratedDocument[] {
  const dir = vaultDirOf(db);
  return (stmt(db, 'SELECT * FROM documents WHERE case_id = ? ORDER BY id').all(caseId) as DocumentRow[]).map(
    (r) => toDocument(dir, r),
  );
}

export function getDocument(db: Database.Database, id: number): GeneratedDocument | undefined {
  const row = stmt(db, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  return row && toDocument(vaultDirOf(db), row);
}

/** Record a generated document and its audit entry in one transaction. */
export function recordDocument(
  db: Database.Database,
  caseId: number,
  doc: {
    kind: string;
    sha256: string;
    path: string;
    bundlePath: string | null;
    pages: number;
    bundleSha256?: string;
    /** When it was generated (the PDF's CreationDate), so the history and the PDF agree. */
    createdAt?: string;
  },
): GeneratedDocument {
  const dir = vaultDirOf(db);
  return db.transaction(() => {
    const id = Number(
      stmt(
        db,
        'INSERT INTO documents (case_id, kind, sha256, path, bundle_path, pages, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(
        caseId,
        doc.kind,
        doc.sha256,
        storedDocumentPath(dir, doc.path),
        doc.bundlePath === null ? null : storedDocumentPath(dir, doc.bundlePath),
        doc.pages,
        doc.createdAt ?? nowIso(),
      ).lastInsertRowid,
    );
    touchCase(db, caseId);
    appendAudit(db, {
      action: 'document.generated',
      caseId,
      subject: `document:${id}`,
      details: {
        kind: doc.kind,
        sha256: doc.sha256,
        pages: doc.pages,
        ...(doc.bundleSha256 ? { bundleSha256: doc.bundleSha256 } : {}),
      },
    });
    return getDocument(db, id)!;
  })();
}
