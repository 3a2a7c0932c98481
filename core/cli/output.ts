/**
 * How the CLI speaks: with --json exactly one JSON document on stdout; otherwise short human text.
 * Errors go to stderr in Chinese and English, with a nonzero exit code. Progress goes to stderr only
 * when it is a terminal, so scripts and logs stay clean (and never carry personal data).
 */
import type { ErrorPayload } from '../errors.ts';
import type { ProgressEvent } from '../progress.ts';

export interface OutputOptions {
  json: boolean;
}

export function printResult(result: unknown, options: OutputOptions, human: (r: never) => string): void {
  if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${human(result as never)}\n`);
}

export function printError(error: ErrorPayload, options: OutputOptions): void {
  if (options.json) process.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
  process.stderr.write(`错误：${error.message.zh}\nError: ${error.message.en}\n`);
}

export function progressPrinter(): ((e: ProgressEvent) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (e) => {
    const bytes = e.bytesTotal ? ` ${(e.bytesDone ?? 0) >> 20}/${e.bytesTotal >> 20} MB` : '';
    process.stderr.write(`\r${e.phase} ${e.done}/${e.total}${bytes}   `);
    if (e.done >= e.total) process.stderr.write('\n');
  };
}

/** Exit codes: 0 ok, 1 the operation failed (bad input, not found…), 2 usage, 3 a check found problems. */
export const EXIT = { ok: 0, failed: 1, usage: 2, problems: 3 } as const;
