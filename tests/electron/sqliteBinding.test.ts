import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSqliteBinding, electronSqliteBindingPath } from '../../electron/native/sqliteBinding.ts';

const target = { electron: '45.5.0', platform: 'win32', arch: 'x64' };
const appRoot = path.resolve('/app');
const separate = electronSqliteBindingPath(appRoot, target);

describe('which better-sqlite3 binary the core loads under Electron', () => {
  it('keeps the Electron build apart from node_modules, one folder per Electron version and platform', () => {
    expect(separate).toBe(
      path.join(appRoot, '.electron-native', 'better-sqlite3', '45.5.0-win32-x64', 'better_sqlite3.node'),
    );
    expect(separate).not.toContain('node_modules');
  });

  it('uses the separate build in development when it exists', () => {
    expect(
      chooseSqliteBinding({ appRoot, packaged: false, target, env: {}, exists: (f) => f === separate }),
    ).toEqual({ kind: 'separate-build', path: separate });
  });

  it('says how to get it when it is missing', () => {
    const choice = chooseSqliteBinding({ appRoot, packaged: false, target, env: {}, exists: () => false });
    expect(choice.kind).toBe('default');
    expect(choice.kind === 'default' && choice.reason).toContain('npm run prepare:electron');
  });

  it('uses the packaged (electron-builder rebuilt) module in an installed app', () => {
    expect(chooseSqliteBinding({ appRoot, packaged: true, target, env: {}, exists: () => true }).kind).toBe(
      'default',
    );
  });

  it('lets an explicit PAYPROOF_SQLITE_BINDING win', () => {
    expect(
      chooseSqliteBinding({
        appRoot,
        packaged: true,
        target,
        env: { PAYPROOF_SQLITE_BINDING: '/x.node' },
        exists: () => false,
      }),
    ).toEqual({ kind: 'env', path: '/x.node' });
  });
});
