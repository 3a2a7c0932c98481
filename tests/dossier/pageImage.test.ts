/**
 * One page-image regression check: page 1 of the police report, rendered by pdftoppm, compared with
 * the committed reference (tests/fixtures/dossier/police-report-page1.png) with ImageMagick,
 * tolerating anti-aliasing noise. After an intended layout or wording change, refresh it with
 * UPDATE_DOSSIER_REFERENCE=1 npx vitest run tests/dossier/pageImage.test.ts — and look at it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { renderDossier } from '../../core/dossier/index.ts';
import { buildSampleCase } from './sampleCase.ts';
import { renderPages } from './pdfTools.ts';

const reference = fileURLToPath(new URL('../fixtures/dossier/police-report-page1.png', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'payproof-pageimage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('page 1 of the police report looks as it did', async () => {
  const sample = await buildSampleCase(dir);
  const { pdf } = await renderDossier({ ...sample, doc: 'police-report', outPdf: path.join(dir, 'p.pdf') });
  const [page1] = renderPages(pdf, dir, 50, 1, 1);
  expect(page1).toBeDefined();
  if (process.env['UPDATE_DOSSIER_REFERENCE'] === '1' || !existsSync(reference)) {
    copyFileSync(page1 as string, reference);
  }
  const size = execFileSync('identify', ['-format', '%w %h', page1 as string], { encoding: 'utf8' })
    .split(' ')
    .map(Number);
  const total = (size[0] ?? 0) * (size[1] ?? 0);
  // compare prints the count of differing pixels on stderr and exits 1 when any differ.
  const run = spawnSync(
    'compare',
    ['-metric', 'AE', '-fuzz', '20%', page1 as string, reference, path.join(dir, 'diff.png')],
    { encoding: 'utf8' },
  );
  const differing = Number.parseFloat(run.stderr.trim());
  expect(Number.isNaN(differing), run.stderr).toBe(false);
  expect(differing / total).toBeLessThan(0.005);
});
