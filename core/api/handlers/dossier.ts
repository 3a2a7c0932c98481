/**
 * dossier.generate: render the PDF and its bundle from the vault's snapshot of the case, then record
 * the document (hash, time, case) and its audit entry in one transaction. Cancelled or failed runs
 * leave neither file behind; both paths are noted durably before either file is written
 * (db/pendingWrites.ts) and the recording transaction drops the notes, so after a crash the next open
 * removes the unfinished or unrecorded files. dossier.verify needs no vault.
 */
import { excerptsForPrint } from '../../../db/queries/chatExcerpts.ts';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { auditHead, listAudit } from '../../../db/auditLog.ts';
import { storedDocumentPath } from '../../../db/documentPaths.ts';
import { objectPath } from '../../../db/objectStore.ts';
import { clearPendingWrites, notePendingWrites } from '../../../db/pendingWrites.ts';
import { caseSnapshot } from '../../../db/queries/caseSnapshot.ts';
import { recordDocument } from '../../../db/queries/documents.ts';
import { shortComplaintText } from '../../dossier/complaintText.ts';
import { isDrawable } from '../../dossier/exhibitPlan.ts';
import { charCount } from '../../dossier/format.ts';
import { BundleObjectMismatchError } from '../../dossier/bundle/bundleErrors.ts';
import { verifyBundle } from '../../dossier/bundle/verifyBundle.ts';
import { commonWording, wechatWording } from '../../dossier/wording.ts';
import { dossierPaths } from '../../dossier/outputPaths.ts';
import { AppError } from '../../errors.ts';
import type { dossierSchemas } from '../schemas/dossier.ts';
import { toBeijingIso } from '../../beijingTime.ts';
import type { HandlerMap } from '../context.ts';
import { holdCase } from '../busyCases.ts';

/** Failures as errors a person can act on; a cancel is the typed `cancelled`. */
function asAppError(err: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return new AppError('cancelled');
  if (err instanceof BundleObjectMismatchError)
    return new AppError('file-unreadable', { file: err.file, reason: err.message });
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const file = (err as NodeJS.ErrnoException | undefined)?.path ?? '';
  if (code === 'ENOENT') return new AppError('file-missing', { file });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
    return new AppError('file-unreadable', { file, reason: code });
  return err;
}

export const dossierHandlers: HandlerMap<keyof typeof dossierSchemas> = {
  'dossier.generate': async (ctx, { caseId, doc, out }, progress) => {
    const vault = ctx.vault();
    const snapshot = caseSnapshot(vault.db, caseId);
    // Held until the document is recorded: case.delete / case.purge refuse meanwhile.
    const release = holdCase(vault.db, caseId);
    const at = new Date();
    const paths = dossierPaths(out, vault.exportsDir, caseId, doc, at);
    const common = {
      snapshot,
      doc,
      objectPath: (sha: string) => objectPath(vault.objectsDir, sha),
      auditHead: auditHead(vault.db).hash,
      auditEntries: listAudit(vault.db, caseId),
      chatExcerpts: excerptsForPrint(vault.db, caseId),
      at,
      onProgress: (p: { phase: string; done: number; total: number }) => progress.report(p),
      ...(progress.signal ? { signal: progress.signal } : {}),
    };
    const notes = notePendingWrites(
      vault.db,
      [paths.pdf, paths.bundle].map((file) => ({
        kind: 'document' as const,
        target: storedDocumentPath(vault.dir, file),
      })),
    );
    // Only files this run finished are removed on failure (a paper already at an --out path stays).
    const written: string[] = [];
    try {
      mkdirSync(path.dirname(paths.pdf), { recursive: true });
      // Loaded on first use: the PDF stack (pdfkit, fonts, sharp) costs every other command
      // start-up time and ~30 MB of memory (a 100,000-row bill import included).
      const { renderDossier } = await import('../../dossier/renderDossier.ts');
      const { writeBundle } = await import('../../dossier/bundle/bundleWriter.ts');
      const pdf = await renderDossier({ ...common, outPdf: paths.pdf });
      written.push(pdf.pdf);
      const bundle = await writeBundle({
        ...common,
        pdfPath: pdf.pdf,
        pdfPages: pdf.pages,
        outZip: paths.bundle,
      });
      written.push(bundle.bundle);
      progress.throwIfCancelled();
      const record = vault.db.transaction(() => {
        clearPendingWrites(vault.db, notes);
        return recordDocument(vault.db, caseId, {
          kind: doc,
          sha256: pdf.sha256,
          path: pdf.pdf,
          bundlePath: bundle.bundle,
          pages: pdf.pages,
          bundleSha256: bundle.sha256,
          createdAt: toBeijingIso(at),
        });
      })();
      return {
        pdf: pdf.pdf,
        bundle: bundle.bundle,
        pages: pdf.pages,
        sha256: pdf.sha256,
        bundleSha256: bundle.sha256,
        documentId: record.id,
      };
    } catch (err) {
      for (const file of written) rmSync(file, { force: true });
      clearPendingWrites(vault.db, notes);
      throw asAppError(err, progress.signal);
    } finally {
      release();
    }
  },
  'dossier.checklist': async (ctx, { caseId }) => {
    // The checklist lays the papers out dry (pdfkit) to count their blanks: loaded on first use.
    const { buildChecklist } = await import('../../dossier/checklist/buildChecklist.ts');
    return buildChecklist(caseSnapshot(ctx.vault().db, caseId), new Date());
  },
  'dossier.complaintText': (ctx, { caseId }) => {
    const snapshot = caseSnapshot(ctx.vault().db, caseId);
    const w = wechatWording();
    const blank = commonWording().blank;
    // The PDF counts the pictures it prints as vouchers; those are the drawable exhibits.
    const images = snapshot.evidence.filter((e) => isDrawable(e.mime)).length;
    const text = shortComplaintText(snapshot, w, images, blank);
    return {
      text,
      chars: charCount(text),
      limit: w.shortTextLimit,
      blank: text.includes(blank) ? blank : null,
    };
  },
  'dossier.verify': async (_ctx, { bundle }, progress) =>
    verifyBundle(path.resolve(bundle), progress.signal ? { signal: progress.signal } : {}),
};
