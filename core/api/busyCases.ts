/**
 * Cases with long work in flight (a dossier being generated reads the case's originals for minutes).
 * Deleting such a case is refused (case-busy) instead of pulling rows and files from under the writer.
 * Per database handle: the core process holds one per open vault.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../errors.ts';

const busy = new WeakMap<Database.Database, Map<number, number>>();

/** Mark the case busy until the returned release is called (call it in a finally). */
export function holdCase(db: Database.Database, caseId: number): () => void {
  const held = busy.get(db) ?? new Map<number, number>();
  busy.set(db, held);
  held.set(caseId, (held.get(caseId) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const n = (held.get(caseId) ?? 1) - 1;
    if (n > 0) held.set(caseId, n);
    else held.delete(caseId);
  };
}

export function assertCaseNotBusy(db: Database.Database, caseId: number): void {
  if (busy.get(db)?.has(caseId)) throw new AppError('case-busy', { id: caseId });
}
