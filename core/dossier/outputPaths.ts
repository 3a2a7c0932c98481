/**
 * Where a dossier goes: `out` may be a PDF path, a path without extension, or an existing folder;
 * the bundle sits next to the PDF with the same name and .zip. Default: the vault's exports/.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { toBeijingIso } from '../beijingTime.ts';
import type { DocKind } from './types.ts';

export function defaultPdfName(caseId: number, doc: DocKind, at: Date): string {
  const stamp = toBeijingIso(at).slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `case${caseId}-${doc}-${stamp}.pdf`;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function dossierPaths(
  out: string | undefined,
  exportsDir: string,
  caseId: number,
  doc: DocKind,
  at: Date,
): { pdf: string; bundle: string } {
  const name = defaultPdfName(caseId, doc, at);
  let pdf = out === undefined ? path.join(exportsDir, name) : path.resolve(out);
  if (isDirectory(pdf)) pdf = path.join(pdf, name);
  else if (!/\.pdf$/i.test(pdf)) pdf = `${pdf}.pdf`;
  return { pdf, bundle: pdf.replace(/\.pdf$/i, '.zip') };
}
