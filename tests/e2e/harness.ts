/**
 * Shared by the end-to-end tests and the UI benchmark: build the renderer with Vite's JS API, start the
 * browser-mode server on a vault, and drive Debian's Chromium with playwright-core.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { rendererBuildIsCurrent } from '../../core/web/rendererBuild.ts';
import { startWebServer, type WebServer } from '../../core/web/server.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const rendererDist = path.join(repoRoot, 'renderer', 'dist');
export const CHROMIUM = process.env.PAYPROOF_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** Builds renderer/dist unless it is newer than every source (the same check `npm run web` makes). */
export async function buildRenderer(): Promise<void> {
  if (!process.env.PAYPROOF_E2E_REBUILD && rendererBuildIsCurrent(repoRoot)) return;
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which would make Vite and the React plugin build development code.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(repoRoot, 'renderer', 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
    });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

export function tempVaultDir(prefix = 'payproof-e2e-'): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), prefix)), 'vault');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface Session {
  server: WebServer;
  page: Page;
  /** Console errors and page errors seen so far (the UI must produce none). */
  errors: string[];
  close(): Promise<void>;
}

export async function openSession(browser: Browser, vaultDir: string): Promise<Session> {
  const server = await startWebServer({ vaultDir, staticDir: rendererDist });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.openUrl);
  return {
    server,
    page,
    errors,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** One API call over the bridge, as the page makes it (NDJSON; the last line holds the answer). */
export async function callApi<T>(session: Session, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${session.server.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-PayProof-Token': session.server.token },
    body: JSON.stringify(input),
  });
  const lines = (await res.text()).trim().split('\n');
  const done = (JSON.parse(lines.at(-1)!) as { done: { ok: boolean; result: T; error?: unknown } }).done;
  if (!done.ok) throw new Error(JSON.stringify(done.error));
  return done.result;
}
