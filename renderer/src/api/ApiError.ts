import type { LocalizedText } from '../../../core/domain/types.ts';
import { CONNECTION_MESSAGES, type ConnectionProblem } from './connection.ts';
import { reportVaultLock, VAULT_LOCK_CODES } from './vaultLockState.ts';

/** An error from the core, already worded for people in both languages. */
export class ApiError extends Error {
  readonly code: string;
  readonly text: LocalizedText;
  readonly details: Record<string, unknown> | undefined;

  constructor(payload: { code: string; message: LocalizedText; details?: Record<string, unknown> }) {
    super(payload.message.en);
    this.name = 'ApiError';
    this.code = payload.code;
    this.text = payload.message;
    this.details = payload.details;
  }
}

/** The core's ErrorPayload as it crosses IPC (Electron rejects with the plain object). */
function isErrorPayload(err: unknown): err is ConstructorParameters<typeof ApiError>[0] {
  if (typeof err !== 'object' || err === null || err instanceof Error) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  return (
    typeof code === 'string' &&
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { zh?: unknown }).zh === 'string' &&
    typeof (message as { en?: unknown }).en === 'string'
  );
}

export function toApiError(err: unknown): ApiError {
  const e = asApiError(err);
  // A vault held by another process blocks every screen: the app shell explains it and offers unlock.
  if (VAULT_LOCK_CODES.has(e.code)) reportVaultLock({ code: e.code, message: e.text });
  return e;
}

function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (isErrorPayload(err)) return new ApiError(err);
  if (err instanceof DOMException && err.name === 'AbortError') {
    return new ApiError({
      code: 'cancelled',
      message: { zh: '操作已取消，未保存任何内容。', en: 'Cancelled; nothing was saved.' },
    });
  }
  // fetch() rejects with a TypeError ("Failed to fetch") when nothing answers on the port.
  if (err instanceof TypeError) return connectionError('server-gone');
  const msg = err instanceof Error ? err.message : String(err);
  return new ApiError({
    code: 'host',
    // The browser's own wording is English: keep it for the English UI and for a bug report only.
    message: {
      zh: '出了意外的问题，操作没有完成。请重试；如果反复出现，请刷新页面。',
      en: `Something unexpected went wrong and the action did not complete (${msg}). Try again; if it keeps happening, reload the page.`,
    },
  });
}

export function connectionError(problem: ConnectionProblem): ApiError {
  return new ApiError({ code: problem, message: CONNECTION_MESSAGES[problem] });
}

/** An original the page asked for by id could not be read (deleted meanwhile, or the vault moved). */
export function previewUnavailable(status: number): ConstructorParameters<typeof ApiError>[0] {
  return {
    code: 'preview-unavailable',
    message: {
      zh: `无法读取这份原件（${status}）。它可能已被删除；请刷新后重试。`,
      en: `This original could not be read (${status}). It may have been removed; refresh and try again.`,
    },
  };
}
