/**
 * Adds files to a case as evidence, all or nothing: every file is staged first (hash while copying),
 * published into objects/ under a durable note (db/objectBatch.ts), then one transaction writes
 * objects, evidence rows, payment links, audit entries and drops the notes. A failure or a cancel
 * removes the objects this batch created; a crash leaves notes that the next open resolves, so no row
 * lacks its object and no object is stray.
 */
import type { EvidenceItem } from '../core/domain/types.ts';
import { nowIso, toBeijingIso } from '../core/beijingTime.ts';
import type { ProgressReporter } from '../core/progress.ts';
import { appendAudit } from './auditLog.ts';
import { exifCaptureTime } from './captureTime.ts';
import { collectFiles } from './collectFiles.ts';
import { ObjectBatch } from './objectBatch.ts';
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
  /**
   * True when a committed row already held identical content (checked in the saving transaction),
   * or an earlier file of this batch did: stored once, shared.
   */
  deduplicated: boolean;
  /** For a deduplicated file: the first evidence item (any case) that already holds these bytes. */
  duplicateOf: { id: number; caseId: number } | null;
  /** empty-file: 0 bytes; undecodable-name: the file name was not valid UTF-8 (recorded with \xNN escapes). */
  warnings: ('empty-file' | 'undecodable-name')[];
}

interface Prepared {
  row: NewEvidenceRow;
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
  const batch = new ObjectBatch(vault);
  const prepared: Prepared[] = [];
  let bytesDone = 0;
  try {
    progress.report({ phase: 'hashing', done: 0, total: files.length, bytesDone: 0, bytesTotal: totalBytes });
    for (const [index, file] of files.entries()) {
      progress.throwIfCancelled();
      const stored = await batch.stage(file.source, {
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
      const originalName = req.originalNames?.[index] ?? file.name;
      const mime = await sniffMime(stored.head, originalName);
      const exif = await exifCaptureTime(batch.pathOf(stored.sha256), mime);
      const fileModifiedAt = toBeijingIso(new Date(file.mtimeMs));
      prepared.push({
        warnings: [
          ...(stored.size === 0 ? (['empty-file'] as const) : []),
          ...(file.undecodableName && !req.originalNames?.[index] ? (['undecodable-name'] as const) : []),
        ],
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
          symlink: file.symlink,
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
    batch.publish();
    const hasObject = stmt(vault.db, 'SELECT 1 FROM objects WHERE sha256 = ?');
    const firstHolder = stmt(
      vault.db,
      'SELECT id, case_id AS caseId FROM evidence WHERE sha256 = ? AND id < ? ORDER BY id LIMIT 1',
    );
    const saved = vault.db.transaction(() => {
      const out = prepared.map((p) => {
        // Asked of the database, not the file system: only a live row makes this a duplicate.
        const deduplicated = !!hasObject.get(p.row.sha256);
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
            deduplicated,
            // Whether, not where: paths are personal data and stay out of the audit log.
            ...(p.row.symlink ? { viaSymlink: true } : {}),
          },
        });
        return { id, deduplicated };
      });
      touchCase(vault.db, req.caseId);
      batch.settle();
      return out;
    })();
    return saved.map(({ id, deduplicated }, i) => ({
      ...getEvidence(vault.db, id),
      deduplicated,
      duplicateOf: deduplicated
        ? ((firstHolder.get(prepared[i]!.row.sha256, id) as { id: number; caseId: number } | undefined) ??
          null)
        : null,
      warnings: prepared[i]!.warnings,
    }));
  } catch (err) {
    batch.discard();
    throw err;
  }
}
