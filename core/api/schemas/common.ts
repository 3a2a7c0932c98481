import { z } from 'zod';

export const id = z.number().int().positive();
export const caseIdInput = z.object({ caseId: id });
export const idInput = z.object({ id });
/** Text a person typed: trimmed, bounded so a pasted novel cannot bloat the vault. */
export const text = (max = 10_000) => z.string().trim().max(max);
export const nonEmpty = (max = 500) => z.string().trim().min(1).max(max);
