/**
 * Where the OCR language data lives: the chi_sim model shipped in the npm package
 * @tesseract.js-data/chi_sim (the full 4.0.0 model — its best_int sibling misreads bold amounts and rare
 * characters), read from node_modules so nothing is ever downloaded. Its SHA-256 (of the .gz as
 * shipped) is recorded with every result.
 *
 * The workers are not given that file: once per process its LSTM components are cut out
 * (lstmOnlyData.ts, 2.7 MB of 44 MB) into a private temporary folder, and every worker loads that.
 * The LSTM engine reads exactly these components either way, so the text is the same; each worker
 * holds 2.7 MB instead of 44 MB twice. The folder is removed when the process exits.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { writePrivateFile } from '../../util/privateFile.ts';
import { LstmOnlyExtractor } from './lstmOnlyData.ts';

const require = createRequire(import.meta.url);

export const OCR_LANGUAGE = 'chi_sim';
export const OCR_MODEL_VARIANT = '4.0.0';

export interface LanguageData {
  /** Folder holding the LSTM-only chi_sim.traineddata (uncompressed): tesseract.js's langPath. */
  langPath: string;
  /** The shipped model (.traineddata.gz) it was cut from. */
  file: string;
  /** SHA-256 of the shipped .gz. */
  sha256: string;
  /** Size of what each worker loads, in bytes. */
  workerBytes: number;
}

export function engineVersion(): string {
  return (require('tesseract.js/package.json') as { version: string }).version;
}

export function languageDataPath(): { langPath: string; file: string } {
  const pkgDir = path.dirname(require.resolve('@tesseract.js-data/chi_sim/package.json'));
  const langPath = path.join(pkgDir, OCR_MODEL_VARIANT);
  return { langPath, file: path.join(langPath, `${OCR_LANGUAGE}.traineddata.gz`) };
}

let cached: Promise<LanguageData> | undefined;

/** One pass over the shipped .gz: its hash, and the LSTM components of what it inflates to. */
async function readModel(file: string): Promise<{ sha256: string; lstm: Buffer }> {
  const hash = createHash('sha256');
  const extractor = new LstmOnlyExtractor();
  const source = createReadStream(file);
  source.on('data', (chunk) => hash.update(chunk));
  const inflate = createGunzip();
  inflate.on('data', (chunk: Buffer) => extractor.push(chunk));
  await pipeline(source, inflate);
  return { sha256: hash.digest('hex'), lstm: extractor.finish() };
}

async function prepare(): Promise<LanguageData> {
  const { file } = languageDataPath();
  const { sha256, lstm } = await readModel(file);
  // mkdtemp: a fresh folder of our own (0700), so nobody else can put a model in its place.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-ocr-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  await writePrivateFile(path.join(dir, `${OCR_LANGUAGE}.traineddata`), lstm);
  return { langPath: dir, file, sha256, workerBytes: lstm.length };
}

export function languageData(): Promise<LanguageData> {
  cached ??= prepare().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
