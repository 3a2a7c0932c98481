/**
 * A small pool of tesseract.js workers (worker threads running the wasm core from node_modules):
 * at most one per core, created only when there is work, shut down after a quiet spell. A job can be
 * cancelled with an AbortSignal — tesseract cannot stop mid-page, so the worker running it is
 * terminated and a fresh one is made for the next job. Workers are unref'd while idle so a CLI run
 * exits as soon as its work is done.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'tesseract.js';
import { AppError } from '../../errors.ts';
import { languageData, OCR_LANGUAGE } from './languageData.ts';

export interface RecognizeJob {
  image: Buffer;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

interface TesseractBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TesseractWord {
  text: string;
  confidence: number;
  bbox: TesseractBox;
  symbols?: { text: string; confidence: number; bbox: TesseractBox }[] | null;
}

/** Tesseract's own output shape (the subset we read). */
export interface TesseractPage {
  text: string;
  confidence: number;
  blocks:
    | {
        paragraphs: {
          lines: {
            text: string;
            confidence: number;
            bbox: TesseractBox;
            words: TesseractWord[];
          }[];
        }[];
      }[]
    | null;
}

interface Slot {
  worker: Promise<Worker>;
  stats: WorkerStats;
  busy: boolean;
  onProgress?: ((fraction: number) => void) | undefined;
  idleTimer?: NodeJS.Timeout | undefined;
}

/** What one worker did in its life (the benchmark shows whether both cores carried the batch). */
export interface WorkerStats {
  worker: number;
  jobs: number;
  busyMs: number;
}

export interface PoolOptions {
  maxWorkers?: number;
  idleMs?: number;
}

/**
 * Our worker script (tesseractWorker.cjs: the LSTM-only wasm core, no network). In the packaged app
 * it ships unpacked beside app.asar (electron-builder.yml), since a worker thread starts from a file.
 */
function workerScriptPath(): string {
  return fileURLToPath(new URL('./tesseractWorker.cjs', import.meta.url)).replace(
    /app\.asar([\\/])/,
    'app.asar.unpacked$1',
  );
}

type ThreadHandle = { ref?: () => void; unref?: () => void };

/** Admission turns per worker (see `admit`). */
const TURNS_PER_WORKER = 2;

export class WorkerPool {
  readonly maxWorkers: number;
  private readonly idleMs: number;
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private closed = false;
  private readonly stats: WorkerStats[] = [];
  private admitted = 0;
  private readonly admitWaiting: (() => void)[] = [];

  constructor(options: PoolOptions = {}) {
    const cores =
      typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    this.maxWorkers = Math.max(1, Math.min(options.maxWorkers ?? cores, cores));
    this.idleMs = options.idleMs ?? 30_000;
  }

  /** Workers alive now (for tests and the benchmark). */
  get size(): number {
    return this.slots.length;
  }

  async recognize(job: RecognizeJob): Promise<TesseractPage> {
    if (job.signal?.aborted) throw new AppError('cancelled');
    const slot = await this.acquire(job.signal);
    slot.onProgress = job.onProgress;
    let worker: Worker;
    try {
      worker = await slot.worker;
    } catch (err) {
      this.drop(slot);
      throw err;
    }
    const thread = (worker as unknown as { worker?: ThreadHandle }).worker;
    thread?.ref?.();
    // One listener per job, removed when the job ends: a batch shares one signal, and a listener left
    // behind per image piled up (Node warned at the 11th).
    let cancel: (err: AppError) => void = () => undefined;
    const cancelled = new Promise<never>((_, reject) => (cancel = reject));
    const onAbort = () => {
      this.drop(slot);
      void worker.terminate();
      cancel(new AppError('cancelled'));
    };
    job.signal?.addEventListener('abort', onAbort, { once: true });
    const started = performance.now();
    try {
      const result = await Promise.race([
        worker.recognize(job.image, {}, { text: true, blocks: true }),
        cancelled,
      ]);
      slot.stats.jobs++;
      return result.data as unknown as TesseractPage;
    } finally {
      slot.stats.busyMs += performance.now() - started;
      job.signal?.removeEventListener('abort', onAbort);
      thread?.unref?.();
      this.release(slot);
    }
  }

  /** Images prepared or being read at once: one being read by each worker and one ready behind it. */
  get turns(): number {
    return this.maxWorkers * TURNS_PER_WORKER;
  }

  /**
   * A turn to prepare and read one image: at most two per worker at a time, so a batch of 500 files
   * decodes and holds only as many prepared images as twice the workers. Two, not one: with one turn
   * per worker, each worker sat idle while the main thread decoded its next image (~0.15 s of a ~0.9 s
   * read); the second turn prepares it while the worker reads. The first turns also start the workers
   * (wasm compile and model load, ~0.7 s) while their images are still being decoded.
   * Call the returned release when done.
   */
  async admit(signal?: AbortSignal): Promise<() => void> {
    for (;;) {
      if (this.closed || signal?.aborted) throw new AppError('cancelled');
      if (this.admitted < this.turns) break;
      await new Promise<void>((resolve) => this.admitWaiting.push(resolve));
    }
    this.admitted++;
    this.warm();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.admitted--;
      this.admitWaiting.shift()?.();
    };
  }

  /** Jobs and busy time of every worker this pool started, in the order they started. */
  workerStats(): WorkerStats[] {
    return this.stats.map((s) => ({ ...s }));
  }

  /** Terminate every worker (the CLI at exit, tests, a vault switch). */
  async close(): Promise<void> {
    this.closed = true;
    const all = this.slots.splice(0);
    await Promise.all(all.map(async (s) => (await s.worker.catch(() => null))?.terminate()));
    for (const wake of [...this.waiting.splice(0), ...this.admitWaiting.splice(0)]) wake();
  }

  /** Start a worker ahead of its first job when the turns handed out outnumber the workers. */
  private warm(): void {
    if (this.closed || this.slots.length >= Math.min(this.admitted, this.maxWorkers)) return;
    const slot = this.spawn();
    // Nobody awaits this start yet: a failure is reported to the job that takes the slot.
    void slot.worker.then(
      (w) => (w as unknown as { worker?: ThreadHandle }).worker?.unref?.(),
      () => this.drop(slot),
    );
    this.release(slot);
  }

  private spawn(): Slot {
    const stats: WorkerStats = { worker: this.stats.length + 1, jobs: 0, busyMs: 0 };
    this.stats.push(stats);
    const slot: Slot = { busy: true, stats, worker: Promise.resolve(null as never) };
    slot.worker = (async () => {
      const data = await languageData();
      // Loaded with the first worker: a command that reads no image never pays for tesseract.js.
      const { createWorker, OEM } = await import('tesseract.js');
      return createWorker(OCR_LANGUAGE, OEM.LSTM_ONLY, {
        // The LSTM-only copy (languageData.ts), uncompressed: no gunzip in every worker.
        langPath: data.langPath,
        gzip: false,
        workerPath: workerScriptPath(),
        cacheMethod: 'none',
        logger: (m: { status: string; progress: number }) => {
          if (m.status === 'recognizing text') slot.onProgress?.(m.progress);
        },
        // Without a handler tesseract.js throws from its message callback: an uncaught crash.
        errorHandler: () => undefined,
      });
    })();
    this.slots.push(slot);
    return slot;
  }

  private async acquire(signal: AbortSignal | undefined): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new AppError('cancelled');
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        clearTimeout(free.idleTimer);
        free.busy = true;
        return free;
      }
      if (this.slots.length < this.maxWorkers) return this.spawn();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      if (signal?.aborted) throw new AppError('cancelled');
    }
  }

  private release(slot: Slot): void {
    slot.busy = false;
    slot.onProgress = undefined;
    if (this.slots.includes(slot)) {
      slot.idleTimer = setTimeout(() => {
        this.drop(slot);
        void slot.worker.then((w) => w.terminate()).catch(() => undefined);
      }, this.idleMs);
      slot.idleTimer.unref();
    }
    this.waiting.shift()?.();
  }

  private drop(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}
