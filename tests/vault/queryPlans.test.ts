/**
 * The queries behind the case page must use their indexes and never sort in a temp b-tree:
 * a case with 20,000 payments is read on every open. EXPLAIN QUERY PLAN pins that down.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrations.ts';
import { CASE_TOTALS_SQL } from '../../db/queries/caseOverview.ts';
import { EVIDENCE_OF_CASE_SQL } from '../../db/queries/evidence.ts';
import {
  PAYMENT_BY_TXID_SQL,
  PAYMENTS_BY_MERCHANT_ORDER_IDS_SQL,
  PAYMENTS_BY_TXIDS_SQL,
  PAYMENTS_OF_CASE_SQL,
} from '../../db/queries/payments.ts';

const db = new Database(':memory:');
migrate(db);

function plan(sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ');
}

describe('query plans of the case page', () => {
  it.each([
    ['payments of a case, in time order', PAYMENTS_OF_CASE_SQL, 'USING INDEX payments_case_time'],
    [
      'one page of payments',
      `${PAYMENTS_OF_CASE_SQL} LIMIT 200 OFFSET 19800`,
      'USING INDEX payments_case_time',
    ],
    ['evidence of a case with payment links', EVIDENCE_OF_CASE_SQL, 'USING INDEX evidence_case'],
    ['case totals', CASE_TOTALS_SQL.replace(/\$id/g, '?'), 'USING INDEX payments_case_time'],
    [
      'timeline of a case',
      'SELECT * FROM timeline_events WHERE case_id = ? ORDER BY date, id',
      'USING INDEX timeline_case_date',
    ],
    ['dedupe lookup by 交易单号', PAYMENT_BY_TXID_SQL, 'USING INDEX payments_case_txid'],
    [
      'dedupe lookup by 商户单号',
      'SELECT * FROM payments WHERE case_id = ? AND merchant_order_id = ?',
      'USING INDEX payments_case_merchant_order',
    ],
    [
      'batch dedupe by 交易单号 (bill import)',
      PAYMENTS_BY_TXIDS_SQL,
      'USING COVERING INDEX payments_case_txid',
    ],
    [
      'batch dedupe by 商户单号 (bill import)',
      PAYMENTS_BY_MERCHANT_ORDER_IDS_SQL,
      'USING INDEX payments_case_merchant_order',
    ],
    [
      'objects still referenced',
      'SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1',
      'USING COVERING INDEX evidence_sha',
    ],
  ])('%s', (_name, sql, expected) => {
    // Bind the case id; later parameters become literals so EXPLAIN needs one value only.
    const p = plan(sql.replace(/\?/g, (_m, offset: number) => (offset === sql.indexOf('?') ? '?' : "'x'")));
    expect(p).toContain(expected);
    expect(p).not.toContain('TEMP B-TREE');
    expect(p).not.toMatch(/SCAN (payments|evidence|timeline_events)\b/);
  });
});
