/**
 * Writes one document PDF: the body; for a paper (registry.ts `paper`) the exhibits and the
 * chain-of-custody appendix with the honest note; then page numbers, bookmarks and metadata. The
 * rules check goes to the 核对单 only — a paper carries what its recipient needs and nothing else. Pure with respect to the vault: it reads the snapshot and the original
 * files it is pointed at, and writes only `outPdf` (via a temporary file renamed at the end).
 */
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { privateWriteStream } from '../util/privateFile.ts';
import type { DossierContext } from './context.ts';
import { DOCUMENTS } from './documents/registry.ts';
import { planExhibits, type Exhibit } from './exhibitPlan.ts';
import { sha256File } from './hashFile.ts';
import { stampPageNumbers } from './pageNumbers.ts';
import { probeImage } from './imagePrep.ts';
import { metadataText } from './pdfOptions.ts';
import { bodyFontCoverage, openPdf, printableSnapshot } from './pdfSetup.ts';
import { printableExcerpts } from './chatExcerptText.ts';
import { chatExcerptsSection } from './sections/chatExcerpts.ts';
import { runRulesCheck } from './rulesCheck.ts';
import { custodySection } from './sections/custody.ts';
import { exhibitsSection } from './sections/exhibits.ts';
import { fillSlot } from './table.ts';
import { Typesetter } from './typesetter.ts';
import type { RenderDossierInput, RenderDossierResult } from './types.ts';
import { commonWording } from './wording.ts';

/** Marks pictures whose header cannot be read as files to list, with the reason. */
async function probeExhibits(
  exhibits: Exhibit[],
  objectPath: (sha256: string) => string,
): Promise<Exhibit[]> {
  const out: Exhibit[] = [];
  for (const ex of exhibits) {
    const problem = ex.drawable ? await probeImage(objectPath(ex.item.sha256)) : null;
    out.push(problem ? { ...ex, drawable: false, problem } : ex);
  }
  return out;
}

export async function renderDossier(input: RenderDossierInput): Promise<RenderDossierResult> {
  const { doc: kind, at, signal } = input;
  signal?.throwIfAborted();
  const common = commonWording();
  const builder = DOCUMENTS[kind];
  // The rules read the exact case (核对单 only); the pages get the same case made printable.
  const rules = kind === 'checklist' ? runRulesCheck(input.snapshot, at, []) : null;
  const doc = openPdf({ author: common.author, subject: input.snapshot.case.title, at });
  const snapshot = printableSnapshot(doc, input.snapshot);
  const title = builder.title(snapshot);
  doc.info.Title = metadataText(title);
  const tmp = `${input.outPdf}.part`;
  const out = privateWriteStream(tmp);
  doc.pipe(out);
  // Listen from the start, so a write error (disk full) is caught rather than left unhandled.
  const written = finished(out);

  try {
    doc.addPage();
    const ts = new Typesetter(doc);
    const ctx: DossierContext = {
      ts,
      snapshot,
      doc: kind,
      exhibits: builder.paper
        ? await probeExhibits(
            planExhibits(snapshot, kind, printableExcerpts(input.chatExcerpts ?? [], bodyFontCoverage(doc))),
            input.objectPath,
          )
        : [],
      at,
      common,
      auditHead: input.auditHead,
      auditEntries: input.auditEntries,
      rules,
      objectPath: input.objectPath,
      pageRefs: [],
      exhibitPages: new Map(),
      blanks: [],
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      ...(signal ? { signal } : {}),
    };
    input.onProgress?.({ phase: 'layout', done: 0, total: ctx.exhibits.length });
    await builder.body(ctx);
    if (builder.paper) {
      await exhibitsSection(ctx);
      chatExcerptsSection(ctx);
      custodySection(ctx);
    }

    for (const ref of ctx.pageRefs) {
      const page = ctx.exhibitPages.get(ref.exhibit);
      if (page !== undefined) fillSlot(ts, ref.slot, String(page + 1));
    }
    const pages = stampPageNumbers(ts);
    input.onProgress?.({ phase: 'finish', done: pages, total: pages });
    doc.end();
    await written;
    const sha256 = await sha256File(tmp);
    await rename(tmp, input.outPdf);
    return { pdf: input.outPdf, pages, sha256 };
  } catch (err) {
    // Detach first: pdfkit may still push buffered bytes, which must not hit a destroyed stream.
    doc.unpipe(out);
    out.destroy();
    await written.catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}
