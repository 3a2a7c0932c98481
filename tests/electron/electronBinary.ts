/**
 * Where an Electron to test with can be found — without `require('electron')`, which tries to
 * download the binary when it is missing. PAYPROOF_ELECTRON_APP points at a packaged app's executable
 * (the release workflow tests the app it just built); otherwise the dev binary in node_modules runs
 * the repo (electron/dist/main.cjs via package.json "main").
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronLaunch = { executablePath: string; args: string[]; packaged: boolean } | { skip: string };

export function findElectron(root: string, env: NodeJS.ProcessEnv = process.env): ElectronLaunch {
  const packaged = env.PAYPROOF_ELECTRON_APP;
  if (packaged) {
    return existsSync(packaged)
      ? { executablePath: packaged, args: [], packaged: true }
      : { skip: `PAYPROOF_ELECTRON_APP=${packaged} does not exist` };
  }
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      skip: 'no Electron binary here (node_modules/electron/path.txt missing: the binary is fetched on first use and this machine cannot download it); run `npx install-electron` or set PAYPROOF_ELECTRON_APP',
    };
  }
  const executablePath = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executablePath)) return { skip: `no Electron binary at ${executablePath}` };
  return { executablePath, args: [root], packaged: false };
}
