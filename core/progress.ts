/**
 * Progress and cancellation for long operations (hashing 500 files, parsing 100,000 rows, rendering
 * 200 pages). Hosts turn reports into events (IPC, HTTP stream, a CLI line on stderr).
 */
import { AppError } from './errors.ts';

export interface ProgressEvent {
  phase: string;
  done: number;
  total: number;
  bytesDone?: number;
  bytesTotal?: number;
}

export interface ProgressReporter {
  readonly signal: AbortSignal | undefined;
  report(event: ProgressEvent): void;
  /** Throws the typed `cancelled` error once the caller has aborted. */
  throwIfCancelled(): void;
}

export function createProgress(
  options: { signal?: AbortSignal; onProgress?: (e: ProgressEvent) => void; minIntervalMs?: number } = {},
): ProgressReporter {
  const minInterval = options.minIntervalMs ?? 100;
  let last = 0;
  return {
    signal: options.signal,
    report(event) {
      if (!options.onProgress) return;
      const now = Date.now();
      // Throttle, but always deliver the final event of a phase.
      if (event.done < event.total && now - last < minInterval) return;
      last = now;
      options.onProgress(event);
    },
    throwIfCancelled() {
      if (options.signal?.aborted) throw new AppError('cancelled');
    },
  };
}

export const silentProgress: ProgressReporter = createProgress();
