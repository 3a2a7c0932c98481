/**
 * Search-index entries of payments inserted in bulk. The trigger search_payment_ai indexes each
 * payment as it is inserted; for a bill of 100,000 rows that was the largest single cost of the
 * import (~18 s of FTS5 work against ~2 s for one INSERT … SELECT of the same rows). A bulk insert
 * therefore runs with the trigger stood aside (a row in search_deferred_payments, see migration
 * search_bulk_payments) and indexes its payments itself in one statement, inside the same
 * transaction: the entries are exactly the trigger's (same rowid, body and case), and a crash or an
 * error rolls the flag, the payments and their entries back together.
 */
import type Database from 'better-sqlite3';
import { stmt } from '../sql.ts';

/** The trigger's body expression over `payments`, applied to a set of ids given as one JSON array. */
const INDEX_PAYMENTS_SQL = `INSERT INTO search_index(rowid, body, case_id)
  SELECT id * 8 + 1,
    txid || ' ' || ifnull(merchant_order_id, '') || ' ' || counterparty || ' ' || type || ' ' || note, case_id
  FROM payments WHERE id IN (SELECT value FROM json_each(?))`;

/**
 * Runs `insertPayments` with per-row search indexing off, then indexes the payments it inserted
 * (`insertedIds` of its result) in one statement. Must run inside the caller's transaction.
 */
export function insertPaymentsIndexedOnce<T>(
  db: Database.Database,
  insertPayments: () => T,
  insertedIds: (result: T) => readonly number[],
): T {
  if (!db.inTransaction) throw new Error('insertPaymentsIndexedOnce must run inside a transaction');
  stmt(db, "INSERT INTO search_deferred_payments (holder) VALUES ('bulk-insert')").run();
  let result: T;
  try {
    result = insertPayments();
  } finally {
    // Also on error: a caller that catches inside its transaction must not go on with indexing off.
    stmt(db, "DELETE FROM search_deferred_payments WHERE holder = 'bulk-insert'").run();
  }
  const ids = insertedIds(result);
  if (ids.length) stmt(db, INDEX_PAYMENTS_SQL).run(JSON.stringify(ids));
  return result;
}
