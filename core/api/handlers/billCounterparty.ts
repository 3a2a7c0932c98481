/**
 * Which counterparty the imported rows link to. A bill import never adds a party on its own: the caller
 * chooses (an existing party, a new one, or none); without a choice, a row links only to a party of the
 * case with exactly its 交易对方 name, and the names left unlinked come back so the UI can offer them.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../errors.ts';
import {
  EMPTY_COUNTERPARTY,
  findCounterpartiesByName,
  getCounterparty,
  saveCounterparty,
} from '../../../db/queries/counterparties.ts';
import type { BillCounterpartyChoice, BillCounterpartyOutcome } from '../schemas/bill.ts';

/** Refuse a party of another case before anything is read or stored. */
export function checkBillCounterpartyChoice(
  db: Database.Database,
  caseId: number,
  choice: BillCounterpartyChoice | undefined,
): void {
  if (choice && typeof choice === 'object' && 'existingId' in choice) {
    if (getCounterparty(db, choice.existingId).caseId !== caseId)
      throw new AppError('counterparty-other-case', { id: choice.existingId, caseId });
  }
}

/** Returns the party id for a row's 交易对方 name; runs inside the import's transaction. */
export function billCounterpartyResolver(
  db: Database.Database,
  caseId: number,
  choice: BillCounterpartyChoice | undefined,
  outcome: BillCounterpartyOutcome,
): (name: string) => number | null {
  if (choice === 'none') return () => null;
  if (choice && 'existingId' in choice) {
    outcome.linkedId = choice.existingId;
    return () => choice.existingId;
  }
  if (choice && 'create' in choice) {
    let created: number | null = null;
    return () => {
      created ??= saveCounterparty(db, caseId, { ...EMPTY_COUNTERPARTY, ...choice.create }).id;
      outcome.createdId = created;
      outcome.linkedId = created;
      return created;
    };
  }
  const byName = new Map<string, number | null>();
  return (name) => {
    const key = name.trim();
    if (!key) return null;
    if (!byName.has(key)) byName.set(key, findCounterpartiesByName(db, caseId, key)[0]?.id ?? null);
    const found = byName.get(key) ?? null;
    if (found === null) {
      const entry = outcome.unlinkedNames.find((u) => u.name === key);
      if (entry) entry.rows++;
      else outcome.unlinkedNames.push({ name: key, rows: 1 });
    }
    return found;
  };
}
