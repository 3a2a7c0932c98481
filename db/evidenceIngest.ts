/**
 * Adds files to a case as evidence, all or nothing: every object is stored first (hash while copying),
 * then one transaction writes objects, evidence rows, payment links and audit entries. A failure or a
 * cancel removes the objects this batch created, so no row lacks its object and no object is stray.
 */
import path from 'node:path';
import type { EvidenceItem } from '../core/domain/types.ts';
import { nowIso, toBeijingIso } from '../core/beijingTime.ts';
import type { ProgressReporter } from '../core/progress.ts';
import { appendAudit } from './auditLog.ts';
import { exifCaptureTime } from './captureTime.ts';
import { collectFiles } from './collectFiles.ts';
import { deleteObject, objectPath, storeObject } from './objectStore.ts';
import type { Vault } from './openVault.ts';
import { getCase, touchCase } from './queries/cases.ts';
import { getEvidence, insertEvidenceRow, type NewEvidenceRow } from './queries/evidence.ts';
import { sniffMime } from './sniffMime.ts';
import { stmt } from './sql.ts';

export interface AddEvidenceRequest {
  caseId: number;
  paths: string[];
  /** Fixed kind for every file, or a function that suggests one from name and MIME type. */
  kind: string | ((fileName: string, mime: string) => string);
  paymentIds?: number[];
  title?: string;
  description?: string;
  /** Name to record instead of the path's basename (browser uploads arrive under a temp name). */
  originalNames?: string[];
}

export interface AddedEvidence extends EvidenceItem {
  /** True when identical content was already in the vault (stored once, shared). */
  deduplicated: boolean;
  /** For a deduplicated file: the first evidence item (any case) that already holds these bytes. */
  duplicateOf: { id: number; caseId: number } | null;
  warnings: 'empty-file'[];
}

interface Prepared {
  row: NewEvidenceRow;
  deduplicated: boolean;
  warnings: AddedEvidence['warnings'];
}

export async function addEvidenceFiles(
  vault: Vault,
  req: AddEvidenceRequest,
  progress: ProgressReporter,
): Promise<AddedEvidence[]> {
  getCase(vault.db, req.caseId);
  const files = collectFiles(req.paths);
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const created = new Set<string>();
  const prepared: Prepared[] = [];
  let bytesDone = 0;
  const hasObject = stmt(vault.db, 'SELECT 1 FROM objects WHERE sha256 = ?');
  const firstHolder = stmt(
    vault.db,
    'SELECT id, case_id AS caseId FROM evidence WHERE sha256 = ? AND id < ? ORDER BY id LIMIT 1',
  );
  try {
    progress.report({ phase: 'hashing', done: 0, total: files.length, bytesDone: 0, bytesTotal: totalBytes });
    for (const [index, file] of files.entries()) {
      progress.throwIfCancelled();
      const stored = await storeObject(vault.objectsDir, vault.tmpDir, file.path, {
        signal: progress.signal,
        onBytes: (n) => {
          bytesDone += n;
          progress.report({
            phase: 'hashing',
            done: index,
            total: files.length,
            bytesDone,
            bytesTotal: totalBytes,
          });
        },
      });
      if (stored.created) created.add(stored.sha256);
      const originalName = req.originalNames?.[index] ?? path.basename(file.path);
      const mime = await sniffMime(stored.head, originalName);
      const exif = await exifCaptureTime(objectPath(vault.objectsDir, stored.sha256), mime);
      const fileModifiedAt = toBeijingIso(new Date(file.mtimeMs));
      prepared.push({
        // Not created now means the same bytes were already stored, earlier or in this batch.
        deduplicated: !stored.created,
        warnings: stored.size === 0 ? ['empty-file'] : [],
        row: {
          sha256: stored.sha256,
          kind: typeof req.kind === 'function' ? req.kind(originalName, mime) : req.kind,
          title: req.title ?? originalName,
          description: req.description ?? '',
          capturedAt: exif ?? fileModifiedAt,
          capturedAtSource: exif ? 'exif' : 'file-mtime',
          originalName,
          fileModifiedAt,
          size: stored.size,
          mime,
          addedAt: nowIso(),
        },
      });
      progress.report({
        phase: 'hashing',
        done: index + 1,
        total: files.length,
        bytesDone,
        bytesTotal: totalBytes,
      });
    }
    progress.throwIfCancelled();
    progress.report({ phase: 'saving', done: files.length, total: files.length });
    const ids = vault.db.transaction(() => {
      const out = prepared.map((p) => {
        const id = insertEvidenceRow(vault.db, req.caseId, p.row, req.paymentIds ?? []);
        appendAudit(vault.db, {
          action: 'evidence.added',
          caseId: req.caseId,
          subject: `evidence:${id}`,
          details: {
            sha256: p.row.sha256,
            size: p.row.size,
            mime: p.row.mime,
            kind: p.row.kind,
            deduplicated: p.deduplicated,
          },
        });
        return id;
      });
      touchCase(vault.db, req.caseId);
      return out;
    })();
    return ids.map((id, i) => ({
      ...getEvidence(vault.db, id),
      deduplicated: prepared[i]!.deduplicated,
      duplicateOf: prepared[i]!.deduplicated
        ? ((firstHolder.get(prepared[i]!.row.sha256, id) as { id: number; caseId: number } | undefined) ??
          null)
        : null,
      warnings: prepared[i]!.warnings,
    }));
  } catch (err) {
    for (const sha of created) {
      if (!hasObject.get(sha)) deleteObject(vault.objectsDir, sha);
    }
    throw err;
  }
}
