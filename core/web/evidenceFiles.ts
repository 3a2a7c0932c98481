/**
 * GET /evidence/<id>/content and /evidence/<id>/thumb: evidence by id, never by path.
 * Content types come from an allow-list; anything else is sent as a download. Thumbnails are made once
 * with sharp and cached beside the vault's data (derived data, never touching the original).
 */
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sharp from 'sharp';
import { objectPath } from '../../db/objectStore.ts';
import { getEvidence } from '../../db/queries/evidence.ts';
import type { ApiContext } from '../api/context.ts';
import { baseHeaders } from './security.ts';
import { sendRefusal } from './respond.ts';

const INLINE_TYPES =
  /^(image\/(png|jpeg|gif|webp|bmp)|application\/pdf|audio\/[\w.+-]+|video\/[\w.+-]+|text\/plain)$/;
const THUMB_SIZE = 160;

export async function serveEvidenceFile(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  id: number,
  what: 'content' | 'thumb',
): Promise<void> {
  if (req.method !== 'GET') return sendRefusal(res, 405, 'use GET');
  const vault = ctx.vault();
  let item;
  try {
    item = getEvidence(vault.db, id);
  } catch {
    return sendRefusal(res, 404, 'no such evidence');
  }
  const original = objectPath(vault.objectsDir, item.sha256);
  if (what === 'thumb') {
    if (!item.mime.startsWith('image/')) return sendRefusal(res, 404, 'no thumbnail for this type');
    const dir = path.join(vault.dir, 'cache', 'thumbs');
    const thumb = path.join(dir, `${item.sha256}-${THUMB_SIZE}.webp`);
    if (!existsSync(thumb)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      try {
        await sharp(original)
          .rotate()
          .resize(THUMB_SIZE, THUMB_SIZE, { fit: 'cover' })
          .webp({ quality: 70 })
          .toFile(thumb);
      } catch {
        return sendRefusal(res, 415, 'cannot make a thumbnail of this image');
      }
    }
    res.writeHead(200, {
      ...baseHeaders,
      'Content-Type': 'image/webp',
      'Cache-Control': 'private, max-age=86400',
    });
    createReadStream(thumb).pipe(res);
    return;
  }
  const inline = INLINE_TYPES.test(item.mime);
  res.writeHead(200, {
    ...baseHeaders,
    'Content-Type': inline ? item.mime : 'application/octet-stream',
    'Content-Length': String(item.size),
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(item.originalName)}`,
    // A PDF or SVG-like payload must never run script in our origin.
    'Content-Security-Policy':
      "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
  });
  createReadStream(original).pipe(res);
}
