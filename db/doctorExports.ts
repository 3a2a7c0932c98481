/**
 * doctor's look at exports/: every paper the history records there exists and matches its recorded
 * hash, and nothing else is there but backups the person made (db/exportNames.ts). Papers written
 * elsewhere with --out are the person's files and are not checked. Read-only.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ProgressReporter } from '../core/progress.ts';
import { resolveDocumentPath } from './documentPaths.ts';
import { recordedExports } from './exportedDocuments.ts';
import { isBackupName } from './exportNames.ts';
import { hashObjectFile } from './objectStore.ts';
import { pendingTargets } from './pendingWrites.ts';

export interface ExportsReport {
  documentsChecked: number;
  /** In the history, gone from exports/. Paths as stored (exports/…). */
  missing: { documentId: number; path: string }[];
  /** In exports/, but not the bytes the history recorded. */
  altered: { documentId: number; path: string; actualSha256: string }[];
  /** Files in exports/ that the history does not record (and that are not backups). */
  strays: string[];
}

export async function checkExports(
  vaultDir: string,
  exportsDir: string,
  db: Parameters<typeof recordedExports>[0],
  progress: ProgressReporter,
): Promise<ExportsReport> {
  const recorded = recordedExports(db);
  const report: ExportsReport = { documentsChecked: 0, missing: [], altered: [], strays: [] };
  for (const [stored, { documentId, sha256 }] of recorded) {
    progress.throwIfCancelled();
    let actual;
    try {
      actual = await hashObjectFile(resolveDocumentPath(vaultDir, stored));
    } catch {
      report.missing.push({ documentId, path: stored });
      continue;
    }
    report.documentsChecked++;
    if (sha256 !== null && actual.sha256 !== sha256)
      report.altered.push({ documentId, path: stored, actualSha256: actual.sha256 });
  }
  // A paper or backup being written now in this process (the app) is in flight, not a stray.
  const inFlight = new Set(
    [...pendingTargets(db, 'document'), ...pendingTargets(db, 'backup')].flatMap((t) => {
      const file = resolveDocumentPath(vaultDir, t);
      return [file, `${file}.part`];
    }),
  );
  for (const name of readdirSync(exportsDir)) {
    if (inFlight.has(path.join(exportsDir, name))) continue;
    const isDir = statSync(path.join(exportsDir, name)).isDirectory();
    if (isDir) report.strays.push(`exports/${name}/`);
    else if (!recorded.has(`exports/${name}`) && !isBackupName(name)) report.strays.push(`exports/${name}`);
  }
  return report;
}
