import { openVault, type Vault } from '../../db/openVault.ts';
import type { ApiContext } from './context.ts';

/**
 * A context that opens the vault at `dir` on first use and closes it on `close()`.
 * `switchVault` opens the new vault first and only then lets go of the old one, so a vault that
 * cannot be opened (newer version, held by another process) leaves the current one in use.
 */
export function createVaultContext(
  dir: string,
  options: { mustExist?: boolean } = {},
): ApiContext & { close(): void } {
  let current = dir;
  let vault: Vault | undefined;
  return {
    get vaultDir() {
      return current;
    },
    vault() {
      vault ??= openVault(current, options);
      return vault;
    },
    switchVault(next: string) {
      const opened = openVault(next);
      vault?.close();
      vault = opened;
      current = opened.dir;
    },
    close() {
      vault?.close();
      vault = undefined;
    },
  };
}
