/**
 * Reads the text of one stored original: OCR for images (and, when it is a 账单详情 screen, the
 * payment on it), charset-sniffed decoding for text files. Never throws for bad input: the result says
 * what went wrong in zh and en, and the original is left as it was.
 */
import { open } from 'node:fs/promises';
import { AppError, isAppError } from '../errors.ts';
import { decodeBillText } from '../importers/decodeText.ts';
import type { TextResult } from '../../db/queries/evidenceText.ts';
import { recognizeImage } from './engine/recognizeImage.ts';
import type { WorkerPool } from './engine/workerPool.ts';
import { readPaymentScreen } from './payment/readPaymentScreen.ts';

/** Text files are indexed up to this many bytes (a chat export of a year fits). */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

export type ReadOutcome = { ok: true; result: TextResult } | { ok: false; error: AppError };

async function readHead(file: string, max: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(max);
    const { bytesRead } = await handle.read(buffer, 0, max, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function readEvidenceText(
  file: string,
  source: 'ocr' | 'text-file',
  displayName: string,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void; pool?: WorkerPool } = {},
): Promise<ReadOutcome> {
  const started = Date.now();
  try {
    if (source === 'text-file') {
      const { text } = decodeBillText(await readHead(file, MAX_TEXT_BYTES));
      return {
        ok: true,
        result: {
          text,
          lines: [],
          confidence: null,
          width: null,
          height: null,
          inverted: false,
          provenance: null,
          payment: null,
          durationMs: Date.now() - started,
        },
      };
    }
    const reading = await recognizeImage(file, displayName, options);
    const payment = readPaymentScreen(reading.lines);
    return {
      ok: true,
      result: {
        text: reading.text,
        lines: reading.lines,
        confidence: reading.confidence,
        width: reading.width,
        height: reading.height,
        inverted: reading.inverted,
        provenance: {
          engine: reading.engine,
          engineVersion: reading.engineVersion,
          language: reading.language,
          dataSha256: reading.dataSha256,
        },
        payment: payment.platform ? payment : null,
        durationMs: reading.durationMs,
      },
    };
  } catch (err) {
    if (isAppError(err)) return { ok: false, error: err };
    return { ok: false, error: new AppError('ocr-failed', { file: displayName }) };
  }
}
