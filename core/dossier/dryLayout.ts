/**
 * Lays a paper out without writing it, to learn which blanks it will carry (dossier.blanks, the
 * 核对单). Only the body is laid out: exhibits and the custody appendix carry no blanks.
 */
import type { CaseSnapshot } from '../domain/types.ts';
import type { BlankRecord } from './blanks.ts';
import type { DossierContext } from './context.ts';
import { DOCUMENTS } from './documents/registry.ts';
import { planExhibits } from './exhibitPlan.ts';
import { openPdf, printableSnapshot, type Pdf } from './pdfSetup.ts';
import { Typesetter } from './typesetter.ts';
import type { DocKind } from './types.ts';
import { commonWording } from './wording.ts';

/**
 * The blanks of each document in `kinds`, laid out one after another in a single scratch PDF (the
 * fonts are parsed once, not once per paper); nothing is written.
 */
export async function collectBlanks(
  snapshot: CaseSnapshot,
  kinds: readonly DocKind[],
  at: Date,
): Promise<Map<DocKind, BlankRecord[]>> {
  const common = commonWording();
  const doc = openPdf({ author: common.author, subject: '', at });
  const printable = printableSnapshot(doc, snapshot);
  const out = new Map<DocKind, BlankRecord[]>();
  for (const kind of kinds) {
    doc.addPage();
    out.set(kind, await blanksOf(doc, printable, kind, at));
  }
  return out;
}

async function blanksOf(doc: Pdf, printable: CaseSnapshot, kind: DocKind, at: Date): Promise<BlankRecord[]> {
  const common = commonWording();
  const ctx: DossierContext = {
    ts: new Typesetter(doc),
    snapshot: printable,
    doc: kind,
    exhibits: planExhibits(printable, kind),
    at,
    common,
    auditHead: '',
    auditEntries: [],
    rules: null,
    objectPath: () => '',
    pageRefs: [],
    exhibitPages: new Map(),
    blanks: [],
  };
  await DOCUMENTS[kind].body(ctx);
  return ctx.blanks;
}
