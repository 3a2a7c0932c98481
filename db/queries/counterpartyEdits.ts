/**
 * Removing and merging counterparties. Payments keep the bill's own 交易对方 text either way (a fact of
 * the bill); only the link to the party changes. Audit entries hold ids and counts, never names.
 */
import type Database from 'better-sqlite3';
import type { Counterparty } from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { appendAudit } from '../auditLog.ts';
import { stmt } from '../sql.ts';
import { getCase, touchCase } from './cases.ts';
import { getCounterparty, updateCounterpartyRow, type CounterpartyFields } from './counterparties.ts';
import { assertRevision } from './revision.ts';

export function paymentsOfCounterparty(db: Database.Database, id: number): number {
  return (stmt(db, 'SELECT count(*) AS n FROM payments WHERE counterparty_id = ?').get(id) as { n: number })
    .n;
}

/** A party of a live case (a case in the 回收站 is not edited). */
export function liveCounterparty(db: Database.Database, id: number): Counterparty {
  const cp = getCounterparty(db, id);
  getCase(db, cp.caseId);
  return cp;
}

export function updateCounterparty(
  db: Database.Database,
  id: number,
  patch: Partial<CounterpartyFields>,
  expectedRevision?: number,
): Counterparty {
  return db.transaction(() => {
    const current = liveCounterparty(db, id);
    assertRevision('Counterparty 对方', id, expectedRevision, current.revision);
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    updateCounterpartyRow(db, id, { ...current, ...given });
    touchCase(db, current.caseId);
    appendAudit(db, {
      action: 'counterparty.saved',
      caseId: current.caseId,
      subject: `counterparty:${id}`,
      details: { fields: Object.keys(given) },
    });
    return getCounterparty(db, id);
  })();
}

export function removeCounterparty(
  db: Database.Database,
  id: number,
): { counterparty: Counterparty; unlinkedPayments: number } {
  return db.transaction(() => {
    const cp = liveCounterparty(db, id);
    const unlinkedPayments = paymentsOfCounterparty(db, id);
    // ON DELETE SET NULL unlinks the payments.
    stmt(db, 'DELETE FROM counterparties WHERE id = ?').run(id);
    touchCase(db, cp.caseId);
    appendAudit(db, {
      action: 'counterparty.removed',
      caseId: cp.caseId,
      subject: `counterparty:${id}`,
      details: { unlinkedPayments },
    });
    return { counterparty: cp, unlinkedPayments };
  })();
}

const union = <T>(a: T[], b: T[], key: (x: T) => string = String): T[] => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
};

/** `from` and `into` are one person: `into` keeps its fields, gains what only `from` knew, and takes its payments. */
export function mergeCounterparties(
  db: Database.Database,
  fromId: number,
  intoId: number,
): { counterparty: Counterparty; movedPayments: number; removedId: number } {
  if (fromId === intoId) throw new AppError('counterparty-merge-self', { id: fromId });
  return db.transaction(() => {
    const from = liveCounterparty(db, fromId);
    const into = liveCounterparty(db, intoId);
    if (from.caseId !== into.caseId)
      throw new AppError('counterparty-other-case', { id: fromId, caseId: into.caseId });
    const merged: CounterpartyFields = {
      name: into.name || from.name,
      kind: into.kind === 'unknown' ? from.kind : into.kind,
      creditCode: into.creditCode || from.creditCode,
      wechatNicknames: union(
        into.wechatNicknames,
        [from.name, ...from.wechatNicknames].filter((n) => n && n !== into.name),
      ),
      wechatIds: union(into.wechatIds, from.wechatIds),
      phones: union(into.phones, from.phones),
      accounts: union(into.accounts, from.accounts, (a) => `${a.type}:${a.number.replace(/\s+/g, '')}`),
      urls: union(into.urls, from.urls),
      address: into.address || from.address,
      platform: into.platform || from.platform,
      note: [into.note, from.note].filter(Boolean).join('\n'),
    };
    const movedPayments = db
      .prepare('UPDATE payments SET counterparty_id = ? WHERE counterparty_id = ?')
      .run(intoId, fromId).changes;
    updateCounterpartyRow(db, intoId, merged);
    stmt(db, 'DELETE FROM counterparties WHERE id = ?').run(fromId);
    touchCase(db, into.caseId);
    appendAudit(db, {
      action: 'counterparty.merged',
      caseId: into.caseId,
      subject: `counterparty:${intoId}`,
      details: { from: fromId, into: intoId, movedPayments },
    });
    return { counterparty: getCounterparty(db, intoId), movedPayments, removedId: fromId };
  })();
}
