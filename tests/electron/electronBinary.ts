/**
 * Where an Electron to test with can be found — without `require('electron')`, which tries to
 * download the binary when it is missing: the dev binary in node_modules, running the repo
 * (electron/dist/main.cjs via package.json "main"). Never a packaged app: its fuses
 * (electron-builder.yml) turn off --inspect, which Playwright's _electron needs to attach; the
 * release workflow checks the packaged binary's fuses with electron/checkFuses.ts instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronLaunch = { executablePath: string; args: string[] } | { skip: string };

export function findElectron(root: string, env: NodeJS.ProcessEnv = process.env): ElectronLaunch {
  if (env.PAYPROOF_ELECTRON_APP) {
    return {
      skip: `PAYPROOF_ELECTRON_APP is no longer supported: a packaged PayProof has the inspect fuse off, so Playwright cannot attach; the smoke test runs the unpackaged app (unset it)`,
    };
  }
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      skip: 'no Electron binary here (node_modules/electron/path.txt missing: the binary is fetched on first use and this machine cannot download it); run `node node_modules/electron/install.js`',
    };
  }
  const executablePath = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executablePath)) return { skip: `no Electron binary at ${executablePath}` };
  return { executablePath, args: [root] };
}
