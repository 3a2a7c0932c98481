/**
 * `npm run prepare:electron` — puts an Electron-ABI better-sqlite3 in
 * .electron-native/better-sqlite3/<electron>-<platform>-<arch>/better_sqlite3.node for `npm start`.
 * Works on a copy of the package in a temp folder, so node_modules (the Node build the tests and CLI
 * use) is never touched. Needs network once: a prebuilt binary from better-sqlite3's releases, or
 * Electron's headers to compile from source. Deliberately not an install hook: `npm ci` must stay
 * offline-safe and Node-only. Packaging does not need this (electron-builder rebuilds for Electron).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronSqliteBindingPath, type NativeTarget } from './native/sqliteBinding.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32' && command === 'npx',
  });
  return result.status === 0;
}

function main(): number {
  const electronPkg = JSON.parse(
    readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as { version: string };
  const archArg = process.argv.find((a) => a.startsWith('--arch='))?.slice('--arch='.length);
  const target: NativeTarget = {
    electron: electronPkg.version,
    platform: process.platform,
    arch: archArg ?? process.arch,
  };
  const out = electronSqliteBindingPath(root, target);
  if (existsSync(out) && !process.argv.includes('--force')) {
    console.log(`Electron build of better-sqlite3 already present: ${out}`);
    return 0;
  }
  const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(path.join(os.tmpdir(), 'payproof-native-'));
  try {
    const pkgCopy = path.join(work, 'better-sqlite3');
    // The sources and metadata only: the copy's build/ must come from this run.
    cpSync(sqliteDir, pkgCopy, {
      recursive: true,
      filter: (src) => path.relative(sqliteDir, src).split(path.sep)[0] !== 'build',
    });
    const env = {
      ...process.env,
      npm_config_runtime: 'electron',
      npm_config_target: target.electron,
      npm_config_arch: target.arch,
      npm_config_disturl: 'https://electronjs.org/headers',
    };
    const prebuilt = run(
      process.execPath,
      [
        require.resolve('prebuild-install/bin.js'),
        '--runtime=electron',
        `--target=${target.electron}`,
        `--arch=${target.arch}`,
        `--platform=${target.platform}`,
      ],
      pkgCopy,
      env,
    );
    if (!prebuilt) {
      console.log('No prebuilt binary; compiling against Electron headers (needs a C++ toolchain).');
      const built = run(
        'npx',
        [
          '--yes',
          'node-gyp',
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${target.electron}`,
          `--arch=${target.arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        pkgCopy,
        env,
      );
      if (!built) {
        console.error(
          'Could not obtain an Electron build of better-sqlite3. The app cannot open a vault without it.',
        );
        return 1;
      }
    }
    const binary = path.join(pkgCopy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(binary)) {
      console.error(`Build finished but ${binary} is missing.`);
      return 1;
    }
    mkdirSync(path.dirname(out), { recursive: true });
    copyFileSync(binary, out);
    console.log(
      `Electron ${target.electron} (${target.platform}-${target.arch}) build of better-sqlite3: ${out}`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
