/**
 * The 回收站: deleting a case only stamps deleted_at (every row and file stays, restore brings it back);
 * purging erases it for good. An original goes from disk only when no other case — live or in the
 * 回收站, which can still be restored — holds the same bytes; the caller deletes files after the commit.
 */
import type Database from 'better-sqlite3';
import type { CaseRecord } from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { appendAudit } from '../auditLog.ts';
import { stmt } from '../sql.ts';
import { getCase } from './cases.ts';
import { assertRevision } from './revision.ts';

export interface CaseContents {
  payments: number;
  evidence: number;
  documents: number;
  events: number;
  counterparties: number;
}

export function caseContents(db: Database.Database, caseId: number): CaseContents {
  const n = (table: string) =>
    (stmt(db, `SELECT count(*) AS n FROM ${table} WHERE case_id = ?`).get(caseId) as { n: number }).n;
  return {
    payments: n('payments'),
    evidence: n('evidence'),
    documents: n('documents'),
    events: n('timeline_events'),
    counterparties: n('counterparties'),
  };
}

/** Counts only, so the audit entry says what went without any of it (no titles, no names). */
export function softDeleteCase(
  db: Database.Database,
  id: number,
  expectedRevision?: number,
): { case: CaseRecord; contents: CaseContents } {
  return db.transaction(() => {
    const current = getCase(db, id);
    assertRevision('Case 案件', id, expectedRevision, current.revision);
    const contents = caseContents(db, id);
    stmt(db, 'UPDATE cases SET deleted_at = ?, revision = revision + 1 WHERE id = ?').run(nowIso(), id);
    appendAudit(db, { action: 'case.deleted', caseId: id, subject: `case:${id}`, details: { ...contents } });
    return { case: getCase(db, id, { includeDeleted: true }), contents };
  })();
}

export function restoreCase(db: Database.Database, id: number): CaseRecord {
  return db.transaction(() => {
    const current = getCase(db, id, { includeDeleted: true });
    if (current.deletedAt === null) throw new AppError('case-not-deleted', { id });
    stmt(db, 'UPDATE cases SET deleted_at = NULL, updated_at = ?, revision = revision + 1 WHERE id = ?').run(
      nowIso(),
      id,
    );
    appendAudit(db, { action: 'case.restored', caseId: id, subject: `case:${id}`, details: {} });
    return getCase(db, id);
  })();
}

export interface PurgedCase {
  contents: CaseContents;
  /** Originals no remaining evidence row uses: delete their files after the commit. */
  orphanedSha256: string[];
  /** Stored paths (PDF and bundle) of the case's generated papers. */
  documentPaths: string[];
}

/** Erase a case that is in the 回收站: every row (cascade), and the objects only it used. */
export function purgeCaseRows(db: Database.Database, id: number): PurgedCase {
  return db.transaction(() => {
    const current = getCase(db, id, { includeDeleted: true });
    if (current.deletedAt === null) throw new AppError('case-not-deleted', { id });
    const contents = caseContents(db, id);
    const shas = (
      stmt(db, 'SELECT DISTINCT sha256 FROM evidence WHERE case_id = ?').all(id) as { sha256: string }[]
    ).map((r) => r.sha256);
    const docs = stmt(db, 'SELECT path, bundle_path FROM documents WHERE case_id = ?').all(id) as {
      path: string;
      bundle_path: string | null;
    }[];
    // Payments point at evidence (bill_evidence_id) of the same case; both go by cascade from cases.
    stmt(db, 'DELETE FROM cases WHERE id = ?').run(id);
    const stillUsed = stmt(db, 'SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1');
    const orphanedSha256 = shas.filter((sha) => !stillUsed.get(sha));
    const dropObject = stmt(db, 'DELETE FROM objects WHERE sha256 = ?');
    for (const sha of orphanedSha256) dropObject.run(sha);
    appendAudit(db, {
      action: 'case.purged',
      caseId: id,
      subject: `case:${id}`,
      details: { ...contents, objectsDeleted: orphanedSha256.length },
    });
    return {
      contents,
      orphanedSha256,
      documentPaths: docs.flatMap((d) => (d.bundle_path ? [d.path, d.bundle_path] : [d.path])),
    };
  })();
}
