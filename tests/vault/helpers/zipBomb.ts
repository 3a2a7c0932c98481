/**
 * Deflate data that inflates to gigabytes of zeros, built in milliseconds: one 1 MiB run of zeros is
 * deflated with a sync flush (a byte-aligned, non-final block whose back-references only reach zeros),
 * repeated, and closed with an empty final block. 3 GiB of zeros costs ~3 MB.
 */
import { constants, deflateRawSync } from 'node:zlib';

const UNIT = 1024 * 1024;

export function deflatedZeros(totalBytes: number): Buffer {
  if (totalBytes % UNIT !== 0) throw new Error('a whole number of MiB');
  const block = deflateRawSync(Buffer.alloc(UNIT), { finishFlush: constants.Z_SYNC_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: totalBytes / UNIT }, () => block), finalEmptyBlock]);
}
