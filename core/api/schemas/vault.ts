import { z } from 'zod';
import type { AuditEntry } from '../../domain/types.ts';
import type { DoctorReport } from '../../../db/doctor.ts';
import type { BackupResult } from '../../../db/vaultBackup.ts';
import type { UnlockResult } from '../../../db/vaultLock.ts';
import { absolutePath, id } from './common.ts';

export interface VaultInfo {
  dir: string;
  schemaVersion: number;
  cases: number;
  evidence: number;
  objects: number;
  payments: number;
  auditEntries: number;
  auditHead: string;
}

export const vaultSchemas = {
  'vault.info': z.object({}).default({}),
  'vault.doctor': z.object({}).default({}),
  'audit.list': z.object({ caseId: id.optional() }).default({}),
  /** Write the whole vault (consistent DB snapshot + every original) to one ZIP; default: exports/. */
  'vault.backup': z.object({ dest: absolutePath.optional() }).default({}),
  /**
   * Open another vault folder and use it from now on. With `create: false` a folder without a vault is
   * refused (vault-not-found) so a mistyped path does not quietly become a new, empty vault; the UI
   * then asks before creating one.
   */
  'vault.open': z.object({ dir: absolutePath, create: z.boolean().default(true) }),
  /**
   * Move the vault: copy everything into an empty folder (every hash and the audit chain checked), then
   * use the copy. The old folder is left in place for the person to delete once they have looked.
   */
  'vault.move': z.object({ targetDir: absolutePath }),
  /**
   * The way out of a lock no PayProof holds any more (a pid reused after a reboot, a vault on another
   * computer's synced folder). Never opens the vault. `confirmed: false` only reports who the lock
   * names; `true` (after the person confirmed no PayProof window or command is open) removes it.
   */
  'vault.unlock': z.object({ confirmed: z.boolean() }),
  /** Restore a backup ZIP into an empty folder (never over an existing vault). */
  'vault.restore': z.object({ archive: absolutePath, targetDir: absolutePath }),
};

export interface VaultResults {
  'vault.info': VaultInfo;
  'vault.doctor': DoctorReport;
  'audit.list': AuditEntry[];
  'vault.backup': BackupResult;
  'vault.restore': { dir: string; objects: number; documents: number };
  'vault.unlock': UnlockResult & { lockFile: string };
  'vault.open': VaultInfo;
  'vault.move': VaultInfo & { previousDir: string };
}
