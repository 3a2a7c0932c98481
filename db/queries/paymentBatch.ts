/**
 * Payments inserted PAYMENT_BATCH rows per statement, for a bill import. One better-sqlite3 call per
 * row (bind 19 values, step, reset) cost more than SQLite's own work for the row; one multi-row
 * statement binds the rows from one reused array. The ids of one statement's rows are consecutive:
 * an INTEGER PRIMARY KEY without AUTOINCREMENT takes max(rowid) + 1 for each new row (SQLite picks
 * another only once the largest rowid is 2^63 − 1), so the last id and the count give them all,
 * in the order added. The caller owns the transaction.
 */
import type Database from 'better-sqlite3';
import { stmt } from '../sql.ts';
import {
  insertPaymentRow,
  insertPaymentsSql,
  putPaymentValues,
  PAYMENT_INSERT_WIDTH,
  type NewPayment,
} from './payments.ts';

/** 64 × 19 = 1,216 parameters, far below SQLite's limit; larger batches measured no faster. */
export const PAYMENT_BATCH = 64;
const BATCH_SQL = insertPaymentsSql(PAYMENT_BATCH);

export class PaymentBatchInserter {
  private readonly values: unknown[] = new Array(PAYMENT_BATCH * PAYMENT_INSERT_WIDTH);
  private readonly pending: NewPayment[] = [];
  private added = 0;

  /** `inserted(index, id)`: the `index`-th payment added (from 0) got `id`; called in order. */
  constructor(
    private readonly db: Database.Database,
    private readonly caseId: number,
    private readonly createdAt: string,
    private readonly inserted: (index: number, id: number) => void,
  ) {}

  add(p: NewPayment): void {
    putPaymentValues(this.values, this.pending.length * PAYMENT_INSERT_WIDTH, this.caseId, p, this.createdAt);
    this.pending.push(p);
    if (this.pending.length === PAYMENT_BATCH) this.flushFull();
  }

  /** Inserts what is still pending (fewer than a batch: one statement each, so no statement per size). */
  finish(): void {
    for (const p of this.pending)
      this.inserted(this.added++, insertPaymentRow(this.db, this.caseId, p, this.createdAt));
    this.pending.length = 0;
  }

  private flushFull(): void {
    const last = Number(stmt(this.db, BATCH_SQL).run(this.values).lastInsertRowid);
    const first = last - PAYMENT_BATCH + 1;
    for (let i = 0; i < PAYMENT_BATCH; i++) this.inserted(this.added++, first + i);
    this.pending.length = 0;
  }
}
