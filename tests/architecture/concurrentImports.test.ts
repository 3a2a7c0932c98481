/**
 * dossier.generate loads the PDF stack and dossier.checklist loads the 核对单 builder on first use; in
 * browser mode both can start in the same second. Their module graphs once met in an import cycle, and
 * two concurrent imports of a cycle's ends waited on each other for ever (the police report hung at 0 %).
 * This file imports nothing else first, so both loads really race.
 */
import { expect, it } from 'vitest';

it('the PDF renderer and the 核对单 builder load together without waiting on each other', async () => {
  const both = Promise.all([
    import('../../core/dossier/renderDossier.ts'),
    import('../../core/dossier/checklist/buildChecklist.ts'),
    import('../../core/dossier/bundle/bundleWriter.ts'),
  ]).then(([render, checklist, bundle]) => [
    render.renderDossier,
    checklist.buildChecklist,
    bundle.writeBundle,
  ]);
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), 30_000);
  });
  const outcome = await Promise.race([both, hung]);
  clearTimeout(timer);
  expect(outcome).not.toBe('hung');
  expect((outcome as unknown[]).every((fn) => typeof fn === 'function')).toBe(true);
});
