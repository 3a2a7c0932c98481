/**
 * Reads a bill file from disk and parses it (no vault needed). A file far larger than any bill is
 * refused before it is read into memory.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.ts';
import { emptySummary } from '../../importers/billSummary.ts';
import { billMessages } from '../../importers/billMessages.ts';
import { parseBill } from '../../importers/parseBill.ts';
import { statRegularFile } from './regularFile.ts';
import { MAX_INPUT_BYTES } from '../../importers/readBill.ts';
import type { BillParseResult } from '../../importers/types.ts';

export interface ReadBill {
  bytes: Uint8Array;
  fileName: string;
  mtimeMs: number;
  result: BillParseResult;
}

export async function readBillFile(
  file: string,
  originalName: string | undefined,
  password: string | undefined,
): Promise<ReadBill> {
  const fileName = originalName ?? path.basename(file);
  const info = await statRegularFile(file);
  if (info.size > MAX_INPUT_BYTES) {
    const message = billMessages.fileTooLarge(Math.round(info.size / 1048576));
    const result = {
      format: 'unknown' as const,
      rows: [],
      errors: [{ file: fileName, row: null, column: null, message }],
      summary: emptySummary(),
    };
    return { bytes: new Uint8Array(0), fileName, mtimeMs: info.mtimeMs, result };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new AppError('file-unreadable', {
      file,
      reason: (err as NodeJS.ErrnoException).code ?? String(err),
    });
  }
  return { bytes, fileName, mtimeMs: info.mtimeMs, result: await parseBill({ bytes, fileName, password }) };
}
