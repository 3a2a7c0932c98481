/**
 * Makes an image ready for OCR without trusting it: the header is read first (sharp metadata, no
 * decoding) and a picture over the pixel limit is refused before a byte of it is decoded; HEIC is named
 * as such; a truncated or damaged file fails with a message instead of crashing. The result is grey,
 * inverted when the screen is dark (dark-mode 账单详情 pages read far better as dark-on-light), and
 * scaled so phone text is about the size Tesseract reads best.
 */
import { open } from 'node:fs/promises';
import type { Metadata } from 'sharp';
import { loadSharp } from '../../loadSharp.ts';
import { AppError } from '../../errors.ts';

/** 40 megapixels: a 1080-wide scrolling screenshot 37,000 pixels long; a 50000×50000 bomb is not. */
export const MAX_OCR_PIXELS = 40_000_000;
/** Widths are brought near this (a 1080p phone's text is ~40 px high there). */
const TARGET_WIDTH = 1080;
const READABLE_FORMATS = new Set(['png', 'jpeg', 'webp', 'gif', 'tiff']);
/** Mean grey below this (0–255) is a dark-mode screen. */
const DARK_MEAN = 110;

export interface PreparedImage {
  png: Buffer;
  width: number;
  height: number;
  /** Factor from the original's pixels to the prepared image's. */
  scale: number;
  inverted: boolean;
}

/** ISO-BMFF brands of HEIC/HEIF photos (an iPhone's default); sharp's build here decodes none of them. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

async function headBytes(input: string | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(input)) return input.subarray(0, 32);
  const handle = await open(input, 'r');
  try {
    const b = Buffer.alloc(32);
    const { bytesRead } = await handle.read(b, 0, 32, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function isHeif(head: Buffer): boolean {
  return (
    head.length >= 12 &&
    head.toString('latin1', 4, 8) === 'ftyp' &&
    HEIF_BRANDS.has(head.toString('latin1', 8, 12))
  );
}

export async function prepareForOcr(input: string | Buffer, displayName: string): Promise<PreparedImage> {
  if (isHeif(await headBytes(input))) throw new AppError('ocr-heic-unsupported', { file: displayName });
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError('ocr-not-image', { file: displayName });
  }
  if (meta.format === 'heif' && meta.compression !== 'av1') {
    throw new AppError('ocr-heic-unsupported', { file: displayName });
  }
  if (!meta.format || !READABLE_FORMATS.has(meta.format)) {
    throw new AppError('ocr-not-image', { file: displayName });
  }
  const width = meta.width ?? 0;
  const height = (meta.pageHeight ?? meta.height) || 0;
  if (width <= 0 || height <= 0 || width * height > MAX_OCR_PIXELS) {
    throw new AppError('ocr-image-too-large', {
      file: displayName,
      width,
      height,
      max: MAX_OCR_PIXELS / 1_000_000,
    });
  }
  const scale = width > TARGET_WIDTH * 1.15 || width < TARGET_WIDTH * 0.75 ? TARGET_WIDTH / width : 1;
  try {
    // failOn 'error': a truncated PNG/JPEG is refused instead of read as half a picture.
    const base = () => sharp(input, { limitInputPixels: MAX_OCR_PIXELS, failOn: 'error', pages: 1 }).rotate();
    const { channels } = await base().greyscale().resize({ width: 256 }).stats();
    const inverted = (channels[0]?.mean ?? 255) < DARK_MEAN;
    let pipeline = base().greyscale();
    if (scale !== 1) pipeline = pipeline.resize({ width: Math.round(width * scale) });
    if (inverted) pipeline = pipeline.negate({ alpha: false });
    const { data, info } = await pipeline.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height, scale, inverted };
  } catch {
    throw new AppError('ocr-image-unreadable', { file: displayName });
  }
}
