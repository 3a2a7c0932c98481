/**
 * Whether the core refused a call because another process holds the vault's lock (`vault-locked`,
 * `vault-locked-elsewhere`). Any call that meets it reports it here (toApiError does, so every screen's
 * error path counts); the app shell then explains it and offers the way out (vault.unlock).
 */
import { useSyncExternalStore } from 'react';
import type { LocalizedText } from '../../../core/domain/types.ts';

export const VAULT_LOCK_CODES = new Set(['vault-locked', 'vault-locked-elsewhere']);

export interface VaultLockProblem {
  code: string;
  message: LocalizedText;
}

let current: VaultLockProblem | null = null;
const listeners = new Set<() => void>();

export function reportVaultLock(problem: VaultLockProblem | null): void {
  if (problem?.code === current?.code) return;
  current = problem;
  for (const l of listeners) l();
}

export function useVaultLockProblem(): VaultLockProblem | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
