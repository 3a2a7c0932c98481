/**
 * Makes an image ready for OCR without trusting it: the header is read first (sharp metadata, no
 * decoding) and a picture over the pixel limit is refused before a byte of it is decoded; HEIC is named
 * as such; a truncated or damaged file fails with a message instead of crashing. The result is grey,
 * inverted when the screen is dark (dark-mode 账单详情 pages read far better as dark-on-light), and
 * scaled so phone text is a size Tesseract reads well without spending time on surplus pixels.
 *
 * The picture is decoded once, to raw grey pixels, and handed over as a binary PGM (a 15-byte header in
 * front of those pixels). It used to be decoded twice (once for the dark-mode mean) and re-encoded as
 * PNG, which the wasm core then inflated again: on 20 benchmark screens that cost 0.4 s of main-thread
 * time per screen plus ~0.3 s of worker time, for the same pixels — Tesseract's lines, boxes and
 * confidences are identical either way (bench/ocr.bench.ts screens, compared line by line).
 */
import { open } from 'node:fs/promises';
import type { Metadata } from 'sharp';
import { loadSharp } from '../../loadSharp.ts';
import { AppError } from '../../errors.ts';

/** 40 megapixels: a 1080-wide scrolling screenshot 37,000 pixels long; a 50000×50000 bomb is not. */
export const MAX_OCR_PIXELS = 40_000_000;
/**
 * Widths are brought near this: a 1080p phone's 40 px text becomes ~28 px, which Tesseract still reads
 * as well as at 1080 (bench/ocr.bench.ts screens: the same fields right, none wrong, at 756, 864 and
 * 1080; at 648 too, at 540 a 余额宝 came back 余额定), for ~30 % less recognition time than at 1080:
 * the page's layout analysis works on every pixel. Narrower screens are brought up to it (a 720-wide
 * phone's 招商银行储蓄卡 read 储蓉 at 720, right at 756); wider ones within 15 % are left as they are.
 */
export const TARGET_WIDTH = 756;
const READABLE_FORMATS = new Set(['png', 'jpeg', 'webp', 'gif', 'tiff']);
/** Mean grey below this (0–255) is a dark-mode screen. */
const DARK_MEAN = 110;

export interface PreparedImage {
  /** Binary PGM (P5), 8-bit grey: Leptonica reads it without decompressing anything. */
  pgm: Buffer;
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
  const scale = width > TARGET_WIDTH * 1.15 || width < TARGET_WIDTH ? TARGET_WIDTH / width : 1;
  try {
    // failOn 'error': a truncated PNG/JPEG is refused instead of read as half a picture.
    let pipeline = sharp(input, { limitInputPixels: MAX_OCR_PIXELS, failOn: 'error', pages: 1 })
      .rotate()
      .removeAlpha()
      .greyscale();
    if (scale !== 1) pipeline = pipeline.resize({ width: Math.round(width * scale) });
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 1 || data.length !== info.width * info.height) throw new Error('not grey');
    const inverted = meanGrey(data) < DARK_MEAN;
    if (inverted) invertInPlace(data);
    return {
      pgm: toPgm(data, info.width, info.height),
      width: info.width,
      height: info.height,
      scale,
      inverted,
    };
  } catch {
    throw new AppError('ocr-image-unreadable', { file: displayName });
  }
}

/** Mean of 8-bit grey pixels (0–255). */
export function meanGrey(pixels: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < pixels.length; i++) sum += pixels[i]!;
  return pixels.length ? sum / pixels.length : 255;
}

function invertInPlace(pixels: Uint8Array): void {
  for (let i = 0; i < pixels.length; i++) pixels[i] = 255 - pixels[i]!;
}

/**
 * tesseract.js looks for an EXIF orientation tag as a byte pattern in an image's first 500 bytes
 * (utils/setImage.js) and rotates by it; pixels there could spell it by chance. A comment line pads
 * the header past that window, so only pixels the pattern can never reach follow.
 */
const PGM_PADDING = `# ${'.'.repeat(512)}\n`;

/** Netpbm binary greymap: "P5", a comment, "width height 255", then the pixels row by row. */
export function toPgm(pixels: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.from(`P5\n${PGM_PADDING}${width} ${height}\n255\n`, 'latin1');
  return Buffer.concat([header, pixels]);
}
