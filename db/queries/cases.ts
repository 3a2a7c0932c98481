import type Database from 'better-sqlite3';
import type { CaseRecord, CaseStatus } from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { definedOnly } from '../../core/util/definedOnly.ts';
import { appendAudit } from '../auditLog.ts';
import { stmt } from '../sql.ts';

interface CaseRow {
  id: number;
  title: string;
  route: string;
  status: CaseStatus;
  narrative: string;
  demand: string;
  place: string;
  created_at: string;
  updated_at: string;
}

const toCase = (r: CaseRow): CaseRecord => ({
  id: r.id,
  title: r.title,
  route: r.route,
  status: r.status,
  narrative: r.narrative,
  demand: r.demand,
  place: r.place,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface CaseSummary extends CaseRecord {
  paymentCount: number;
  expenseFen: number;
  evidenceCount: number;
}

export function createCase(
  db: Database.Database,
  input: { title: string; route: string; narrative?: string; demand?: string; place?: string },
): CaseRecord {
  return db.transaction(() => {
    const at = nowIso();
    const { lastInsertRowid } = stmt(
      db,
      'INSERT INTO cases (title, route, narrative, demand, place, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(input.title, input.route, input.narrative ?? '', input.demand ?? '', input.place ?? '', at, at);
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

export function getCase(db: Database.Database, id: number): CaseRecord {
  const row = stmt(db, 'SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) throw new AppError('not-found', { what: 'Case 案件', id });
  return toCase(row);
}

export function listCases(db: Database.Database): CaseSummary[] {
  const rows = stmt(
    db,
    `SELECT c.*,
        (SELECT count(*) FROM payments p WHERE p.case_id = c.id) AS payment_count,
        (SELECT coalesce(sum(amount_fen), 0) FROM payments p WHERE p.case_id = c.id AND p.direction = 'expense') AS expense_fen,
        (SELECT count(*) FROM evidence e WHERE e.case_id = c.id) AS evidence_count
       FROM cases c ORDER BY c.updated_at DESC, c.id DESC`,
  ).all() as (CaseRow & { payment_count: number; expense_fen: number; evidence_count: number })[];
  return rows.map((r) => ({
    ...toCase(r),
    paymentCount: r.payment_count,
    expenseFen: r.expense_fen,
    evidenceCount: r.evidence_count,
  }));
}

export type CasePatch = Partial<
  Pick<CaseRecord, 'title' | 'route' | 'status' | 'narrative' | 'demand' | 'place'>
>;

export function updateCase(db: Database.Database, id: number, patch: CasePatch): CaseRecord {
  return db.transaction(() => {
    const current = getCase(db, id);
    const next = { ...current, ...definedOnly(patch), updatedAt: nowIso() };
    stmt(
      db,
      'UPDATE cases SET title = ?, route = ?, status = ?, narrative = ?, demand = ?, place = ?, updated_at = ? WHERE id = ?',
    ).run(next.title, next.route, next.status, next.narrative, next.demand, next.place, next.updatedAt, id);
    appendAudit(db, {
      action: 'case.updated',
      caseId: id,
      subject: `case:${id}`,
      details: { fields: Object.keys(definedOnly(patch)) },
    });
    return getCase(db, id);
  })();
}

/** Bump updated_at so the case list shows recent work first. Call inside the change's transaction. */
export function touchCase(db: Database.Database, id: number): void {
  stmt(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(nowIso(), id);
}
