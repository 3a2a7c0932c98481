import { spawn } from 'node:child_process';
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

/** The longest one CLI run may take before the test gives up on it (a hung child is a failure). */
const CLI_TIMEOUT_MS = 120_000;

/**
 * Run the real CLI as a user would, in a child process. Asynchronous on purpose: a blocking spawnSync
 * keeps vitest's worker from answering its RPC, and a file of many CLI runs then trips vitest's fixed
 * 60 s "Timeout calling onTaskUpdate" although every test passed.
 */
export function runCli(
  args: string[],
  options: {
    vault?: string;
    env?: Record<string, string>;
    cwd?: string;
    input?: string;
    /** Run `payproof` by name from this folder put first on PATH (an `npm link` style install). */
    binDir?: string;
  } = {},
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: testDataHome, ...options.env };
  delete env.PAYPROOF_VAULT;
  if (options.env?.PAYPROOF_VAULT) env.PAYPROOF_VAULT = options.env.PAYPROOF_VAULT;
  const full = options.vault ? ['--vault', options.vault, ...args] : args;
  if (options.binDir) env.PATH = `${options.binDir}${path.delimiter}${env.PATH ?? ''}`;
  const [command, argv] = options.binDir ? ['payproof', full] : [process.execPath, [bin, ...full]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env, cwd: options.cwd, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      let json: unknown = undefined;
      try {
        if (args.includes('--json') && stdout.trim()) json = JSON.parse(stdout);
      } catch (e) {
        reject(
          new Error(
            `payproof ${args.join(' ')} printed non-JSON with --json: ${String(e)}\n${stdout.slice(0, 500)}`,
          ),
        );
        return;
      }
      resolve({ code: status ?? -1, stdout, stderr, json });
    });
    child.stdin.end(options.input ?? '');
  });
}
