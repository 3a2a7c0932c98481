/**
 * No module of the app imports itself back through others. A cycle is harmless while one caller loads
 * it, but two concurrent dynamic imports of its two ends never finish in Vitest's module runner — the
 * police report hung at 0 % in browser mode while the 核对单 loaded beside it — and a cycle makes
 * load order decide whether a binding is defined yet.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './importGraph.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const APP_ROOTS = ['core', 'db', 'electron', 'renderer/src'].map((d) => path.join(repoRoot, d));
const relative = (files: string[]): string => files.map((f) => path.relative(repoRoot, f)).join(' → ');

describe('import graph', () => {
  it('has no cycle of value imports in core/, db/, electron/ or renderer/src/', () => {
    const graph = importGraph(APP_ROOTS);
    expect(graph.size).toBeGreaterThan(300);
    expect(importCycles(graph).map(relative)).toEqual([]);
  });

  it('finds a cycle that is there, and ignores type-only and dynamic imports', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-cycles-'));
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
    writeFileSync(path.join(dir, 'b.ts'), "import { c } from './c.ts';\nexport const b = c;\n");
    writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a.ts';\nexport const c = a;\n");
    writeFileSync(
      path.join(dir, 'd.ts'),
      "import type { e } from './e.ts';\nexport const d: typeof e = 1;\n",
    );
    writeFileSync(path.join(dir, 'e.ts'), "import { type d } from './d.ts';\nexport const e = 1 as d;\n");
    writeFileSync(path.join(dir, 'f.ts'), "export const f = () => import('./g.ts');\n");
    writeFileSync(path.join(dir, 'g.ts'), "export { f } from './f.ts';\n");
    const cycles = importCycles(importGraph([dir])).map((c) => c.map((f) => path.basename(f)).join(' '));
    expect(cycles).toEqual(['a.ts b.ts c.ts a.ts']);
  });
});
