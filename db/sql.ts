/**
 * Prepared statements, cached per connection. Preparing is the expensive part of a small query
 * (parse + plan, plus garbage for the GC): a bill import of 100,000 rows prepared ~7 statements
 * per row and spent more time there than anywhere else. Every query in db/ and core/ goes through
 * `stmt`, so a statement is prepared once per connection and SQL text, however often it runs.
 *
 * The cache is keyed by the Database object in a WeakMap, so a closed and dropped connection takes
 * its statements with it. SQL text must be a fixed string (or one of a fixed few): never build it
 * from values, which belong in parameters; the cache would grow with every distinct value.
 *
 * A cached statement is shared: do not switch its modes (.pluck(), .raw(), .expand(),
 * .safeIntegers()) — prepare a separately-worded statement if a caller needs another mode.
 * SQLite re-prepares a statement by itself after a schema change (migrations), so a cached one
 * stays valid for the life of its connection.
 */
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on `db`, prepared on first use and reused after. */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** How many distinct statements this connection has prepared through `stmt` (for tests and diagnostics). */
export function cachedStatementCount(db: Database.Database): number {
  return caches.get(db)?.size ?? 0;
}
