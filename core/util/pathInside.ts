/**
 * Path containment, used wherever a path from outside (a URL, a recorded path, a typed folder) must
 * stay within a root: the browser bridge's static files and PDFs, Electron's app:// and show-in-folder,
 * and the vault's own folder for move/restore targets.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** True when `candidate` is `root` or below it (both absolute, both already real paths). */
export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  if (rel === '') return true;
  if (path.isAbsolute(rel)) return false; // another drive on Windows
  return rel !== '..' && !rel.startsWith(`..${path.sep}`);
}

/**
 * The real path of a file or folder that may not exist yet: the real path of its nearest existing
 * ancestor with the rest appended, so symlinked parents are seen through before anything is created.
 */
export function realPathAllowingMissing(p: string): string {
  const absolute = path.resolve(p);
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}
