import type Database from 'better-sqlite3';
import type { EvidenceItem, ListWindow } from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { definedOnly } from '../../core/util/definedOnly.ts';
import { appendAudit } from '../auditLog.ts';
import { touchCase } from './cases.ts';
import { stmt } from '../sql.ts';

interface EvidenceRow {
  id: number;
  case_id: number;
  sha256: string;
  kind: string;
  title: string;
  description: string;
  captured_at: string | null;
  captured_at_source: EvidenceItem['capturedAtSource'];
  original_name: string;
  file_modified_at: string | null;
  size: number;
  mime: string;
  added_at: string;
  symlink_path: string | null;
  symlink_target: string | null;
  payment_ids: string | null;
}

const SELECT = `SELECT e.*, (SELECT group_concat(payment_id) FROM evidence_payments ep WHERE ep.evidence_id = e.id) AS payment_ids
  FROM evidence e`;

const toEvidence = (r: EvidenceRow): EvidenceItem => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  title: r.title,
  description: r.description,
  capturedAt: r.captured_at,
  capturedAtSource: r.captured_at_source,
  originalName: r.original_name,
  fileModifiedAt: r.file_modified_at,
  size: r.size,
  mime: r.mime,
  sha256: r.sha256,
  addedAt: r.added_at,
  paymentIds: r.payment_ids
    ? r.payment_ids
        .split(',')
        .map(Number)
        .sort((a, b) => a - b)
    : [],
  ...(r.symlink_path !== null ? { symlink: { path: r.symlink_path, target: r.symlink_target ?? '' } } : {}),
});

export const EVIDENCE_OF_CASE_SQL = `${SELECT} WHERE e.case_id = ? ORDER BY e.id`;

/** A case's evidence in the order it was added; one window of it when asked (LIMIT -1 = no limit). */
export function listEvidence(db: Database.Database, caseId: number, window: ListWindow = {}): EvidenceItem[] {
  const { offset = 0, limit = -1 } = window;
  const rows = (
    offset || limit >= 0
      ? stmt(db, `${EVIDENCE_OF_CASE_SQL} LIMIT ? OFFSET ?`).all(caseId, limit, offset)
      : stmt(db, EVIDENCE_OF_CASE_SQL).all(caseId)
  ) as EvidenceRow[];
  return rows.map(toEvidence);
}

export function getEvidence(db: Database.Database, id: number): EvidenceItem {
  const row = stmt(db, `${SELECT} WHERE e.id = ?`).get(id) as EvidenceRow | undefined;
  if (!row) throw new AppError('not-found', { what: 'Evidence 证据', id });
  return toEvidence(row);
}

export interface NewEvidenceRow {
  sha256: string;
  kind: string;
  title: string;
  description: string;
  capturedAt: string | null;
  capturedAtSource: EvidenceItem['capturedAtSource'];
  originalName: string;
  fileModifiedAt: string | null;
  size: number;
  mime: string;
  addedAt: string;
  /** Added through a symbolic link (db/collectFiles.ts). */
  symlink?: { path: string; target: string } | null;
}

/** Insert the object (if new) and the evidence row; caller owns the transaction and audit. */
export function insertEvidenceRow(
  db: Database.Database,
  caseId: number,
  e: NewEvidenceRow,
  paymentIds: number[],
): number {
  stmt(db, 'INSERT OR IGNORE INTO objects (sha256, size, mime, stored_at) VALUES (?, ?, ?, ?)').run(
    e.sha256,
    e.size,
    e.mime,
    e.addedAt,
  );
  const id = Number(
    stmt(
      db,
      `INSERT INTO evidence (case_id, sha256, kind, title, description, captured_at, captured_at_source, original_name,
          file_modified_at, size, mime, added_at, symlink_path, symlink_target)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      caseId,
      e.sha256,
      e.kind,
      e.title,
      e.description,
      e.capturedAt,
      e.capturedAtSource,
      e.originalName,
      e.fileModifiedAt,
      e.size,
      e.mime,
      e.addedAt,
      e.symlink?.path ?? null,
      e.symlink?.target ?? null,
    ).lastInsertRowid,
  );
  const link = stmt(db, 'INSERT OR IGNORE INTO evidence_payments (evidence_id, payment_id) VALUES (?, ?)');
  for (const pid of paymentIds) link.run(id, pid);
  return id;
}

export function linkEvidenceToPayments(
  db: Database.Database,
  evidenceId: number,
  paymentIds: number[],
): void {
  // One statement for the whole list (a bill links 100,000 payments at once): the ids as one JSON array.
  if (paymentIds.length)
    stmt(
      db,
      'INSERT OR IGNORE INTO evidence_payments (evidence_id, payment_id) SELECT ?, value FROM json_each(?)',
    ).run(evidenceId, JSON.stringify(paymentIds));
}

export type EvidencePatch = Partial<
  Pick<EvidenceItem, 'kind' | 'title' | 'description' | 'capturedAt' | 'paymentIds'>
>;

export function editEvidence(db: Database.Database, id: number, patch: EvidencePatch): EvidenceItem {
  return db.transaction(() => {
    const before = getEvidence(db, id);
    const next = { ...before, ...definedOnly(patch) };
    const capturedAtSource = patch.capturedAt !== undefined ? 'user' : before.capturedAtSource;
    stmt(
      db,
      'UPDATE evidence SET kind = ?, title = ?, description = ?, captured_at = ?, captured_at_source = ? WHERE id = ?',
    ).run(next.kind, next.title, next.description, next.capturedAt, capturedAtSource, id);
    if (patch.paymentIds) {
      stmt(db, 'DELETE FROM evidence_payments WHERE evidence_id = ?').run(id);
      linkEvidenceToPayments(db, id, patch.paymentIds);
    }
    touchCase(db, before.caseId);
    appendAudit(db, {
      action: 'evidence.edited',
      caseId: before.caseId,
      subject: `evidence:${id}`,
      details: { fields: Object.keys(definedOnly(patch)) },
    });
    return getEvidence(db, id);
  })();
}

/**
 * Remove an evidence item. The audit log keeps its hash; the object row (and so the file, which the caller
 * deletes after commit) goes only when no other evidence item references the same content.
 */
export function removeEvidenceRow(
  db: Database.Database,
  id: number,
): { item: EvidenceItem; orphanedSha256: string | null } {
  return db.transaction(() => {
    const item = getEvidence(db, id);
    stmt(db, 'UPDATE payments SET bill_evidence_id = NULL WHERE bill_evidence_id = ?').run(id);
    stmt(db, 'DELETE FROM evidence WHERE id = ?').run(id);
    const stillUsed = stmt(db, 'SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1').get(item.sha256);
    if (!stillUsed) stmt(db, 'DELETE FROM objects WHERE sha256 = ?').run(item.sha256);
    touchCase(db, item.caseId);
    appendAudit(db, {
      action: 'evidence.removed',
      caseId: item.caseId,
      subject: `evidence:${id}`,
      details: { sha256: item.sha256, kind: item.kind, size: item.size, objectDeleted: !stillUsed },
    });
    return { item, orphanedSha256: stillUsed ? null : item.sha256 };
  })();
}
