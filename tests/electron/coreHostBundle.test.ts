/**
 * The real bundle, run as a process: electron/dist/coreHost.cjs forked under Node (its fallback
 * transport), answering over IPC. Proves what only a bundle can break — the import.meta.url rewrite
 * that lets the core find its migrations and templates from electron/dist, and the better-sqlite3
 * shim with and without an explicit nativeBinding. (In Electron the transport is a MessagePort.)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../electron/build.ts';
import type { CoreToMain } from '../../electron/coreProcess/messages.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tempDir = useTempDirs();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let bundle: string;
const children: ChildProcess[] = [];

// Its own output folder (other test files build in parallel), one level deeper than electron/dist:
// the bundle must find the core's migrations through its relative path back to the sources, and
// node_modules by ordinary resolution from inside the repo.
mkdirSync(path.join(root, 'electron', 'dist'), { recursive: true });
const outdir = mkdtempSync(path.join(root, 'electron', 'dist', 'test-'));

beforeAll(async () => {
  [bundle] = (await buildElectron({ entries: ['coreHost'], outdir })) as [string];
});

afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function start(env: NodeJS.ProcessEnv) {
  const child = fork(bundle, [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  const messages: CoreToMain[] = [];
  const waiters: Array<() => void> = [];
  child.on('message', (m) => {
    messages.push(m as CoreToMain);
    waiters.splice(0).forEach((w) => w());
  });
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = `core host exited (code ${code}, signal ${signal})`;
    waiters.splice(0).forEach((w) => w());
  });
  const next = async (pred: (m: CoreToMain) => boolean): Promise<CoreToMain> => {
    for (;;) {
      const found = messages.find(pred);
      if (found) return found;
      if (exited) throw new Error(exited);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { child, next };
}

describe('coreHost bundle', () => {
  it('opens the vault (migrations found from the bundle folder) and answers a call', async () => {
    const vault = path.join(tempDir('payproof-bundle-'), 'vault');
    const { child, next } = start({ PAYPROOF_VAULT: vault });
    expect(await next((m) => m.type === 'ready')).toEqual({ type: 'ready', vaultDir: vault });
    child.send({ type: 'call', id: 1, method: 'vault.info', input: {} });
    const answer = await next((m) => m.type === 'result' && m.id === 1);
    expect(answer).toMatchObject({
      type: 'result',
      id: 1,
      result: { ok: true, result: { dir: vault, schemaVersion: expect.any(Number) } },
    });
    child.send({ type: 'shutdown' });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(child.exitCode).toBe(0);
  });

  it('loads SQLite through nativeBinding when main names a binary', async () => {
    const require = createRequire(import.meta.url);
    const nodeBuild = path.join(
      path.dirname(require.resolve('better-sqlite3/package.json')),
      'build',
      'Release',
      'better_sqlite3.node',
    );
    const vault = path.join(tempDir('payproof-bundle-'), 'vault');
    const ok = start({ PAYPROOF_VAULT: vault, PAYPROOF_SQLITE_BINDING: nodeBuild });
    ok.child.send({ type: 'call', id: 1, method: 'vault.info', input: {} });
    expect(await ok.next((m) => m.type === 'result')).toMatchObject({ result: { ok: true } });

    // A wrong binary must fail the call (proving the option is really used), not crash the host.
    const vault2 = path.join(tempDir('payproof-bundle-'), 'vault');
    const bad = start({
      PAYPROOF_VAULT: vault2,
      PAYPROOF_SQLITE_BINDING: path.join(root, 'no-such-binding.node'),
    });
    bad.child.send({ type: 'call', id: 1, method: 'vault.info', input: {} });
    expect(await bad.next((m) => m.type === 'result')).toMatchObject({
      result: {
        ok: false,
        error: { code: 'vault-unusable', message: { en: expect.stringContaining('no-such-binding') } },
      },
    });
  });
});
