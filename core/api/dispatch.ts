/**
 * The boundary every host calls through: validate the input against the contract, run the handler,
 * and turn any failure into a typed, user-facing error payload (never a stack trace).
 */
import type { z } from 'zod';
import { AppError, toErrorPayload, type ErrorPayload } from '../errors.ts';
import { createProgress } from '../progress.ts';
import { contract, isMethod, type CallOptions, type Method, type Results } from './contract.ts';
import type { ApiContext } from './context.ts';
import { handlers } from './handlers/index.ts';
import { localizeIssues } from './zodMessages.ts';

export type CallResult<M extends Method> =
  { ok: true; result: Results[M] } | { ok: false; error: ErrorPayload };

/** The first problem leads the message; every issue (zh + en) is in details for a form to place. */
function validationError(error: z.ZodError): AppError {
  const issues = localizeIssues(error);
  const first = issues[0];
  const more = issues.length - 1;
  return new AppError(
    'invalid-input',
    {
      problemZh: `${first?.message.zh ?? '输入无效。'}${more > 0 ? `（另有 ${more} 处问题）` : ''}`,
      problemEn: `${first?.message.en ?? 'invalid input.'}${more > 0 ? ` (and ${more} more)` : ''}`,
    },
    { field: first?.field ?? 'input', issues },
  );
}

/** Validate and run; throws AppError. */
export async function invoke<M extends Method>(
  ctx: ApiContext,
  method: M,
  rawInput: unknown,
  options: CallOptions = {},
): Promise<Results[M]> {
  if (!isMethod(method)) throw new AppError('unknown-method', { method: String(method) });
  const parsed = contract[method].safeParse(rawInput ?? {});
  if (!parsed.success) throw validationError(parsed.error);
  const handler = handlers[method] as (
    c: ApiContext,
    i: unknown,
    p: ReturnType<typeof createProgress>,
  ) => Results[M] | Promise<Results[M]>;
  const progress = createProgress({ signal: options.signal, onProgress: options.onProgress });
  progress.throwIfCancelled();
  return await handler(ctx, parsed.data, progress);
}

/** Like invoke, but never throws: hosts that serialise results (IPC, HTTP) use this. */
export async function dispatch(
  ctx: ApiContext,
  method: string,
  rawInput: unknown,
  options: CallOptions = {},
): Promise<CallResult<Method>> {
  try {
    if (!isMethod(method)) throw new AppError('unknown-method', { method });
    return { ok: true, result: await invoke(ctx, method, rawInput, options) };
  } catch (err) {
    return { ok: false, error: toErrorPayload(err) };
  }
}
