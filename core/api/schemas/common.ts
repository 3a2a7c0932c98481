import { z } from 'zod';

export const id = z.number().int().positive();
export const caseIdInput = z.object({ caseId: id });
export const idInput = z.object({ id });
/**
 * One window of a long list (the case page reads 20,000 payments a page at a time). Without a limit
 * the whole list comes back, as the CLI and the document writers want it.
 */
export const listWindow = {
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
};
/** Text a person typed: trimmed, bounded so a pasted novel cannot bloat the vault. */
export const text = (max = 10_000) => z.string().trim().max(max);
export const nonEmpty = (max = 500) => z.string().trim().min(1).max(max);

/**
 * A full path to a folder or file the person typed or chose. Relative paths are refused: the core may
 * run with any working directory (the desktop app's is not the person's), so "backup/new" would land
 * somewhere unexpected. A regex, not node:path, because the preload bundles the contract.
 */
export const absolutePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine(
    (v) => v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v) || v.startsWith('\\\\'),
    '需要完整路径，例如 /Users/me/证据库 或 D:\\证据库 (a full path is needed)',
  );
