import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tmp.ts';
import { findElectron } from './electronBinary.ts';

const tempDir = useTempDirs();

describe('finding an Electron binary for the smoke test', () => {
  it('skips, saying why, when the binary was never downloaded', () => {
    const launch = findElectron(tempDir(), {});
    expect('skip' in launch && launch.skip).toContain('no Electron binary');
  });

  it('uses the dev binary named by node_modules/electron/path.txt', () => {
    const root = tempDir();
    const dist = path.join(root, 'node_modules', 'electron', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect('skip' in findElectron(root, {})).toBe(true);
    writeFileSync(path.join(dist, 'electron'), '');
    expect(findElectron(root, {})).toEqual({ executablePath: path.join(dist, 'electron'), args: [root] });
  });

  it('refuses a packaged app (its fuses stop Playwright attaching), saying why', () => {
    const root = tempDir();
    const dist = path.join(root, 'node_modules', 'electron', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    writeFileSync(path.join(dist, 'electron'), '');
    const exe = path.join(root, 'PayProof.exe');
    writeFileSync(exe, '');
    const launch = findElectron(root, { PAYPROOF_ELECTRON_APP: exe });
    expect('skip' in launch && launch.skip).toContain('inspect fuse');
  });
});
