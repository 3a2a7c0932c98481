/**
 * The vault's intent journal (table pending_writes, docs/ARCHITECTURE.md "Crash consistency").
 * A file that may exist only when a row commits — an original in objects/, a generated paper, a
 * backup's .partial — is noted here first, durably; the change's own transaction deletes the note.
 * So after a crash (SIGKILL, power loss) at any moment, every file that could be half-done or
 * unreferenced is named by a note, and `recoverPendingWrites` (run by openVault under the lock, when
 * nothing else writes) removes it unless a committed row holds it. Recovery is idempotent: notes go
 * only after their files, so a crash during recovery just repeats it.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { nowIso } from '../core/beijingTime.ts';
import { resolveDocumentPath } from './documentPaths.ts';
import { isOwnExportName, isPartialName } from './exportNames.ts';
import { deleteObject } from './objectStore.ts';
import { stmt } from './sql.ts';

export type PendingKind = 'object' | 'document' | 'backup';

export interface PendingWrite {
  kind: PendingKind;
  /** object: sha256; document: stored path (db/documentPaths.ts); backup: absolute .partial path. */
  target: string;
}

/**
 * Run `fn` (one write transaction, never inside another) with synchronous=FULL, so its commit is on
 * disk before any file operation that follows it: the vault otherwise runs WAL with NORMAL, where a
 * commit survives a killed process but not a power cut.
 */
export function durably<T>(db: Database.Database, fn: () => T): T {
  const before = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = FULL');
  try {
    return fn();
  } finally {
    db.pragma(`synchronous = ${before}`);
  }
}

/** Inside the caller's transaction: note writes, returning their note ids. */
export function insertPendingWrites(db: Database.Database, writes: PendingWrite[]): number[] {
  const insert = stmt(db, 'INSERT INTO pending_writes (kind, target, noted_at) VALUES (?, ?, ?)');
  const at = nowIso();
  return writes.map((w) => Number(insert.run(w.kind, w.target, at).lastInsertRowid));
}

/** Note writes in their own durable commit, before any of the files appears. */
export function notePendingWrites(db: Database.Database, writes: PendingWrite[]): number[] {
  return durably(db, () => db.transaction(() => insertPendingWrites(db, writes))());
}

/** Forget notes (inside the transaction that commits their rows, or after their files are gone). */
export function clearPendingWrites(db: Database.Database, ids: readonly number[]): void {
  const del = stmt(db, 'DELETE FROM pending_writes WHERE id = ?');
  for (const id of ids) del.run(id);
}

/** True when a committed objects row holds this content, or another in-flight write has noted it. */
export function objectStillWanted(
  db: Database.Database,
  sha256: string,
  exceptNoteIds: readonly number[],
): boolean {
  if (stmt(db, 'SELECT 1 FROM objects WHERE sha256 = ?').get(sha256)) return true;
  const others = stmt(db, "SELECT id FROM pending_writes WHERE kind = 'object' AND target = ?").all(
    sha256,
  ) as { id: number }[];
  return others.some((n) => !exceptNoteIds.includes(n.id));
}

/** Targets of writes in flight now (this process's own, since the lock keeps others out). */
export function pendingTargets(db: Database.Database, kind: PendingKind): Set<string> {
  const rows = stmt(db, 'SELECT target FROM pending_writes WHERE kind = ?').all(kind) as {
    target: string;
  }[];
  return new Set(rows.map((r) => r.target));
}

function documentRecorded(db: Database.Database, stored: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM documents WHERE path = ? OR bundle_path = ? LIMIT 1').get(stored, stored);
}

export interface RecoveryPaths {
  dir: string;
  objectsDir: string;
  exportsDir: string;
}

export interface RecoveryReport {
  /** Notes found, i.e. interrupted writes. */
  notes: number;
  /** Files removed (unreferenced originals, partials, unrecorded papers). */
  removed: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Vaults from before the journal: every original-named file in objects/ with no objects row, every
 * partial in exports/ and every paper PayProof named there that the history does not record. Such
 * files were never reported as saved (the row is what the answer came from), so they are removed.
 * Files with names PayProof never writes are left alone for `doctor` to report.
 */
function sweepLegacy(db: Database.Database, paths: RecoveryPaths): number {
  let removed = 0;
  const hasObject = stmt(db, 'SELECT 1 FROM objects WHERE sha256 = ?');
  for (const prefix of safeList(paths.objectsDir)) {
    for (const name of safeList(path.join(paths.objectsDir, prefix))) {
      if (!SHA256.test(name) || name.slice(0, 2) !== prefix || hasObject.get(name)) continue;
      deleteObject(paths.objectsDir, name);
      removed++;
    }
  }
  for (const name of safeList(paths.exportsDir)) {
    const unrecorded = isOwnExportName(name) && !documentRecorded(db, `exports/${name}`);
    if (!isPartialName(name) && !unrecorded) continue;
    rmSync(path.join(paths.exportsDir, name), { force: true });
    removed++;
  }
  return removed;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Remove a file if it is there; true when it was. */
function removeFile(file: string): boolean {
  try {
    rmSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Finish what crashed writes left: run at open, holding the vault lock, before anything else writes. */
export function recoverPendingWrites(db: Database.Database, paths: RecoveryPaths): RecoveryReport {
  const notes = stmt(db, 'SELECT id, kind, target FROM pending_writes ORDER BY id').all() as {
    id: number;
    kind: PendingKind | 'legacy-sweep';
    target: string;
  }[];
  let removed = 0;
  for (const note of notes) {
    if (note.kind === 'legacy-sweep') removed += sweepLegacy(db, paths);
    else if (note.kind === 'object') {
      if (SHA256.test(note.target) && !objectStillWanted(db, note.target, [note.id])) {
        deleteObject(paths.objectsDir, note.target);
        removed++;
      }
    } else if (note.kind === 'document') {
      // The paper was never recorded (or its .part never finished): nobody was told it exists.
      const file = resolveDocumentPath(paths.dir, note.target);
      if (/\.(?:pdf|zip)$/i.test(file)) {
        if (removeFile(`${file}.part`)) removed++;
        if (!documentRecorded(db, note.target) && removeFile(file)) removed++;
      }
    } else if (note.kind === 'backup' && isPartialName(note.target) && removeFile(note.target)) removed++;
    clearPendingWrites(db, [note.id]);
  }
  return { notes: notes.length, removed };
}
