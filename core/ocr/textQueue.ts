/**
 * The background queue that reads every image (and text file) entering the vault. Ingest only marks
 * items 'pending' in evidence_text and kicks the queue, so it returns at once; the queue claims items
 * a few at a time (as many as the OCR pool has workers), reads them off the SQLite thread, and writes
 * each result in its own short statement — never holding a transaction while OCR runs. Items left
 * 'running' by a crash or a closed vault go back to 'pending' when the queue starts again.
 */
import { EventEmitter } from 'node:events';
import { objectPath } from '../../db/objectStore.ts';
import type { Vault } from '../../db/openVault.ts';
import {
  claimPending,
  countOpen,
  releaseRunning,
  requeueRunning,
  saveTextFailure,
  saveTextResult,
} from '../../db/queries/evidenceText.ts';
import type { ProgressReporter } from '../progress.ts';
import { ocrPool } from './engine/recognizeImage.ts';
import { readEvidenceText } from './readEvidenceText.ts';

export class EvidenceTextQueue {
  private active = 0;
  private readonly settled = new EventEmitter();
  private readonly stop = new AbortController();

  constructor(private readonly vault: Vault) {
    requeueRunning(vault.db);
    this.settled.setMaxListeners(0);
  }

  private get usable(): boolean {
    return this.vault.db.open && !this.stop.signal.aborted;
  }

  /** Start reading pending items if workers are free (and the host reads in the background). */
  kick(): void {
    if (background || this.waiters > 0) this.drain();
  }

  private waiters = 0;

  private drain(): void {
    const pool = ocrPool();
    while (this.usable && this.active < pool.maxWorkers) {
      const [item] = claimPending(this.vault.db, 1);
      if (!item) return;
      this.active++;
      void readEvidenceText(objectPath(this.vault.objectsDir, item.sha256), item.source, item.originalName, {
        signal: this.stop.signal,
      })
        .then((outcome) => {
          if (!this.vault.db.open) return;
          if (this.stop.signal.aborted) releaseRunning(this.vault.db, item.evidenceId);
          else if (outcome.ok) saveTextResult(this.vault.db, item.evidenceId, outcome.result);
          else if (outcome.error.code === 'cancelled') releaseRunning(this.vault.db, item.evidenceId);
          else saveTextFailure(this.vault.db, item.evidenceId, outcome.error);
        })
        .catch(() => undefined)
        .finally(() => {
          this.active--;
          this.settled.emit('settled', item.evidenceId);
          this.kick();
        });
    }
  }

  /**
   * Wait until these items are read (the CLI, which has no background to return to). Cancelling
   * stops the waiting only: the items stay queued and are read on the next run.
   */
  async waitFor(ids: number[], progress: ProgressReporter): Promise<void> {
    const total = ids.length;
    this.waiters++;
    try {
      await this.waitLoop(ids, total, progress);
    } finally {
      this.waiters--;
    }
  }

  private async waitLoop(ids: number[], total: number, progress: ProgressReporter): Promise<void> {
    this.drain();
    for (;;) {
      if (!this.vault.db.open) return;
      const open = countOpen(this.vault.db, ids);
      progress.report({ phase: 'reading', done: total - open, total });
      if (open === 0 || progress.signal?.aborted || this.active === 0) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          progress.signal?.removeEventListener('abort', done);
          this.settled.off('settled', done);
          resolve();
        };
        this.settled.once('settled', done);
        progress.signal?.addEventListener('abort', done, { once: true });
      });
    }
  }

  /** Stop claiming; items being read go back to 'pending'. */
  close(): void {
    this.stop.abort();
  }
}

let background = false;

/**
 * Hosts that stay up (browser mode, the desktop app's core process) read in the background; a CLI
 * run or a test reads only what it waits for, so adding images to a vault from a script never leaves
 * OCR running behind it.
 */
export function enableBackgroundReading(on = true): void {
  background = on;
}

const queues = new WeakMap<Vault, EvidenceTextQueue>();

/** The vault's queue, made on first use (resuming what a previous run left). */
export function textQueueFor(vault: Vault): EvidenceTextQueue {
  let q = queues.get(vault);
  if (!q) {
    q = new EvidenceTextQueue(vault);
    queues.set(vault, q);
  }
  return q;
}
