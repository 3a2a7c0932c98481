/**
 * GET /evidence/<id>/content and /evidence/<id>/thumb: evidence by id, never by path.
 * Content types come from an allow-list; anything else is sent as a download. Thumbnails come from
 * core/thumbnails.ts (made once, cached).
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { objectPath } from '../../db/objectStore.ts';
import { getEvidence } from '../../db/queries/evidence.ts';
import type { ApiContext } from '../api/context.ts';
import { ensureThumbnail, THUMB_MIME } from '../thumbnails.ts';
import { baseHeaders } from './security.ts';
import { sendRefusal } from './respond.ts';

const INLINE_TYPES =
  /^(image\/(png|jpeg|gif|webp|bmp)|application\/pdf|audio\/[\w.+-]+|video\/[\w.+-]+|text\/plain)$/;

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
    const thumb = await ensureThumbnail(vault, item.sha256, item.mime);
    if (!thumb) return sendRefusal(res, 415, 'cannot make a thumbnail of this image');
    res.writeHead(200, {
      ...baseHeaders,
      'Content-Type': THUMB_MIME,
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
