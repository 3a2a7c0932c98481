/**
 * Which characters the OCR model can write at all. An LSTM model outputs only the entries of its
 * unicharset: a character outside it (chi_sim 4.0.0 has none of 喆 㛃 堃 犇 赟) is always read as
 * something else, however clean the picture, so a name holding one can never be read right. The bench
 * reports such fields apart from misreads, from this list, taken from the model itself.
 *
 * Where the list is: a traineddata container (lstmOnlyData.ts describes the format) may carry the
 * LSTM's own `lstm-unicharset` (21, Tesseract 4.1+ models such as Debian's); the 4.0.0 model embeds its
 * LSTM charset inside the `lstm` component instead, and its container `unicharset` (1) holds the same
 * 5074 entries (compared when this was written; tests/ocr/modelCharset.test.ts checks it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.ts';
import { languageData, OCR_LANGUAGE } from './languageData.ts';

const UNICHARSET = 1;
const LSTM_UNICHARSET = 21;
/** Tesseract 5 has 24 entry types; more is not a traineddata file. */
const MAX_ENTRIES = 64;
/** chi_sim has 5074 entries; a count far past any script's is a damaged file, not a loop to run. */
const MAX_UNICHARS = 200_000;

function corrupt(file: string): AppError {
  return new AppError('ocr-failed', { file });
}

/** The bytes of one component of a traineddata container, or null when it is absent. */
export function traineddataComponent(container: Buffer, index: number, file = 'traineddata'): Buffer | null {
  if (container.length < 4) throw corrupt(file);
  const count = container.readInt32LE(0);
  if (count <= 0 || count > MAX_ENTRIES || container.length < 4 + 8 * count) throw corrupt(file);
  if (index >= count) return null;
  const offsets = Array.from({ length: count }, (_, i) => Number(container.readBigInt64LE(4 + 8 * i)));
  const start = offsets[index]!;
  if (start < 0) return null;
  const end = offsets.slice(index + 1).find((o) => o >= 0) ?? container.length;
  if (start < 4 + 8 * count || end < start || end > container.length) throw corrupt(file);
  return container.subarray(start, end);
}

/**
 * The characters of a unicharset file: a count line, then one line per entry whose first field is the
 * character (Tesseract writes the space as "NULL").
 */
export function parseUnicharset(text: string, file = 'unicharset'): Set<string> {
  const lines = text.split('\n');
  const count = Number(lines[0]?.trim());
  if (!Number.isInteger(count) || count <= 0 || count > MAX_UNICHARS || lines.length <= count) {
    throw corrupt(file);
  }
  const chars = new Set<string>();
  for (let i = 1; i <= count; i++) {
    const first = lines[i]!.split(' ')[0]!;
    chars.add(first === 'NULL' ? ' ' : first);
  }
  return chars;
}

/** The characters a traineddata container's LSTM can output. */
export function modelCharacters(container: Buffer, file = 'traineddata'): Set<string> {
  const part =
    traineddataComponent(container, LSTM_UNICHARSET, file) ??
    traineddataComponent(container, UNICHARSET, file);
  if (!part) throw corrupt(file);
  return parseUnicharset(part.toString('utf8'), file);
}

/** The characters of the model our workers load (chi_sim 4.0.0, its LSTM-only cut). */
export async function ocrModelCharacters(): Promise<Set<string>> {
  const { langPath } = await languageData();
  const file = path.join(langPath, `${OCR_LANGUAGE}.traineddata`);
  return modelCharacters(await readFile(file), `${OCR_LANGUAGE}.traineddata`);
}

/** The distinct characters of `text` (whitespace aside) the model cannot output, in order of appearance. */
export function charactersOutsideModel(text: string, charset: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  for (const ch of text) {
    if (/\s/.test(ch) || charset.has(ch) || missing.includes(ch)) continue;
    missing.push(ch);
  }
  return missing;
}
