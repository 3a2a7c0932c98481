import { AppError } from '../../core/errors.ts';

/**
 * Lost-update check: an editor sends the revision it loaded; if the row moved on since (another window,
 * a CLI command), the change is refused rather than silently overwriting the other one.
 */
export function assertRevision(what: string, id: number, expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== actual)
    throw new AppError('edit-conflict', { what, id, expected, actual });
}
