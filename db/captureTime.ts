/**
 * When a photo or screenshot was taken, from its EXIF. EXIF times carry no zone unless OffsetTime*
 * is present; phones in China write local (Beijing) time, so that is the assumption, with the offset
 * tag honoured when it exists. Raw strings are read (reviveValues: false) so the process time zone
 * never shifts them.
 */
import exifr from 'exifr';
import { BEIJING_OFFSET } from '../core/beijingTime.ts';

const EXIF_MIMES = new Set([
  'image/jpeg',
  'image/tiff',
  'image/heic',
  'image/heif',
  'image/png',
  'image/webp',
  'image/avif',
]);
const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;

export async function exifCaptureTime(file: string, mime: string): Promise<string | null> {
  if (!EXIF_MIMES.has(mime)) return null;
  try {
    const tags = (await exifr.parse(file, {
      pick: ['DateTimeOriginal', 'CreateDate', 'OffsetTimeOriginal', 'OffsetTime'],
      reviveValues: false,
    })) as Record<string, unknown> | undefined;
    if (!tags) return null;
    const raw = String(tags.DateTimeOriginal ?? tags.CreateDate ?? '');
    const m = EXIF_TIME.exec(raw);
    if (!m || m[1] === '0000') return null;
    const offsetTag = String(tags.OffsetTimeOriginal ?? tags.OffsetTime ?? '');
    const offset = /^[+-]\d{2}:\d{2}$/.test(offsetTag) ? offsetTag : BEIJING_OFFSET;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset}`;
  } catch {
    // A damaged EXIF block is common in edited screenshots; the file mtime is the fallback.
    return null;
  }
}
