/**
 * The names PayProof itself writes in a vault's exports/ folder, so recovery and `doctor` can tell its
 * own files (papers, backups, their unfinished partials) from anything else found there.
 */
import { OWN_DOCUMENT_NAME } from '../core/dossier/outputPaths.ts';
import { nowIso } from '../core/beijingTime.ts';

/** An unfinished write: a paper's `.part` (core/dossier), a backup's `.partial` (db/vaultBackup.ts). */
export function isPartialName(name: string): boolean {
  return /\.(?:part|partial)$/.test(name);
}

const BACKUP_NAME = /^payproof-backup-\d{8}-\d{6}(?:-\d+)?\.zip$/;

/** Where `payproof backup` puts a backup when no --out is given. */
export function defaultBackupName(at: string = nowIso()): string {
  return `payproof-backup-${at.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.zip`;
}

/** A backup made into exports/: the person's, not part of the history, never removed. */
export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

/** A paper (PDF or bundle) named the way dossier.generate names it in exports/. */
export function isOwnExportName(name: string): boolean {
  return OWN_DOCUMENT_NAME.test(name);
}
