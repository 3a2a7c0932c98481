/**
 * Runs one contract method for a CLI command: the same validation and errors as every other host.
 * Ctrl-C cancels a long operation cleanly (nothing half-written) instead of killing it mid-write.
 */
import type { Command } from 'commander';
import { toErrorPayload } from '../errors.ts';
import { resolveVaultDir } from '../../db/vaultLocation.ts';
import { invoke } from '../api/dispatch.ts';
import type { Method, MethodInput, Results } from '../api/contract.ts';
import { createVaultContext } from '../api/vaultContext.ts';
import { EXIT, printError, printResult, progressPrinter } from './output.ts';

export interface GlobalOptions {
  vault?: string;
  json?: boolean;
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

export interface RunOptions<M extends Method, Out = Results[M]> {
  /** Transform the result before printing (e.g. project the fields a command promises). */
  project?: (result: Results[M]) => Out;
  human: (result: Out) => string;
  /** Exit code for a successful call whose result reports problems (e.g. doctor). */
  exitCode?: (result: Results[M]) => number;
  mustExist?: boolean;
}

export async function runMethod<M extends Method, Out = Results[M]>(
  cmd: Command,
  method: M,
  input: MethodInput<M>,
  options: RunOptions<M, Out>,
): Promise<void> {
  const globals = globalOptions(cmd);
  const json = Boolean(globals.json);
  const ctx = createVaultContext(resolveVaultDir(globals.vault), { mustExist: options.mustExist });
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    const result = await invoke(ctx, method, input, { signal: abort.signal, onProgress: progressPrinter() });
    const shown = options.project ? options.project(result) : (result as unknown as Out);
    printResult(shown, { json }, options.human as (r: never) => string);
    process.exitCode = options.exitCode ? options.exitCode(result) : EXIT.ok;
  } catch (err) {
    printError(toErrorPayload(err), { json });
    process.exitCode = EXIT.failed;
  } finally {
    process.off('SIGINT', onSigint);
    ctx.close();
  }
}

/** Commander hands us strings; ids must be positive integers. */
export function parseId(value: string): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : Number.NaN;
}

export interface WindowOptions {
  case: string;
  offset?: string;
  limit?: string;
}

/** --offset / --limit as numbers; anything else becomes NaN so the contract names the bad option. */
export function parseWindow(o: WindowOptions): { offset?: number; limit?: number } {
  const num = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : Number.NaN);
  return {
    ...(o.offset !== undefined ? { offset: num(o.offset) } : {}),
    ...(o.limit !== undefined ? { limit: num(o.limit) } : {}),
  };
}
