/**
 * Which better-sqlite3 native binary the core loads under Electron.
 *
 * node_modules/better-sqlite3 is built for Node's ABI (tests, CLI, browser mode). Electron has its own
 * ABI, so the app needs a second build — kept apart, in .electron-native/, and handed to
 * better-sqlite3 through its `nativeBinding` option, so one `npm install` serves both and nothing is
 * rebuilt in place. `npm run prepare:electron` (electron/prepareNative.ts) fetches or compiles it.
 * Packaged apps need none of this: electron-builder rebuilds node_modules for Electron
 * (npmRebuild) and the default lookup finds that build in app.asar.unpacked.
 */
import path from 'node:path';

export const SQLITE_BINDING_ENV = 'PAYPROOF_SQLITE_BINDING';

export interface NativeTarget {
  electron: string;
  platform: string;
  arch: string;
}

export function electronSqliteBindingPath(appRoot: string, target: NativeTarget): string {
  return path.join(
    appRoot,
    '.electron-native',
    'better-sqlite3',
    `${target.electron}-${target.platform}-${target.arch}`,
    'better_sqlite3.node',
  );
}

export type BindingChoice =
  | { kind: 'env'; path: string }
  | { kind: 'separate-build'; path: string }
  | { kind: 'default'; reason: string };

export function chooseSqliteBinding(options: {
  appRoot: string;
  packaged: boolean;
  target: NativeTarget;
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
}): BindingChoice {
  const fromEnv = options.env[SQLITE_BINDING_ENV];
  if (fromEnv) return { kind: 'env', path: fromEnv };
  if (options.packaged)
    return { kind: 'default', reason: 'packaged app: electron-builder rebuilt better-sqlite3 for Electron' };
  const candidate = electronSqliteBindingPath(options.appRoot, options.target);
  if (options.exists(candidate)) return { kind: 'separate-build', path: candidate };
  return {
    kind: 'default',
    reason: `no Electron build of better-sqlite3 at ${candidate}; run \`npm run prepare:electron\` (needs network once)`,
  };
}
