/**
 * Typed, user-facing errors. Every error that reaches a host carries a code, a message in zh and en
 * (texts live in templates/messages/errors.json), and optional structured details — never a stack.
 */
import type { LocalizedText } from './domain/types.ts';
import messages from '../templates/messages/errors.json' with { type: 'json' };

export type ErrorCode = Exclude<keyof typeof messages, '$comment'>;

export interface ErrorPayload {
  code: ErrorCode;
  message: LocalizedText;
  details?: Record<string, unknown>;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: LocalizedText;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    params: Record<string, string | number> = {},
    details?: Record<string, unknown>,
  ) {
    const t = messages[code];
    const userMessage = { zh: fill(t.zh, params), en: fill(t.en, params) };
    super(userMessage.en);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.userMessage, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Turn anything thrown into a payload fit for a person: unknown errors get a reference, not a stack. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (isAppError(err)) return err.toPayload();
  const ref = `E${Date.now().toString(36)}`;
  return new AppError('internal', { ref }).toPayload();
}
