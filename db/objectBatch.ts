/**
 * The originals of one change (an evidence batch, a bill import), stored crash-safely:
 *   1. stage: each file is copied into tmp/ and hashed (tmp/ is emptied at every open);
 *   2. publish: ONE durable commit notes every sha256 (db/pendingWrites.ts), then the copies are
 *      renamed into objects/;
 *   3. the caller's transaction inserts the rows and calls `settle()`, which deletes the notes with
 *      them, atomically;
 *   4. on failure `discard()` removes what nobody else holds.
 * Killed before 2: only tmp/ copies, swept at open. Between 2 and 3: the notes name the new files and
 * the next open removes those no objects row holds. After 3: rows and files agree.
 */
import { rmSync } from 'node:fs';
import {
  deleteObject,
  objectPath,
  publishObject,
  stageObject,
  type IngestOptions,
  type StagedObject,
} from './objectStore.ts';
import { clearPendingWrites, notePendingWrites, objectStillWanted } from './pendingWrites.ts';
import type { Vault } from './openVault.ts';

export class ObjectBatch {
  private readonly staged = new Map<string, StagedObject>();
  private noteIds: number[] = [];
  private published = false;

  constructor(private readonly vault: Vault) {}

  /** Hash-copy one file into tmp/; the same content twice in a batch is kept once. */
  async stage(source: string | Buffer, options: IngestOptions = {}): Promise<StagedObject> {
    const copy = await stageObject(this.vault.tmpDir, source, options);
    const earlier = this.staged.get(copy.sha256);
    if (!earlier) {
      this.staged.set(copy.sha256, copy);
      return copy;
    }
    rmSync(copy.stagedPath, { force: true });
    return earlier;
  }

  /** Where the bytes of `sha256` can be read now (tmp/ before publish, objects/ after). */
  pathOf(sha256: string): string {
    const copy = this.staged.get(sha256);
    return copy && !this.published ? copy.stagedPath : objectPath(this.vault.objectsDir, sha256);
  }

  /** Note, durably, then move every staged copy into objects/. Synchronous: nothing interleaves. */
  publish(): void {
    if (this.published) return;
    const shas = [...this.staged.keys()];
    this.noteIds = notePendingWrites(
      this.vault.db,
      shas.map((sha) => ({ kind: 'object' as const, target: sha })),
    );
    this.published = true;
    for (const copy of this.staged.values()) publishObject(this.vault.objectsDir, copy);
  }

  /** Inside the transaction that inserts the rows: the notes go with them. */
  settle(): void {
    clearPendingWrites(this.vault.db, this.noteIds);
  }

  /** After a failure (the rows' transaction rolled back, or never ran). Never throws. */
  discard(): void {
    const { db, objectsDir } = this.vault;
    for (const copy of this.staged.values()) rmSync(copy.stagedPath, { force: true });
    if (!this.published) return;
    try {
      for (const sha of this.staged.keys()) {
        // Another change in this process may hold the same content (its note or its committed row).
        if (!objectStillWanted(db, sha, this.noteIds)) deleteObject(objectsDir, sha);
      }
      clearPendingWrites(db, this.noteIds);
    } catch {
      // The database is unusable right now: the notes stay, and the next open finishes this.
    }
  }
}
