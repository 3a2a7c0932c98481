/**
 * Payments inserted in bulk are indexed for search in one statement with the per-row trigger stood
 * aside (db/queries/paymentSearch.ts). The entries must be the trigger's, the trigger must be back
 * for every later insert, also after a bulk insert that failed, and a failed bulk insert leaves
 * neither payments nor index entries behind.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { insertPaymentRow, type NewPayment } from '../../db/queries/payments.ts';
import { insertPaymentsIndexedOnce } from '../../db/queries/paymentSearch.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

const payment = (n: number): NewPayment => ({
  source: 'bill',
  txid: `42000000000000000000000${String(n).padStart(5, '0')}`,
  merchantOrderId: n % 2 ? `MO${n}` : null,
  time: '2025-05-18T12:00:00+08:00',
  amountFen: 100 + n,
  direction: 'expense',
  type: '商户消费',
  counterparty: `商户${n}`,
  note: n === 3 ? '备注' : '',
});

const entries = (db: Database.Database) =>
  db
    .prepare('SELECT rowid, body, case_id AS caseId FROM search_index WHERE rowid % 8 = 1 ORDER BY rowid')
    .all();

async function vault() {
  const ctx = createVaultContext(path.join(tmp(), 'vault'));
  const c = await invoke(ctx, 'case.create', { title: '索引', route: 'fraud' });
  return { ctx, db: ctx.vault().db, caseId: c.id };
}

describe('insertPaymentsIndexedOnce', () => {
  it('writes exactly the entries the per-row trigger writes', async () => {
    const bulk = await vault();
    bulk.db.transaction(() =>
      insertPaymentsIndexedOnce(
        bulk.db,
        () => [1, 2, 3, 4].map((n) => insertPaymentRow(bulk.db, bulk.caseId, payment(n))),
        (ids) => ids,
      ),
    )();
    const perRow = await vault();
    perRow.db.transaction(() => {
      for (const n of [1, 2, 3, 4]) insertPaymentRow(perRow.db, perRow.caseId, payment(n));
    })();
    const got = entries(bulk.db);
    expect(got).toHaveLength(4);
    expect(got).toEqual(entries(perRow.db));
    expect(got[2]).toMatchObject({ body: '4200000000000000000000000003 MO3 商户3 商户消费 备注' });
    bulk.ctx.close();
    perRow.ctx.close();
  });

  it('after a bulk insert that threw, nothing of it is kept and the trigger indexes again', async () => {
    const { ctx, db, caseId } = await vault();
    expect(() =>
      db.transaction(() =>
        insertPaymentsIndexedOnce(
          db,
          () => {
            insertPaymentRow(db, caseId, payment(1));
            throw new Error('disk full');
          },
          () => [],
        ),
      )(),
    ).toThrow('disk full');
    expect(db.prepare('SELECT count(*) AS n FROM payments').get()).toEqual({ n: 0 });
    expect(entries(db)).toEqual([]);
    // Caught inside the transaction: the flag is gone all the same, so a later insert is indexed.
    db.transaction(() => {
      try {
        insertPaymentsIndexedOnce(
          db,
          () => {
            throw new Error('one bad row');
          },
          () => [],
        );
      } catch {
        // the caller decides to go on
      }
      insertPaymentRow(db, caseId, payment(2));
    })();
    expect(entries(db)).toHaveLength(1);
    expect(db.prepare('SELECT count(*) AS n FROM search_deferred_payments').get()).toEqual({ n: 0 });
    ctx.close();
  });

  it('refuses to run outside a transaction (the flag must never be committed on its own)', async () => {
    const { ctx, db } = await vault();
    expect(() =>
      insertPaymentsIndexedOnce(
        db,
        () => [],
        () => [],
      ),
    ).toThrow(/inside a transaction/);
    expect(db.prepare('SELECT count(*) AS n FROM search_deferred_payments').get()).toEqual({ n: 0 });
    ctx.close();
  });
});
