/**
 * One image in, one OcrReading out: prepare (limits, dark mode), recognise in the pool, and map
 * Tesseract's blocks to our lines with boxes in the ORIGINAL image's pixels (the UI crops from the
 * original). Every reading records engine, version, language and the language data's SHA-256.
 */
import type { OcrLine, OcrReading, OcrWord } from '../types.ts';
import { splitNoiseSymbols } from './splitNoise.ts';
import { compactWords } from '../compactText.ts';
import { engineVersion, languageData, OCR_LANGUAGE } from './languageData.ts';
import { prepareForOcr } from './prepareImage.ts';
import { WorkerPool, type TesseractPage } from './workerPool.ts';

let shared: WorkerPool | undefined;

/** The process's pool (one per process: workers are per core, not per vault). */
export function ocrPool(): WorkerPool {
  shared ??= new WorkerPool();
  return shared;
}

export async function closeOcrPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}

function toLines(page: TesseractPage, scale: number): OcrLine[] {
  const back = (b: { x0: number; y0: number; x1: number; y1: number }) => ({
    x0: Math.round(b.x0 / scale),
    y0: Math.round(b.y0 / scale),
    x1: Math.round(b.x1 / scale),
    y1: Math.round(b.y1 / scale),
  });
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        lines.push({
          text: line.text.trim(),
          confidence: Math.round(line.confidence),
          bbox: back(line.bbox),
          words: line.words.flatMap((w) =>
            splitNoiseSymbols(w).map((part): OcrWord => ({ ...part, bbox: back(part.bbox) })),
          ),
        });
      }
    }
  }
  return lines;
}

export interface RecognizeOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  pool?: WorkerPool;
}

export async function recognizeImage(
  input: string | Buffer,
  displayName: string,
  options: RecognizeOptions = {},
): Promise<OcrReading> {
  const started = Date.now();
  const pool = options.pool ?? ocrPool();
  const release = await pool.admit(options.signal);
  let prepared: Awaited<ReturnType<typeof prepareForOcr>>;
  let data: Awaited<ReturnType<typeof languageData>>;
  let page: TesseractPage;
  try {
    [prepared, data] = await Promise.all([prepareForOcr(input, displayName), languageData()]);
    page = await pool.recognize({
      image: prepared.pgm,
      signal: options.signal,
      onProgress: options.onProgress,
    });
  } finally {
    release();
  }
  const lines = toLines(page, prepared.scale);
  return {
    engine: 'tesseract.js',
    engineVersion: engineVersion(),
    language: OCR_LANGUAGE,
    dataSha256: data.sha256,
    // Without the spaces Tesseract puts between Chinese characters, so search finds 支付成功.
    text: lines.map((l) => compactWords(l.words).text).join('\n'),
    confidence: Math.round(page.confidence),
    lines,
    width: Math.round(prepared.width / prepared.scale),
    height: Math.round(prepared.height / prepared.scale),
    inverted: prepared.inverted,
    durationMs: Date.now() - started,
  };
}
