import type Database from 'better-sqlite3';
import type { Direction, ListWindow, Payment, PaymentSource } from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { definedOnly } from '../../core/util/definedOnly.ts';
import { appendAudit } from '../auditLog.ts';
import { touchCase } from './cases.ts';
import { assertRevision } from './revision.ts';
import { stmt } from '../sql.ts';

interface PaymentRow {
  id: number;
  case_id: number;
  source: PaymentSource;
  txid: string;
  merchant_order_id: string | null;
  time: string;
  amount_fen: number;
  direction: Direction;
  type: string;
  method: string;
  receiving_account: string;
  status: string;
  refunded_fen: number | null;
  counterparty: string;
  counterparty_id: number | null;
  note: string;
  bill_evidence_id: number | null;
  bill_row: number | null;
  created_at: string;
  revision: number;
}

const toPayment = (r: PaymentRow): Payment => ({
  id: r.id,
  caseId: r.case_id,
  source: r.source,
  txid: r.txid,
  merchantOrderId: r.merchant_order_id,
  time: r.time,
  amountFen: r.amount_fen,
  direction: r.direction,
  type: r.type,
  method: r.method,
  receivingAccount: r.receiving_account,
  status: r.status,
  refundedFen: r.refunded_fen,
  counterparty: r.counterparty,
  counterpartyId: r.counterparty_id,
  note: r.note,
  billEvidenceId: r.bill_evidence_id,
  billRow: r.bill_row,
  createdAt: r.created_at,
  revision: r.revision,
});

export interface NewPayment {
  source: PaymentSource;
  txid: string;
  merchantOrderId: string | null;
  /** ISO 8601 with offset. */
  time: string;
  amountFen: number;
  direction: Direction;
  type?: string;
  method?: string;
  receivingAccount?: string;
  status?: string;
  refundedFen?: number | null;
  counterparty?: string;
  counterpartyId?: number | null;
  note?: string;
  billEvidenceId?: number | null;
  billRow?: number | null;
}

/** "txid <> ''" lets SQLite use the partial unique index; without it each lookup scans the whole case. */
export const PAYMENT_BY_TXID_SQL = "SELECT * FROM payments WHERE case_id = ? AND txid = ? AND txid <> ''";
export const PAYMENTS_OF_CASE_SQL = 'SELECT * FROM payments WHERE case_id = ? ORDER BY time_ms, id';

export interface PaymentFilter extends ListWindow {
  direction?: Direction;
}

/**
 * A case's payments in time order, optionally one direction and one window of it. LIMIT -1 = no
 * limit; the window is applied to the same index walk, so page N costs about as much as page 1.
 */
export function listPayments(db: Database.Database, caseId: number, filter: PaymentFilter = {}): Payment[] {
  const { direction, offset = 0, limit = -1 } = filter;
  const sql = direction
    ? PAYMENTS_OF_CASE_SQL.replace('case_id = ?', 'case_id = ? AND direction = ?')
    : PAYMENTS_OF_CASE_SQL;
  const params: unknown[] = direction ? [caseId, direction] : [caseId];
  const rows = (
    offset || limit >= 0
      ? stmt(db, `${sql} LIMIT ? OFFSET ?`).all(...params, limit, offset)
      : stmt(db, sql).all(...params)
  ) as PaymentRow[];
  return rows.map(toPayment);
}

export function getPayment(db: Database.Database, id: number): Payment {
  const row = stmt(db, 'SELECT * FROM payments WHERE id = ?').get(id) as PaymentRow | undefined;
  if (!row) throw new AppError('not-found', { what: 'Payment 付款', id });
  return toPayment(row);
}

/** The existing payment in a case with this 交易单号, or else this 商户单号 (dedupe order of the platform ids). */
export function findPaymentByPlatformIds(
  db: Database.Database,
  caseId: number,
  txid: string,
  merchantOrderId: string | null,
): Payment | null {
  if (txid) {
    const row = stmt(db, PAYMENT_BY_TXID_SQL).get(caseId, txid) as PaymentRow | undefined;
    if (row) return toPayment(row);
  }
  if (merchantOrderId) {
    const row = stmt(db, 'SELECT * FROM payments WHERE case_id = ? AND merchant_order_id = ?').get(
      caseId,
      merchantOrderId,
    ) as PaymentRow | undefined;
    if (row) return toPayment(row);
  }
  return null;
}

/** What a dedupe needs of an existing payment: which one, and whether its 交易单号 is the one asked for. */
export type PlatformIdMatch = Pick<Payment, 'id' | 'txid'>;

// The ids travel as one JSON array parameter, so a whole bill is one statement and one index walk
// per id kind, whatever its length (no variable-count IN lists, no SQLite parameter limit).
export const PAYMENTS_BY_TXIDS_SQL = `SELECT id, txid FROM payments
  WHERE case_id = ? AND txid <> '' AND txid IN (SELECT value FROM json_each(?))`;
export const PAYMENTS_BY_MERCHANT_ORDER_IDS_SQL = `SELECT id, txid, merchant_order_id FROM payments
  WHERE case_id = ? AND merchant_order_id IN (SELECT value FROM json_each(?))`;

const CASE_PAYMENT_COUNT_SQL = 'SELECT count(*) AS n FROM payments WHERE case_id = ?';
const CASE_PLATFORM_IDS_SQL = 'SELECT id, txid, merchant_order_id FROM payments WHERE case_id = ?';

/**
 * findPaymentByPlatformIds for a whole batch at once: two queries up front (or one walk of a case
 * smaller than the batch), then a lookup per row in memory with the same answer (交易单号 first,
 * then 商户单号; among several payments with one 商户单号 the lowest id, as the index walk of the
 * single lookup gives). Only valid while the case's payments do not change, i.e. inside one
 * transaction that tracks its own inserts.
 */
export function findPaymentsByPlatformIds(
  db: Database.Database,
  caseId: number,
  ids: readonly { txid: string; merchantOrderId: string | null }[],
): (txid: string, merchantOrderId: string | null) => PlatformIdMatch | null {
  const byTxid = new Map<string, PlatformIdMatch>();
  const byOrderId = new Map<string, PlatformIdMatch>();
  const keepOrderId = (mo: string, id: number, txid: string): void => {
    // The lowest id wins, as in the single lookup's index walk; kept here so no sort is needed.
    const earlier = byOrderId.get(mo);
    if (!earlier || id < earlier.id) byOrderId.set(mo, { id, txid });
  };
  const lookup = (txid: string, merchantOrderId: string | null): PlatformIdMatch | null =>
    (txid ? byTxid.get(txid) : undefined) ??
    (merchantOrderId ? byOrderId.get(merchantOrderId) : undefined) ??
    null;
  // A case with fewer payments than the bill has ids (or none: a first import) is cheaper to walk than
  // the id lists are to look up: SQLite first builds a temporary index of each JSON list (~0.3 s for
  // 100,000 ids, even against an empty case). Same answer, filtered here.
  const { n } = stmt(db, CASE_PAYMENT_COUNT_SQL).get(caseId) as { n: number };
  if (n === 0) return lookup; // before the id sets: building them costs ~0.15 s per 100,000 rows
  const txids = [...new Set(ids.map((r) => r.txid).filter(Boolean))];
  const orderIds = [...new Set(ids.map((r) => r.merchantOrderId).filter((m): m is string => !!m))];
  if (n < txids.length + orderIds.length) {
    const wantTxid = new Set(txids);
    const wantOrderId = new Set(orderIds);
    for (const r of stmt(db, CASE_PLATFORM_IDS_SQL).iterate(caseId) as IterableIterator<{
      id: number;
      txid: string;
      merchant_order_id: string | null;
    }>) {
      if (wantTxid.has(r.txid)) byTxid.set(r.txid, { id: r.id, txid: r.txid });
      if (r.merchant_order_id !== null && wantOrderId.has(r.merchant_order_id))
        keepOrderId(r.merchant_order_id, r.id, r.txid);
    }
    return lookup;
  }
  if (txids.length)
    for (const r of stmt(db, PAYMENTS_BY_TXIDS_SQL).all(caseId, JSON.stringify(txids)) as PlatformIdMatch[])
      byTxid.set(r.txid, { id: r.id, txid: r.txid });
  if (orderIds.length)
    for (const r of stmt(db, PAYMENTS_BY_MERCHANT_ORDER_IDS_SQL).all(caseId, JSON.stringify(orderIds)) as {
      id: number;
      txid: string;
      merchant_order_id: string;
    }[])
      keepOrderId(r.merchant_order_id, r.id, r.txid);
  return lookup;
}

/** The payments columns an insert sets, and one row's values for them (shared with paymentBatch.ts). */
export const PAYMENT_INSERT_COLUMNS = `case_id, source, txid, merchant_order_id, time, time_ms, amount_fen, direction,
  type, method, receiving_account, status, refunded_fen, counterparty, counterparty_id, note, bill_evidence_id,
  bill_row, created_at`;
export const PAYMENT_INSERT_WIDTH = 19;

/** Writes one payment's values into `into` from `at` on (no array per row for a batch). */
export function putPaymentValues(
  into: unknown[],
  at: number,
  caseId: number,
  p: NewPayment,
  createdAt: string,
): void {
  const timeMs = Date.parse(p.time);
  if (Number.isNaN(timeMs)) throw new AppError('time-invalid', { value: p.time, reason: 'not ISO 8601' });
  into[at] = caseId;
  into[at + 1] = p.source;
  into[at + 2] = p.txid;
  into[at + 3] = p.merchantOrderId;
  into[at + 4] = p.time;
  into[at + 5] = timeMs;
  into[at + 6] = p.amountFen;
  into[at + 7] = p.direction;
  into[at + 8] = p.type ?? '';
  into[at + 9] = p.method ?? '';
  into[at + 10] = p.receivingAccount ?? '';
  into[at + 11] = p.status ?? '';
  into[at + 12] = p.refundedFen ?? null;
  into[at + 13] = p.counterparty ?? '';
  into[at + 14] = p.counterpartyId ?? null;
  into[at + 15] = p.note ?? '';
  into[at + 16] = p.billEvidenceId ?? null;
  into[at + 17] = p.billRow ?? null;
  into[at + 18] = createdAt;
}

/** `INSERT INTO payments … VALUES (?…), … ` for `rows` rows. */
export const insertPaymentsSql = (rows: number): string =>
  `INSERT INTO payments (${PAYMENT_INSERT_COLUMNS}) VALUES ${Array.from(
    { length: rows },
    () => `(${Array(PAYMENT_INSERT_WIDTH).fill('?').join(', ')})`,
  ).join(', ')}`;

const INSERT_ONE_PAYMENT_SQL = insertPaymentsSql(1);

/**
 * Insert one payment; the caller owns the transaction and the audit entry. Returns the new id.
 * `createdAt`: one time for a batch (a bill import), else now.
 */
export function insertPaymentRow(
  db: Database.Database,
  caseId: number,
  p: NewPayment,
  createdAt: string = nowIso(),
): number {
  const values: unknown[] = new Array(PAYMENT_INSERT_WIDTH);
  putPaymentValues(values, 0, caseId, p, createdAt);
  return Number(stmt(db, INSERT_ONE_PAYMENT_SQL).run(values).lastInsertRowid);
}

/** Add one payment by hand. A 交易单号 already in the case is refused, naming the existing payment. */
export function addPayment(db: Database.Database, caseId: number, p: NewPayment): Payment {
  return db.transaction(() => {
    const existing = findPaymentByPlatformIds(db, caseId, p.txid, null);
    if (existing) throw new AppError('duplicate-payment', { txid: p.txid, id: existing.id });
    const id = insertPaymentRow(db, caseId, p);
    touchCase(db, caseId);
    appendAudit(db, {
      action: 'payment.added',
      caseId,
      subject: `payment:${id}`,
      details: { txid: p.txid, amountFen: p.amountFen, time: p.time, source: p.source },
    });
    return getPayment(db, id);
  })();
}

export type PaymentPatch = Partial<
  Pick<
    Payment,
    | 'merchantOrderId'
    | 'time'
    | 'amountFen'
    | 'direction'
    | 'type'
    | 'method'
    | 'receivingAccount'
    | 'status'
    | 'counterparty'
    | 'counterpartyId'
    | 'note'
  >
>;

/**
 * Fields whose values are personal data (account numbers, names, the person's own words): the audit
 * records that they changed, never their values — the audit log travels in every bundle.
 */
const PERSONAL_PAYMENT_FIELDS = new Set<keyof PaymentPatch>([
  'method',
  'receivingAccount',
  'counterparty',
  'note',
]);

/** Old → new of every field the patch changes (personal ones by name only, see above). */
function paymentChanges(before: Payment, after: Payment, patch: PaymentPatch): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof PaymentPatch)[]) {
    if (before[key] === after[key]) continue;
    changed[key] = PERSONAL_PAYMENT_FIELDS.has(key)
      ? { changed: true }
      : { from: before[key], to: after[key] };
  }
  return changed;
}

/**
 * Edit a payment. With `expectedRevision` (the revision the editor loaded) a payment changed meanwhile
 * elsewhere is refused (edit-conflict).
 */
export function editPayment(
  db: Database.Database,
  id: number,
  patch: PaymentPatch,
  expectedRevision?: number,
): Payment {
  return db.transaction(() => {
    const before = getPayment(db, id);
    assertRevision('Payment 付款', id, expectedRevision, before.revision);
    const given = definedOnly(patch);
    const next = { ...before, ...given };
    stmt(
      db,
      `UPDATE payments SET merchant_order_id = ?, time = ?, time_ms = ?, amount_fen = ?, direction = ?, type = ?, method = ?,
        receiving_account = ?, status = ?, counterparty = ?, counterparty_id = ?, note = ?, revision = revision + 1
       WHERE id = ?`,
    ).run(
      next.merchantOrderId,
      next.time,
      Date.parse(next.time),
      next.amountFen,
      next.direction,
      next.type,
      next.method,
      next.receivingAccount,
      next.status,
      next.counterparty,
      next.counterpartyId,
      next.note,
      id,
    );
    touchCase(db, before.caseId);
    // The audit keeps what a bill said before a hand edit, so an altered amount is visible later.
    appendAudit(db, {
      action: 'payment.edited',
      caseId: before.caseId,
      subject: `payment:${id}`,
      details: { txid: before.txid, changed: paymentChanges(before, next, given) },
    });
    return getPayment(db, id);
  })();
}

export function removePayment(db: Database.Database, id: number): Payment {
  return db.transaction(() => {
    const p = getPayment(db, id);
    stmt(db, 'DELETE FROM payments WHERE id = ?').run(id);
    touchCase(db, p.caseId);
    appendAudit(db, {
      action: 'payment.removed',
      caseId: p.caseId,
      subject: `payment:${id}`,
      details: { txid: p.txid, amountFen: p.amountFen },
    });
    return p;
  })();
}
