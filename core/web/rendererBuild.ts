/**
 * `npm run web` reuses renderer/dist when it is newer than everything the renderer is built from, so a
 * restart takes a second instead of a 30-second Vite build. The sources are the renderer itself and
 * what it imports from the repository (core/ modules and types, templates/ data), plus the lockfile.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.git']);

/** The newest modification time (ms) of any file under the given paths; 0 when none exists. */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (!SKIP.has(name)) visit(path.join(p, name));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const p of paths) visit(p);
  return newest;
}

export function rendererSources(repoRoot: string): string[] {
  return ['renderer', 'core', 'templates', 'package-lock.json'].map((p) => path.join(repoRoot, p));
}

/** True when dist/index.html exists and is newer than every source file. */
export function rendererBuildIsCurrent(repoRoot: string): boolean {
  const index = path.join(repoRoot, 'renderer', 'dist', 'index.html');
  if (!existsSync(index)) return false;
  return statSync(index).mtimeMs >= newestMtime(rendererSources(repoRoot));
}
