/**
 * Lays a paper out without writing it, to learn which blanks it will carry (dossier.blanks, the
 * 核对单). Only the body is laid out: exhibits and the custody appendix carry no blanks.
 */
import type { CaseSnapshot } from '../domain/types.ts';
import type { BlankRecord } from './blanks.ts';
import type { DossierContext } from './context.ts';
import { DOCUMENTS } from './documents/registry.ts';
import { planExhibits } from './exhibitPlan.ts';
import { openPdf, printableSnapshot } from './pdfSetup.ts';
import { Typesetter } from './typesetter.ts';
import type { DocKind } from './types.ts';
import { commonWording } from './wording.ts';

export async function collectBlanks(snapshot: CaseSnapshot, kind: DocKind, at: Date): Promise<BlankRecord[]> {
  const common = commonWording();
  const doc = openPdf({ author: common.author, subject: '', at });
  const printable = printableSnapshot(doc, snapshot);
  doc.addPage();
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
