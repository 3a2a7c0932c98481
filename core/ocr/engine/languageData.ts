/**
 * Where the OCR language data lives: the chi_sim model shipped in the npm package
 * @tesseract.js-data/chi_sim (the full 4.0.0 model — its best_int sibling misreads bold amounts and rare
 * characters), read from node_modules so nothing is ever downloaded. Its SHA-256 is recorded with
 * every result.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const OCR_LANGUAGE = 'chi_sim';
export const OCR_MODEL_VARIANT = '4.0.0';

export interface LanguageData {
  /** Folder holding chi_sim.traineddata.gz (tesseract.js's langPath). */
  langPath: string;
  file: string;
  sha256: string;
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

export function languageData(): Promise<LanguageData> {
  cached ??= new Promise<LanguageData>((resolve, reject) => {
    const { langPath, file } = languageDataPath();
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', (err) => {
        cached = undefined;
        reject(err);
      })
      .on('end', () => resolve({ langPath, file, sha256: hash.digest('hex') }));
  });
  return cached;
}
