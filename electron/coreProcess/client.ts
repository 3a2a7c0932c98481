/**
 * Main's side of the core connection: numbered calls, progress routed to the caller, cancel by id,
 * and every pending call answered (with a user-facing error) if the core process goes away.
 */
import type { Method } from '../../core/api/contract.ts';
import type { CallResult } from '../../core/api/dispatch.ts';
import type { ProgressEvent } from '../../core/progress.ts';
import type { EvidenceLocation } from '../protocol/evidenceFiles.ts';
import type { CoreToMain, MainToCore, Port } from './messages.ts';

interface PendingCall {
  resolve(result: CallResult<Method>): void;
  onProgress: ((event: ProgressEvent) => void) | undefined;
}

export interface CoreClient {
  call(
    method: Method,
    input: unknown,
    options?: { onProgress?: (e: ProgressEvent) => void; signal?: AbortSignal },
  ): Promise<CallResult<Method>>;
  /** Where an original (or its cached thumbnail) is; null for an unknown id or no thumbnail. */
  locate(evidenceId: number, thumb?: boolean): Promise<EvidenceLocation | null>;
  /** The core process ended: answer everything still waiting. */
  fail(reason: string): void;
  /** Tell the core to abort its work and close the vault. */
  shutdown(): void;
  pending(): number;
}

export function coreGoneResult(reason: string): CallResult<Method> {
  return {
    ok: false,
    error: {
      code: 'internal',
      message: {
        zh: `后台处理进程意外退出（${reason}），本次操作未完成，请重试。`,
        en: `The background process stopped (${reason}); the operation did not finish. Please try again.`,
      },
    },
  };
}

export function createCoreClient(port: Port<CoreToMain, MainToCore>): CoreClient {
  let nextId = 1;
  const calls = new Map<number, PendingCall>();
  const lookups = new Map<number, (location: EvidenceLocation | null) => void>();

  port.onMessage((message) => {
    switch (message.type) {
      case 'progress':
        calls.get(message.id)?.onProgress?.(message.event);
        break;
      case 'result': {
        const call = calls.get(message.id);
        calls.delete(message.id);
        call?.resolve(message.result);
        break;
      }
      case 'located': {
        const done = lookups.get(message.id);
        lookups.delete(message.id);
        done?.(message.location);
        break;
      }
      case 'ready':
        break;
    }
  });

  return {
    call(method, input, options = {}) {
      const id = nextId++;
      return new Promise((resolve) => {
        calls.set(id, { resolve, onProgress: options.onProgress });
        const { signal } = options;
        if (signal) {
          if (signal.aborted) queueMicrotask(() => port.post({ type: 'cancel', id }));
          else signal.addEventListener('abort', () => port.post({ type: 'cancel', id }), { once: true });
        }
        port.post({ type: 'call', id, method, input });
      });
    },
    locate(evidenceId, thumb = false) {
      const id = nextId++;
      return new Promise((resolve) => {
        lookups.set(id, resolve);
        port.post({ type: 'locate', id, evidenceId, thumb });
      });
    },
    fail(reason) {
      for (const call of calls.values()) call.resolve(coreGoneResult(reason));
      for (const done of lookups.values()) done(null);
      calls.clear();
      lookups.clear();
    },
    shutdown: () => port.post({ type: 'shutdown' }),
    pending: () => calls.size + lookups.size,
  };
}
