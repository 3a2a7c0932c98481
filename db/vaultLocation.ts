/**
 * Where a vault lives when nobody says otherwise: the OS's per-user app data folder.
 * The CLI takes --vault DIR or PAYPROOF_VAULT first.
 */
import os from 'node:os';
import path from 'node:path';

export function defaultVaultDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'PayProof', 'vault');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'PayProof', 'vault');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'payproof', 'vault');
}

export function resolveVaultDir(flag: string | undefined, env = process.env): string {
  return path.resolve(flag ?? env.PAYPROOF_VAULT ?? defaultVaultDir(process.platform, env));
}

export const vaultFiles = {
  database: 'payproof.sqlite',
  lock: 'payproof.lock',
  objects: 'objects',
  tmp: 'tmp',
  exports: 'exports',
} as const;
