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
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { writePrivateFile } from '../../util/privateFile.ts';
import { lstmOnlyTraineddata } from './lstmOnlyData.ts';

const require = createRequire(import.meta.url);
const gunzipAsync = promisify(gunzip);

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

async function prepare(): Promise<LanguageData> {
  const { file } = languageDataPath();
  const gz = await readFile(file);
  const sha256 = createHash('sha256').update(gz).digest('hex');
  const lstm = lstmOnlyTraineddata(await gunzipAsync(gz));
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
