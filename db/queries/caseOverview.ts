import type Database from 'better-sqlite3';
import type { CaseOverview, CaseTotals } from '../../core/domain/types.ts';
import { getCase } from './cases.ts';
import { listCounterparties } from './counterparties.ts';
import { listDocuments } from './documents.ts';
import { listEvents } from './timeline.ts';
import { stmt } from '../sql.ts';

/** One pass over the case's payments (by the case index) and a count of its evidence. */
export const CASE_TOTALS_SQL = `SELECT
    count(*) AS payments,
    coalesce(sum(CASE WHEN direction = 'expense' THEN amount_fen END), 0) AS expenseFen,
    coalesce(sum(CASE WHEN direction = 'income' THEN amount_fen END), 0) AS incomeFen,
    (SELECT count(*) FROM evidence WHERE case_id = $id) AS evidence
  FROM payments WHERE case_id = $id`;

export function caseTotals(db: Database.Database, caseId: number): CaseTotals {
  return stmt(db, CASE_TOTALS_SQL).get({ id: caseId }) as CaseTotals;
}

/**
 * The case page's first answer: the case, its counterparties, timeline and documents, and totals of
 * the long lists — a few kilobytes whatever the size of the imported bills. Read in one transaction so
 * the totals match the rows.
 */
export function caseOverview(db: Database.Database, caseId: number): CaseOverview {
  return db.transaction(() => ({
    case: getCase(db, caseId),
    counterparties: listCounterparties(db, caseId),
    events: listEvents(db, caseId),
    documents: listDocuments(db, caseId),
    totals: caseTotals(db, caseId),
  }))();
}
