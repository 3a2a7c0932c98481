import type Database from 'better-sqlite3';
import type { Counterparty, ReceivingAccount } from '../../core/domain/types.ts';
import { ACCOUNT_TYPES, EMPTY_COUNTERPARTY } from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { appendAudit } from '../auditLog.ts';
import { touchCase } from './cases.ts';
import { assertRevision } from './revision.ts';
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
  address: string;
  platform: string;
  note: string;
  revision: number;
}

const list = (json: string): string[] => JSON.parse(json) as string[];

/** Accounts as stored (schema 2: objects). Anything malformed reads as an 'other' account, never lost. */
function accountList(json: string): ReceivingAccount[] {
  return (JSON.parse(json) as unknown[]).flatMap((raw): ReceivingAccount[] => {
    if (typeof raw === 'string') return raw.trim() ? [{ type: 'other', number: raw.trim() }] : [];
    if (!raw || typeof raw !== 'object') return [];
    const a = raw as Record<string, unknown>;
    const type = ACCOUNT_TYPES.includes(a.type as ReceivingAccount['type'])
      ? (a.type as ReceivingAccount['type'])
      : 'other';
    const out: ReceivingAccount = { type, number: typeof a.number === 'string' ? a.number : '' };
    if (typeof a.bank === 'string' && a.bank) out.bank = a.bank;
    if (typeof a.holder === 'string' && a.holder) out.holder = a.holder;
    return out.number ? [out] : [];
  });
}

const toCounterparty = (r: CounterpartyRow): Counterparty => ({
  id: r.id,
  caseId: r.case_id,
  name: r.name,
  kind: r.kind,
  creditCode: r.credit_code,
  wechatNicknames: list(r.wechat_nicknames),
  wechatIds: list(r.wechat_ids),
  phones: list(r.phones),
  accounts: accountList(r.accounts),
  urls: list(r.urls),
  address: r.address,
  platform: r.platform,
  note: r.note,
  revision: r.revision,
});

export type CounterpartyFields = Omit<Counterparty, 'id' | 'caseId' | 'revision'>;
export type CounterpartyInput = CounterpartyFields & { id?: number };

/** Re-exported where the queries are used; the defaults themselves are domain data. */
export { EMPTY_COUNTERPARTY };

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

/** Parties of a case with exactly this name (after trimming), oldest first. */
export function findCounterpartiesByName(
  db: Database.Database,
  caseId: number,
  name: string,
): Counterparty[] {
  return (
    stmt(db, 'SELECT * FROM counterparties WHERE case_id = ? AND trim(name) = ? ORDER BY id').all(
      caseId,
      name.trim(),
    ) as CounterpartyRow[]
  ).map(toCounterparty);
}

const uniq = (xs: string[]) => JSON.stringify([...new Set(xs.map((x) => x.trim()).filter(Boolean))]);

/** Accounts deduplicated on (type, number without spaces); the first entry's bank/holder is kept. */
function uniqAccounts(xs: ReceivingAccount[]): string {
  const seen = new Map<string, ReceivingAccount>();
  for (const a of xs) {
    const number = a.number.trim();
    if (!number) continue;
    const key = `${a.type}:${number.replace(/\s+/g, '')}`;
    if (seen.has(key)) continue;
    const out: ReceivingAccount = { type: a.type, number };
    if (a.bank?.trim()) out.bank = a.bank.trim();
    if (a.holder?.trim()) out.holder = a.holder.trim();
    seen.set(key, out);
  }
  return JSON.stringify([...seen.values()]);
}

function columnValues(input: CounterpartyFields): unknown[] {
  return [
    input.name,
    input.kind,
    input.creditCode,
    uniq(input.wechatNicknames),
    uniq(input.wechatIds),
    uniq(input.phones),
    uniqAccounts(input.accounts),
    uniq(input.urls),
    input.address,
    input.platform,
    input.note,
  ];
}

/** Insert a party; the caller owns the transaction and the audit entry. Returns the new id. */
export function insertCounterpartyRow(
  db: Database.Database,
  caseId: number,
  input: CounterpartyFields,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO counterparties (case_id, name, kind, credit_code, wechat_nicknames, wechat_ids, phones, accounts,
          urls, address, platform, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(caseId, ...columnValues(input)).lastInsertRowid,
  );
}

/** Overwrite a party's fields and bump its revision; the caller owns the transaction and the audit entry. */
export function updateCounterpartyRow(db: Database.Database, id: number, input: CounterpartyFields): void {
  stmt(
    db,
    `UPDATE counterparties SET name = ?, kind = ?, credit_code = ?, wechat_nicknames = ?, wechat_ids = ?, phones = ?,
      accounts = ?, urls = ?, address = ?, platform = ?, note = ?, revision = revision + 1 WHERE id = ?`,
  ).run(...columnValues(input), id);
}

/**
 * Insert, or update when `id` is given. Lists are stored whole (deduplicated, order kept). With
 * `expectedRevision` an update of a party changed meanwhile elsewhere is refused (edit-conflict).
 */
export function saveCounterparty(
  db: Database.Database,
  caseId: number,
  input: CounterpartyInput,
  expectedRevision?: number,
): Counterparty {
  const { id: givenId, ...fields } = input;
  return db.transaction(() => {
    let id = givenId;
    if (id !== undefined) {
      const current = getCounterparty(db, id);
      if (current.caseId !== caseId) throw new AppError('not-found', { what: 'Counterparty 对方', id });
      assertRevision('Counterparty 对方', id, expectedRevision, current.revision);
      updateCounterpartyRow(db, id, fields);
    } else {
      id = insertCounterpartyRow(db, caseId, fields);
    }
    touchCase(db, caseId);
    appendAudit(db, {
      action: 'counterparty.saved',
      caseId,
      subject: `counterparty:${id}`,
      details: { created: givenId === undefined },
    });
    return getCounterparty(db, id);
  })();
}

/** Find by exact name within a case, or create a bare one (used by `--counterparty NAME`). */
export function ensureCounterpartyByName(db: Database.Database, caseId: number, name: string): Counterparty {
  const [existing] = findCounterpartiesByName(db, caseId, name);
  if (existing) return existing;
  return saveCounterparty(db, caseId, { ...EMPTY_COUNTERPARTY, name });
}
