/**
 * What each bundle may load at run time. The preload runs sandboxed (only `electron` exists there);
 * main must not load the vault's native modules (the core process owns the vault); the core process
 * must not load electron (the core never imports it, and a utility process has no BrowserWindow).
 */
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, externalPackages } from '../../electron/build.ts';

let files: Record<string, string>;

function requires(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...new Set([...source.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();
}

const builtin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

// Its own output folder: other test files build too, in parallel.
const outdir = mkdtempSync(path.join(os.tmpdir(), 'payproof-bundles-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

beforeAll(async () => {
  const [main, preload, coreHost] = (await buildElectron({ outdir })) as [string, string, string];
  files = { main, preload, coreHost };
});

describe('electron bundles', () => {
  it('preload requires nothing but electron', () => {
    expect(requires(files.preload!)).toEqual(['electron']);
  });

  it('main requires electron and Node built-ins only', () => {
    expect(requires(files.main!).filter((r) => !builtin(r))).toEqual(['electron']);
  });

  it('the core host loads the native and data-file packages from node_modules, never electron', () => {
    const external = requires(files.coreHost!).filter((r) => !builtin(r));
    expect(external).not.toContain('electron');
    expect(external).toContain('better-sqlite3');
    for (const r of external) expect(externalPackages).toContain(r);
  });
});
