/**
 * The chi_sim 4.0.0 model holds both of Tesseract's engines: 40 MB of its 44 MB is the legacy engine's
 * templates (inttemp, shapetable, normproto…), which the LSTM engine we run (OEM 1) never reads. Each
 * tesseract.js worker nevertheless kept the whole file twice — once in the wasm file system, once in
 * Tesseract's own buffer inside the wasm heap, which never shrinks. This cuts the container down to the
 * components the LSTM engine loads, reading the decompressed model as a stream so the 44 MB are never
 * held at once (only the 2.7 MB kept are).
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
const LSTM = 17;
const CONFIG = 0;
/**
 * Lines of chi_sim's config that set legacy-engine parameters. The LSTM-only core has no such
 * parameters and prints "Warning: Parameter not found" for each at every worker start; without the
 * lines it reads exactly the same (the values were never used), and says nothing.
 */
const LEGACY_ONLY_PARAMS = new Set([
  'language_model_ngram_on',
  'segsearch_max_char_wh_ratio',
  'language_model_ngram_space_delimited_language',
  'language_model_use_sigmoidal_certainty',
  'language_model_ngram_nonmatch_score',
  'classify_integer_matcher_multiplier',
  'assume_fixed_pitch_char_segment',
  'allow_blob_division',
]);

function withoutLegacyParams(config: Buffer): Buffer {
  const kept = config
    .toString('utf8')
    .split('\n')
    .filter((line) => !LEGACY_ONLY_PARAMS.has(line.trim().split(/\s+/)[0] ?? ''));
  return Buffer.from(kept.join('\n'), 'utf8');
}
/** Tesseract 5 has 24 entry types; a header claiming far more is not a traineddata file. */
const MAX_ENTRIES = 64;
/** What is kept is a few MB; more than this is not the model we ship. */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;

function corrupt(): AppError {
  return new AppError('ocr-failed', { file: 'chi_sim.traineddata' });
}

interface Wanted {
  index: number;
  start: number;
  /** Exclusive; Infinity for the last component (it runs to the end of the file). */
  end: number;
  chunks: Buffer[];
  length: number;
}

/** Feed the decompressed model chunk by chunk; `finish()` returns the LSTM-only container. */
export class LstmOnlyExtractor {
  private head: Buffer[] = [];
  private count = 0;
  private wanted: Wanted[] | null = null;
  private position = 0;
  private kept = 0;

  push(chunk: Buffer): void {
    if (!this.wanted) {
      this.head.push(chunk);
      const joined = Buffer.concat(this.head);
      if (!this.readHeader(joined)) return;
      this.head = [];
      this.position = 0;
      this.take(joined);
      return;
    }
    this.take(chunk);
  }

  finish(): Buffer {
    if (!this.wanted) throw corrupt();
    for (const w of this.wanted) {
      const expected = w.end === Infinity ? w.length : w.end - w.start;
      if (w.length !== expected) throw corrupt();
      if (w.index === CONFIG) {
        const config = withoutLegacyParams(Buffer.concat(w.chunks));
        w.chunks = [config];
        w.length = config.length;
      }
    }
    const parts = this.wanted;
    if (!parts.some((p) => p.index === LSTM && p.length > 0)) throw corrupt();
    const headerSize = 4 + 8 * this.count;
    const header = Buffer.alloc(headerSize);
    header.writeInt32LE(this.count, 0);
    let at = headerSize;
    for (let i = 0; i < this.count; i++) {
      const part = parts.find((p) => p.index === i);
      header.writeBigInt64LE(BigInt(part ? at : -1), 4 + 8 * i);
      if (part) at += part.length;
    }
    return Buffer.concat([header, ...parts.flatMap((p) => p.chunks)]);
  }

  /** The offsets, once enough bytes are here; false while the header is still incomplete. */
  private readHeader(b: Buffer): boolean {
    if (b.length < 4) return false;
    const count = b.readInt32LE(0);
    if (count <= 0 || count > MAX_ENTRIES) throw corrupt();
    const headerSize = 4 + 8 * count;
    if (b.length < headerSize) return false;
    const offsets: number[] = [];
    for (let i = 0; i < count; i++) offsets.push(Number(b.readBigInt64LE(4 + 8 * i)));
    const wanted: Wanted[] = [];
    let last = headerSize;
    for (let i = 0; i < count; i++) {
      const start = offsets[i]!;
      if (start < 0) continue;
      if (start < last) throw corrupt();
      last = start;
      const end = offsets.slice(i + 1).find((o) => o >= 0) ?? Infinity;
      if (LSTM_COMPONENTS.has(i)) wanted.push({ index: i, start, end, chunks: [], length: 0 });
    }
    this.count = count;
    this.wanted = wanted;
    return true;
  }

  private take(chunk: Buffer): void {
    const from = this.position;
    const to = from + chunk.length;
    for (const w of this.wanted!) {
      const a = Math.max(from, w.start);
      const b = Math.min(to, w.end);
      if (b <= a) continue;
      const piece = Buffer.from(chunk.subarray(a - from, b - from));
      w.chunks.push(piece);
      w.length += piece.length;
      this.kept += piece.length;
      if (this.kept > MAX_KEPT_BYTES) throw corrupt();
    }
    this.position = to;
  }
}

/** The whole file at once (tests; the engine streams). */
export function lstmOnlyTraineddata(full: Buffer): Buffer {
  const x = new LstmOnlyExtractor();
  x.push(full);
  return x.finish();
}
