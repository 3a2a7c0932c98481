/**
 * Electron smoke test of the UNPACKAGED app (node_modules/electron's binary running this repo; a
 * packaged build's fuses refuse the --inspect that Playwright attaches with): launch the app, open
 * the window, and prove the wiring end to end — title, `window.payproof` present (and nothing of
 * Node), `vault.info` answered by the core's utility process, evidence served by id over vault://,
 * navigation and new windows refused, and the window's security settings as we set them. Skips
 * itself, saying why, where no Electron binary exists.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayProofBridge } from '../../electron/bridgeTypes.ts';
import { findElectron } from './electronBinary.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launch = findElectron(root);
const skipReason = 'skip' in launch ? launch.skip : undefined;
if (skipReason && process.env.PAYPROOF_REQUIRE_ELECTRON) {
  // The release workflow sets this: there, not finding the app is a failure.
  throw new Error(`Electron smoke test required but cannot run: ${skipReason}`);
}
if (skipReason) console.warn(`[electron smoke] SKIPPED: ${skipReason}`);

/** window as the preload leaves it (the renderer declares its own, narrower view of the global). */
type BridgedWindow = Window & { payproof: PayProofBridge; payproofFiles: unknown };

const title = skipReason
  ? `PayProof desktop app (Electron) — SKIPPED: ${skipReason}`
  : 'PayProof desktop app (Electron)';

describe.skipIf(skipReason !== undefined)(title, () => {
  let app: ElectronApplication;
  let page: Page;
  let work: string;

  beforeAll(async () => {
    if ('skip' in launch) return;
    for (const built of [
      'electron/dist/main.cjs',
      'electron/dist/preload.cjs',
      'electron/dist/coreHost.cjs',
      'renderer/dist/index.html',
    ]) {
      if (!existsSync(path.join(root, built)))
        throw new Error(`${built} is missing: run \`npm run build\` and \`npm run build:electron\` first`);
    }
    work = mkdtempSync(path.join(os.tmpdir(), 'payproof-e2e-'));
    app = await electron.launch({
      executablePath: launch.executablePath,
      args: launch.args,
      env: { ...process.env, PAYPROOF_VAULT: path.join(work, 'vault') },
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForFunction(
      () => typeof (window as unknown as BridgedWindow).payproof === 'object',
      undefined,
      { timeout: 30_000 },
    );
  });

  afterAll(async () => {
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens the window with the app title and the typed API, and no Node in the page', async () => {
    expect(await page.title()).toContain('PayProof');
    expect(page.url()).toMatch(/^app:\/\/payproof\//);
    const globals = await page.evaluate(() => {
      const w = window as unknown as BridgedWindow & { require?: unknown; process?: unknown };
      return {
        payproof: typeof w.payproof,
        vaultInfo: typeof w.payproof['vault.info'],
        pathForFile: typeof w.payproof.pathForFile,
        chooseFolder: typeof w.payproof.chooseFolder,
        showInFolder: typeof w.payproof.showInFolder,
        openDocument: typeof w.payproof.openDocument,
        payproofFiles: typeof w.payproofFiles,
        require: typeof w.require,
        process: typeof w.process,
        ipc: 'ipcRenderer' in w.payproof,
      };
    });
    expect(globals).toEqual({
      payproof: 'object',
      vaultInfo: 'function',
      pathForFile: 'function',
      chooseFolder: 'function',
      showInFolder: 'function',
      openDocument: 'function',
      payproofFiles: 'object',
      require: 'undefined',
      process: 'undefined',
      ipc: false,
    });
  });

  it('shows the first screen (screenshot kept as a CI artifact)', async () => {
    await page.waitForLoadState('load');
    mkdirSync(path.join(root, 'test-results', 'electron'), { recursive: true });
    await page.screenshot({
      path: path.join(root, 'test-results', 'electron', `first-window-${process.platform}.png`),
    });
    expect(await page.locator('#root').count()).toBe(1);
  });

  it('answers vault.info from the core process', async () => {
    const info = await page.evaluate(() => (window as unknown as BridgedWindow).payproof['vault.info']({}));
    expect(info.dir).toBe(path.join(work, 'vault'));
    expect(info.schemaVersion).toBeGreaterThan(0);
  });

  it('serves an evidence original by id over vault://', async () => {
    const file = path.join(work, 'chat.txt');
    writeFileSync(file, 'receipt 收据');
    const text = await page.evaluate(async (p) => {
      const api = (window as unknown as BridgedWindow).payproof;
      const c = await api['case.create']({ title: 'smoke', route: 'not-received' });
      const [item] = await api['evidence.add']({ caseId: c.id, paths: [p] });
      const res = await fetch(api.evidenceUrl(item!.id));
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        body: new TextDecoder().decode(await res.arrayBuffer()),
      };
    }, file);
    expect(text).toEqual({ status: 200, type: 'text/plain', body: 'receipt 收据' });
  });

  it('refuses navigation and new windows', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/payproof\//);
    expect(app.windows()).toHaveLength(1);
  });

  it('runs the window with contextIsolation, sandbox and no nodeIntegration', async () => {
    // getLastWebPreferences is not in Electron's public typings; use it where it exists.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown> | null;
      };
      const p = contents.getLastWebPreferences?.();
      return p
        ? {
            contextIsolation: p.contextIsolation,
            sandbox: p.sandbox,
            nodeIntegration: p.nodeIntegration,
            webviewTag: p.webviewTag,
          }
        : null;
    });
    if (prefs)
      expect(prefs).toEqual({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
      });
    // Observable either way: the page has no Node and no <webview>.
    expect(await page.evaluate(() => typeof customElements.get('webview'))).toBe('undefined');
  });
});
