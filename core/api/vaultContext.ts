import { openVault, type Vault } from '../../db/openVault.ts';
import type { ApiContext } from './context.ts';

/** A context that opens the vault at `dir` on first use and closes it on `close()`. */
export function createVaultContext(
  dir: string,
  options: { mustExist?: boolean } = {},
): ApiContext & { close(): void } {
  let vault: Vault | undefined;
  return {
    vaultDir: dir,
    vault() {
      vault ??= openVault(dir, options);
      return vault;
    },
    close() {
      vault?.close();
      vault = undefined;
    },
  };
}
