import type Database from 'better-sqlite3';
import type { Counterparty } from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { appendAudit } from '../auditLog.ts';
import { touchCase } from './cases.ts';
import { stmt } from '../sql.ts';

interface CounterpartyRow {
  id: number;
  case_id: number;
  name: string;
  kind: Counterparty['kind'];
  credit_code: string;
  wechat_nicknames: string;
  wechat_ids: string;
  phones: string;
  accounts: string;
  urls: string;
  note: string;
}

const list = (json: string): string[] => JSON.parse(json) as string[];

const toCounterparty = (r: CounterpartyRow): Counterparty => ({
  id: r.id,
  caseId: r.case_id,
  name: r.name,
  kind: r.kind,
  creditCode: r.credit_code,
  wechatNicknames: list(r.wechat_nicknames),
  wechatIds: list(r.wechat_ids),
  phones: list(r.phones),
  accounts: list(r.accounts),
  urls: list(r.urls),
  note: r.note,
});

export type CounterpartyInput = Omit<Counterparty, 'id' | 'caseId'> & { id?: number };

export function listCounterparties(db: Database.Database, caseId: number): Counterparty[] {
  return (
    stmt(db, 'SELECT * FROM counterparties WHERE case_id = ? ORDER BY id').all(caseId) as CounterpartyRow[]
  ).map(toCounterparty);
}

export function getCounterparty(db: Database.Database, id: number): Counterparty {
  const row = stmt(db, 'SELECT * FROM counterparties WHERE id = ?').get(id) as CounterpartyRow | undefined;
  if (!row) throw new AppError('not-found', { what: 'Counterparty 对方', id });
  return toCounterparty(row);
}

/** Insert, or update when `id` is given. Lists are stored whole (deduplicated, order kept). */
export function saveCounterparty(
  db: Database.Database,
  caseId: number,
  input: CounterpartyInput,
): Counterparty {
  const uniq = (xs: string[]) => JSON.stringify([...new Set(xs.map((x) => x.trim()).filter(Boolean))]);
  const values = [
    input.name,
    input.kind,
    input.creditCode,
    uniq(input.wechatNicknames),
    uniq(input.wechatIds),
    uniq(input.phones),
    uniq(input.accounts),
    uniq(input.urls),
    input.note,
  ];
  return db.transaction(() => {
    let id = input.id;
    if (id !== undefined) {
      if (getCounterparty(db, id).caseId !== caseId)
        throw new AppError('not-found', { what: 'Counterparty 对方', id });
      stmt(
        db,
        `UPDATE counterparties SET name = ?, kind = ?, credit_code = ?, wechat_nicknames = ?, wechat_ids = ?, phones = ?,
         accounts = ?, urls = ?, note = ? WHERE id = ?`,
      ).run(...values, id);
    } else {
      id = Number(
        stmt(
          db,
          `INSERT INTO counterparties (case_id, name, kind, credit_code, wechat_nicknames, wechat_ids, phones, accounts, urls, note)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(caseId, ...values).lastInsertRowid,
      );
    }
    touchCase(db, caseId);
    appendAudit(db, { action: 'counterparty.saved', caseId, subject: `counterparty:${id}` });
    return getCounterparty(db, id);
  })();
}

/** Find by exact name within a case, or create a bare one (used by `--counterparty NAME`). */
export function ensureCounterpartyByName(db: Database.Database, caseId: number, name: string): Counterparty {
  const row = stmt(db, 'SELECT * FROM counterparties WHERE case_id = ? AND name = ?').get(caseId, name) as
    CounterpartyRow | undefined;
  if (row) return toCounterparty(row);
  return saveCounterparty(db, caseId, {
    name,
    kind: 'unknown',
    creditCode: '',
    wechatNicknames: [],
    wechatIds: [],
    phones: [],
    accounts: [],
    urls: [],
    note: '',
  });
}
