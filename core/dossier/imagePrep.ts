/**
 * Turns an evidence image into what the PDF embeds: upright (EXIF orientation applied), flattened
 * on white, scaled down to ~200 dpi at the size it is printed and re-encoded as JPEG. A 1170×2532
 * phone screenshot printed 20 cm tall needs no more than ~1,600 px; text stays sharp, the PDF stays
 * small. The original is untouched and travels in the bundle.
 *
 * Images are prepared a few at a time ahead of the page that needs them (sharp works on the libuv
 * pool while pdfkit lays out), so memory depends on that window, never on the number of exhibits.
 */
import sharp from 'sharp';

// libvips' operation cache keeps recent results (up to 50 MB) for reuse we never make: every image is
// read once. Off, so memory does not creep up with the number of exhibits.
sharp.cache(false);

export const PRINT_DPI = 200;
/** Pixels above this are refused before decoding (a decompression bomb disguised as a photo). */
const MAX_INPUT_PIXELS = 200_000_000;

export interface PreparedImage {
  data: Buffer;
  width: number;
  height: number;
}

export interface BoxPt {
  width: number;
  height: number;
}

export async function prepareImage(
  file: string,
  box: BoxPt,
  dpi: number = PRINT_DPI,
): Promise<PreparedImage> {
  const maxW = Math.round((box.width / 72) * dpi);
  const maxH = Math.round((box.height / 72) * dpi);
  const { data, info } = await sharp(file, { limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true })
    .rotate()
    .resize({ width: maxW, height: maxH, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .jpeg({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Reads only the image header, so the body (e.g. the WeChat voucher list) can leave out a file that
 * will not draw before any page is laid out. Returns the reason, or null when it looks drawable.
 */
export async function probeImage(file: string): Promise<string | null> {
  try {
    const meta = await sharp(file, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (!meta.width || !meta.height) return 'no image size';
    if (meta.width * meta.height > MAX_INPUT_PIXELS) return 'image too large';
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export type Prepared<T> = { item: T; image: PreparedImage } | { item: T; error: string };

/**
 * Yields prepared images in input order, keeping at most `window` preparations in flight.
 * Items that need no image (`want` false) pass through with an empty result.
 */
export async function* prefetchImages<T>(
  items: readonly T[],
  want: (item: T) => string | null,
  box: BoxPt,
  window = 3,
  signal?: AbortSignal,
): AsyncGenerator<Prepared<T> | { item: T }> {
  const start = (item: T): Promise<Prepared<T> | { item: T }> => {
    const file = want(item);
    if (!file) return Promise.resolve({ item });
    return prepareImage(file, box).then(
      (image) => ({ item, image }),
      (err: unknown) => ({ item, error: err instanceof Error ? err.message : String(err) }),
    );
  };
  const inFlight: Promise<Prepared<T> | { item: T }>[] = [];
  let next = 0;
  while (next < items.length && inFlight.length < window) inFlight.push(start(items[next++] as T));
  while (inFlight.length) {
    signal?.throwIfAborted();
    const done = await (inFlight.shift() as Promise<Prepared<T> | { item: T }>);
    if (next < items.length) inFlight.push(start(items[next++] as T));
    yield done;
  }
}
