/** The one check every "read this file from disk" method makes first: it exists and is a plain file. */
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { AppError } from '../../errors.ts';

export async function statRegularFile(file: string): Promise<Stats> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new AppError('file-missing', { file });
    throw new AppError('file-unreadable', { file, reason: e.code ?? e.message });
  }
  if (!info.isFile()) throw new AppError('file-special', { file });
  return info;
}
