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

export type CallResult<M extends Method> =
  { ok: true; result: Results[M] } | { ok: false; error: ErrorPayload };

function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue && issue.path.length ? issue.path.join('.') : '(input)';
  return new AppError(
    'invalid-input',
    { field, problem: issue?.message ?? 'invalid' },
    { issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
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
