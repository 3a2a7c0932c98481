import type Database from 'better-sqlite3';
import {
  NO_CLAIMS,
  type CaseClaims,
  type CaseRecord,
  type CaseStatus,
  type CompensationKind,
} from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { definedOnly } from '../../core/util/definedOnly.ts';
import { appendAudit } from '../auditLog.ts';
import { assertRevision } from './revision.ts';
import { stmt } from '../sql.ts';

interface CaseRow {
  id: number;
  title: string;
  route: string;
  status: CaseStatus;
  recovered_fen: number;
  item: string;
  narrative: string;
  claims: string;
  demand: string;
  place: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
}

const COMPENSATION: readonly CompensationKind[] = ['none', 'triple', 'tenfold', 'amount'];
const fenOrNull = (v: unknown): number | null =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : null;

/** The stored JSON with every key present: a key missing from an older row reads as "not asked". */
export function readClaims(json: string): CaseClaims {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const compensation = COMPENSATION.includes(raw.compensation as CompensationKind)
    ? (raw.compensation as CompensationKind)
    : NO_CLAIMS.compensation;
  return {
    refundFen: fenOrNull(raw.refundFen),
    rescind: raw.rescind === true,
    compensation,
    compensationFen: compensation === 'amount' ? fenOrNull(raw.compensationFen) : null,
    interest: raw.interest === true,
  };
}

const toCase = (r: CaseRow): CaseRecord => ({
  id: r.id,
  title: r.title,
  route: r.route,
  status: r.status,
  recoveredFen: r.recovered_fen,
  item: r.item,
  narrative: r.narrative,
  claims: readClaims(r.claims),
  demand: r.demand,
  place: r.place,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
  revision: r.revision,
});

export interface CaseSummary extends CaseRecord {
  paymentCount: number;
  expenseFen: number;
  evidenceCount: number;
}

export interface NewCase {
  title: string;
  route: string;
  item?: string;
  narrative?: string;
  claims?: CaseClaims;
  demand?: string;
  place?: string;
}

export function createCase(db: Database.Database, input: NewCase): CaseRecord {
  return db.transaction(() => {
    const at = nowIso();
    const { lastInsertRowid } = stmt(
      db,
      `INSERT INTO cases (title, route, item, narrative, claims, demand, place, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.title,
      input.route,
      input.item ?? '',
      input.narrative ?? '',
      JSON.stringify(input.claims ?? NO_CLAIMS),
      input.demand ?? '',
      input.place ?? '',
      at,
      at,
    );
    const id = Number(lastInsertRowid);
    appendAudit(db, {
      action: 'case.created',
      caseId: id,
      subject: `case:${id}`,
      details: { route: input.route },
    });
    return getCase(db, id);
  })();
}

export interface GetCaseOptions {
  /** Also return a case in the 回收站 (restore, purge and the trash list need it). */
  includeDeleted?: boolean;
}

/** A live case; a case in the 回收站 is refused (case-deleted) unless asked for. */
export function getCase(db: Database.Database, id: number, options: GetCaseOptions = {}): CaseRecord {
  const row = stmt(db, 'SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) throw new AppError('not-found', { what: 'Case 案件', id });
  if (row.deleted_at !== null && !options.includeDeleted) throw new AppError('case-deleted', { id });
  return toCase(row);
}

const SUMMARY_SQL = `SELECT c.*,
    (SELECT count(*) FROM payments p WHERE p.case_id = c.id) AS payment_count,
    (SELECT coalesce(sum(amount_fen), 0) FROM payments p WHERE p.case_id = c.id AND p.direction = 'expense') AS expense_fen,
    (SELECT count(*) FROM evidence e WHERE e.case_id = c.id) AS evidence_count
   FROM cases c`;

type SummaryRow = CaseRow & { payment_count: number; expense_fen: number; evidence_count: number };

const toSummary = (r: SummaryRow): CaseSummary => ({
  ...toCase(r),
  paymentCount: r.payment_count,
  expenseFen: r.expense_fen,
  evidenceCount: r.evidence_count,
});

/** Live cases, most recently worked on first. */
export function listCases(db: Database.Database): CaseSummary[] {
  const rows = stmt(
    db,
    `${SUMMARY_SQL} WHERE c.deleted_at IS NULL ORDER BY c.updated_at DESC, c.id DESC`,
  ).all() as SummaryRow[];
  return rows.map(toSummary);
}

/** The 回收站: deleted cases, most recently deleted first. */
export function listDeletedCases(db: Database.Database): CaseSummary[] {
  const rows = stmt(
    db,
    `${SUMMARY_SQL} WHERE c.deleted_at IS NOT NULL ORDER BY c.deleted_at DESC, c.id DESC`,
  ).all() as SummaryRow[];
  return rows.map(toSummary);
}

export type CasePatch = Partial<
  Pick<
    CaseRecord,
    'title' | 'route' | 'status' | 'recoveredFen' | 'item' | 'narrative' | 'claims' | 'demand' | 'place'
  >
>;

/**
 * Change a case's own fields. With `expectedRevision` (the revision the editor loaded) a case changed
 * meanwhile elsewhere is refused (edit-conflict) instead of being overwritten.
 */
export function updateCase(
  db: Database.Database,
  id: number,
  patch: CasePatch,
  expectedRevision?: number,
): CaseRecord {
  return db.transaction(() => {
    const current = getCase(db, id);
    assertRevision('Case 案件', id, expectedRevision, current.revision);
    const given = definedOnly(patch);
    const next = { ...current, ...given, updatedAt: nowIso() };
    stmt(
      db,
      `UPDATE cases SET title = ?, route = ?, status = ?, recovered_fen = ?, item = ?, narrative = ?, claims = ?,
        demand = ?, place = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`,
    ).run(
      next.title,
      next.route,
      next.status,
      next.recoveredFen,
      next.item,
      next.narrative,
      JSON.stringify(next.claims),
      next.demand,
      next.place,
      next.updatedAt,
      id,
    );
    // Field names, plus the status and amounts (not personal); never the texts the person wrote.
    const details: Record<string, unknown> = { fields: Object.keys(given) };
    if (given.status !== undefined && given.status !== current.status)
      details.status = { from: current.status, to: given.status };
    if (given.recoveredFen !== undefined && given.recoveredFen !== current.recoveredFen)
      details.recoveredFen = { from: current.recoveredFen, to: given.recoveredFen };
    if (given.route !== undefined && given.route !== current.route)
      details.route = { from: current.route, to: given.route };
    appendAudit(db, { action: 'case.updated', caseId: id, subject: `case:${id}`, details });
    return getCase(db, id);
  })();
}

/** Bump updated_at so the case list shows recent work first. Call inside the change's transaction. */
export function touchCase(db: Database.Database, id: number): void {
  stmt(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(nowIso(), id);
}
