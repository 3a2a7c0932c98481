/**
 * Rechecks a vault: every object re-hashed against its name, objects referenced but missing, files in
 * objects/ that nothing references (orphans), and the audit chain. Read-only.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ProgressReporter } from '../core/progress.ts';
import { verifyAuditChain, type AuditVerification } from './auditLog.ts';
import { hashObjectFile, objectPath } from './objectStore.ts';
import type { Vault } from './openVault.ts';
import { stmt } from './sql.ts';

export interface DoctorReport {
  ok: boolean;
  objectsChecked: number;
  missing: { sha256: string; evidenceIds: number[] }[];
  altered: { sha256: string; actualSha256: string; evidenceIds: number[] }[];
  orphans: string[];
  audit: AuditVerification;
}

function listObjectFiles(objectsDir: string): string[] {
  const out: string[] = [];
  for (const prefix of readdirSync(objectsDir)) {
    for (const name of readdirSync(path.join(objectsDir, prefix))) out.push(path.join(prefix, name));
  }
  return out;
}

export async function runDoctor(vault: Vault, progress: ProgressReporter): Promise<DoctorReport> {
  const rows = stmt(
    vault.db,
    `SELECT o.sha256, o.size, (SELECT group_concat(id) FROM evidence e WHERE e.sha256 = o.sha256) AS ids FROM objects o ORDER BY o.sha256`,
  ).all() as { sha256: string; size: number; ids: string | null }[];
  const report: DoctorReport = {
    ok: true,
    objectsChecked: 0,
    missing: [],
    altered: [],
    orphans: [],
    audit: verifyAuditChain(vault.db),
  };
  const known = new Set<string>();
  for (const [i, row] of rows.entries()) {
    progress.throwIfCancelled();
    const evidenceIds = row.ids ? row.ids.split(',').map(Number) : [];
    const file = objectPath(vault.objectsDir, row.sha256);
    known.add(path.relative(vault.objectsDir, file));
    try {
      const actual = await hashObjectFile(file);
      if (actual.sha256 !== row.sha256)
        report.altered.push({ sha256: row.sha256, actualSha256: actual.sha256, evidenceIds });
    } catch {
      report.missing.push({ sha256: row.sha256, evidenceIds });
    }
    report.objectsChecked++;
    progress.report({ phase: 'checking', done: i + 1, total: rows.length });
  }
  report.orphans = listObjectFiles(vault.objectsDir).filter((f) => !known.has(f));
  report.ok =
    report.missing.length === 0 &&
    report.altered.length === 0 &&
    report.orphans.length === 0 &&
    report.audit.ok;
  return report;
}
