/**
 * Append-only audit log whose entries chain by hash: entry.hash = sha256(prevHash + "\n" + canonical
 * JSON of the entry). Any edit, deletion or reordering breaks the chain from that entry on.
 * Append inside the same transaction as the change it records.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AuditEntry } from '../core/domain/types.ts';
import { nowIso } from '../core/beijingTime.ts';
import { stmt } from './sql.ts';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditAction =
  | 'case.created'
  | 'case.updated'
  | 'case.deleted'
  | 'case.restored'
  | 'case.purged'
  | 'profile.updated'
  | 'counterparty.saved'
  | 'counterparty.removed'
  | 'counterparty.merged'
  | 'payment.added'
  | 'payment.imported'
  | 'payments.imported'
  | 'payment.edited'
  | 'payment.removed'
  | 'evidence.added'
  | 'evidence.removed'
  | 'evidence.edited'
  | 'event.added'
  | 'event.removed'
  | 'event.edited'
  | 'document.generated'
  | 'chat.imported'
  | 'chat.me-set'
  | 'chat.transfer-linked'
  | 'chat.transcribed'
  | 'chat.excerpt-saved'
  | 'chat.excerpt-removed';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(prevHash: string, e: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  const body = canonical({
    seq: e.seq,
    at: e.at,
    action: e.action,
    caseId: e.caseId,
    subject: e.subject,
    details: e.details,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

interface AuditRow {
  seq: number;
  at: string;
  action: string;
  case_id: number | null;
  subject: string;
  details: string;
  prev_hash: string;
  hash: string;
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    action: r.action,
    caseId: r.case_id,
    subject: r.subject,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export function auditHead(db: Database.Database): { seq: number; hash: string } {
  const row = stmt(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

export function appendAudit(
  db: Database.Database,
  entry: { action: AuditAction; caseId: number | null; subject: string; details?: Record<string, unknown> },
): AuditEntry {
  if (!db.inTransaction)
    throw new Error('appendAudit must run inside the transaction of the change it records');
  const head = auditHead(db);
  const base = {
    seq: head.seq + 1,
    at: nowIso(),
    action: entry.action,
    caseId: entry.caseId,
    subject: entry.subject,
    details: entry.details ?? {},
  };
  const hash = entryHash(head.hash, base);
  stmt(
    db,
    'INSERT INTO audit_log (seq, at, action, case_id, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    base.seq,
    base.at,
    base.action,
    base.caseId,
    base.subject,
    JSON.stringify(base.details),
    head.hash,
    hash,
  );
  return { ...base, prevHash: head.hash, hash };
}

export function listAudit(db: Database.Database, caseId?: number): AuditEntry[] {
  const rows = (
    caseId === undefined
      ? stmt(db, 'SELECT * FROM audit_log ORDER BY seq').all()
      : stmt(db, 'SELECT * FROM audit_log WHERE case_id = ? ORDER BY seq').all(caseId)
  ) as AuditRow[];
  return rows.map(toEntry);
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  head: string;
  /** The first entry whose link or hash does not match, with what was wrong. */
  firstBad: { seq: number; problem: 'prev-hash-mismatch' | 'hash-mismatch' | 'sequence-gap' } | null;
}

export function verifyAuditChain(db: Database.Database): AuditVerification {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (const row of stmt(db, 'SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    const e = toEntry(row);
    count++;
    const bad = (problem: NonNullable<AuditVerification['firstBad']>['problem']): AuditVerification => ({
      ok: false,
      entries: count,
      head: prev,
      firstBad: { seq: e.seq, problem },
    });
    if (e.seq !== expectedSeq) return bad('sequence-gap');
    if (e.prevHash !== prev) return bad('prev-hash-mismatch');
    if (entryHash(prev, e) !== e.hash) return bad('hash-mismatch');
    prev = e.hash;
    expectedSeq++;
  }
  return { ok: true, entries: count, head: prev, firstBad: null };
}
