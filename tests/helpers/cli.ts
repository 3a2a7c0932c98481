import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/payproof.mjs', import.meta.url));

/**
 * A command run without --vault uses the per-user default vault. Tests must never touch the real one
 * (a test once migrated the developer's own vault), so the default lives under a temp data folder.
 */
const testDataHome = mkdtempSync(path.join(os.tmpdir(), 'payproof-datahome-'));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (when --json was passed and something was printed). */
  json: unknown;
}

/** Run the real CLI as a user would, in a child process. */
export function runCli(
  args: string[],
  options: { vault?: string; env?: Record<string, string>; cwd?: string } = {},
): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: testDataHome, ...options.env };
  delete env.PAYPROOF_VAULT;
  if (options.env?.PAYPROOF_VAULT) env.PAYPROOF_VAULT = options.env.PAYPROOF_VAULT;
  const full = options.vault ? ['--vault', options.vault, ...args] : args;
  const r = spawnSync(process.execPath, [bin, ...full], {
    encoding: 'utf8',
    env,
    cwd: options.cwd,
    timeout: 60_000,
  });
  let json: unknown = undefined;
  if (args.includes('--json') && r.stdout.trim()) json = JSON.parse(r.stdout);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, json };
}
