/**
 * The chi_sim 4.0.0 model holds both of Tesseract's engines: 40 MB of its 44 MB is the legacy engine's
 * templates (inttemp, shapetable, normproto…), which the LSTM engine we run (OEM 1) never reads. Each
 * tesseract.js worker nevertheless keeps the whole file twice — once in the wasm file system, once in
 * Tesseract's own buffer inside the wasm heap, which never shrinks — so two workers carried ~180 MB of
 * data they do not use. This cuts the container down to the components the LSTM engine loads.
 *
 * Container format (tesseract's ccutil/tessdatamanager.h): int32 entry count, then one int64 offset
 * per entry (-1 = absent), then the components back to back in entry order, all little-endian.
 */
import { AppError } from '../../errors.ts';

/** TessdataType numbers the LSTM engine (and Tesseract's init around it) reads. */
const LSTM_COMPONENTS = new Set([
  0, // config
  1, // unicharset (LSTM-only init copies the recognizer's own, but a missing one costs nothing to keep)
  17, // lstm
  18, // lstm-punc-dawg
  19, // lstm-word-dawg
  20, // lstm-number-dawg
  21, // lstm-unicharset
  22, // lstm-recoder
  23, // version
]);
/** Tesseract 5 has 24 entry types; a header claiming far more is not a traineddata file. */
const MAX_ENTRIES = 64;

function corrupt(): AppError {
  return new AppError('ocr-failed', { file: 'chi_sim.traineddata' });
}

export function lstmOnlyTraineddata(full: Buffer): Buffer {
  if (full.length < 4) throw corrupt();
  const count = full.readInt32LE(0);
  const headerSize = 4 + 8 * count;
  if (count <= 0 || count > MAX_ENTRIES || full.length < headerSize) throw corrupt();
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) offsets.push(Number(full.readBigInt64LE(4 + 8 * i)));
  // A component ends where the next present one starts (the file's end for the last).
  const parts: { index: number; bytes: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const start = offsets[i]!;
    if (start < 0) continue;
    const next = offsets.slice(i + 1).find((o) => o >= 0) ?? full.length;
    if (start < headerSize || next < start || next > full.length) throw corrupt();
    if (LSTM_COMPONENTS.has(i)) parts.push({ index: i, bytes: full.subarray(start, next) });
  }
  if (!parts.some((p) => p.index === 17)) throw corrupt();
  const header = Buffer.alloc(headerSize);
  header.writeInt32LE(count, 0);
  let at = headerSize;
  for (let i = 0; i < count; i++) {
    const part = parts.find((p) => p.index === i);
    header.writeBigInt64LE(BigInt(part ? at : -1), 4 + 8 * i);
    if (part) at += part.bytes.length;
  }
  return Buffer.concat([header, ...parts.map((p) => p.bytes)]);
}
