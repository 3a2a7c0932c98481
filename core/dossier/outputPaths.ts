/**
 * Where a dossier goes: `out` may be a PDF path, a path without extension, or an existing folder;
 * the bundle sits next to the PDF with the same name and .zip. Default: the vault's exports/, under a
 * name no earlier paper holds (two runs in the same second get -2, -3…): a recorded paper is never
 * overwritten there, so its history hash stays true and a crashed run can only remove its own files.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { toBeijingIso } from '../beijingTime.ts';
import { DOC_KINDS, type DocKind } from './types.ts';

/** The names defaultPdfName gives (and their bundles), for recovery and doctor (db/exportNames.ts). */
export const OWN_DOCUMENT_NAME = new RegExp(
  `^case\\d+-(?:${DOC_KINDS.join('|')})-\\d{8}-\\d{6}(?:-\\d+)?\\.(?:pdf|zip)$`,
);

export function defaultPdfName(caseId: number, doc: DocKind, at: Date, n = 1): string {
  const stamp = toBeijingIso(at).slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `case${caseId}-${doc}-${stamp}${n > 1 ? `-${n}` : ''}.pdf`;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const bundleOf = (pdf: string) => pdf.replace(/\.pdf$/i, '.zip');

/** The first default name in `dir` whose PDF and bundle (and their partials) are all free. */
function freeDefaultPath(dir: string, caseId: number, doc: DocKind, at: Date): string {
  for (let n = 1; ; n++) {
    const pdf = path.join(dir, defaultPdfName(caseId, doc, at, n));
    const taken = [pdf, bundleOf(pdf)].some((f) => existsSync(f) || existsSync(`${f}.part`));
    if (!taken) return pdf;
  }
}

export function dossierPaths(
  out: string | undefined,
  exportsDir: string,
  caseId: number,
  doc: DocKind,
  at: Date,
): { pdf: string; bundle: string } {
  let pdf: string;
  if (out === undefined) pdf = freeDefaultPath(exportsDir, caseId, doc, at);
  else if (isDirectory(path.resolve(out))) pdf = freeDefaultPath(path.resolve(out), caseId, doc, at);
  else {
    pdf = path.resolve(out);
    if (!/\.pdf$/i.test(pdf)) pdf = `${pdf}.pdf`;
  }
  return { pdf, bundle: bundleOf(pdf) };
}
