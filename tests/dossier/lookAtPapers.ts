/** Dev aid (not a test): renders every document for the three cases and every page to PNG, to look at. */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DOC_KINDS, renderDossier } from '../../core/dossier/index.ts';
import { renderPages } from './pdfTools.ts';
import { duplicateCase, fraudCase, notReceivedCase } from './threeCases.ts';

const out = process.argv[2] ?? '/tmp/look';
const only = process.argv[3];
rmSync(out, { recursive: true, force: true });
for (const [name, build] of [
  ['fraud', fraudCase],
  ['notrecv', notReceivedCase],
  ['dup', duplicateCase],
] as const) {
  const dir = path.join(out, name);
  mkdirSync(dir, { recursive: true });
  const c = await build(path.join(dir, 'src'));
  for (const doc of DOC_KINDS) {
    if (only && doc !== only) continue;
    const r = await renderDossier({ ...c, doc, outPdf: path.join(dir, `${doc}.pdf`) });
    const png = path.join(dir, `png-${doc}`);
    mkdirSync(png, { recursive: true });
    renderPages(r.pdf, png, 70);
    console.log(name, doc, r.pages);
  }
}
