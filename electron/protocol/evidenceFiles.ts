/**
 * vault://evidence/<id> → the original of evidence item <id>. The page names an id, never a path:
 * the path comes from the vault (sha256 → objects/ab/<sha>) via `locate`, so no request can reach any
 * other file. Only types Chromium renders without running code are served (no HTML, no SVG).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { APP_ORIGIN, EVIDENCE_HOST, VAULT_SCHEME } from '../policy/origins.ts';
import { contentRange, parseRange } from './byteRange.ts';

export interface EvidenceLocation {
  path: string;
  mime: string;
  sha256: string;
}

/** The original of an evidence item, or with `thumb` its cached list-sized thumbnail (images only). */
export type LocateEvidence = (id: number, thumb: boolean) => Promise<EvidenceLocation | null>;

const servable = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/avif',
  'application/pdf',
  'audio/mpeg',
  'audio/mp4',
  'audio/aac',
  'audio/wav',
  'audio/x-wav',
  'audio/ogg',
  'audio/webm',
  'audio/flac',
  'video/mp4',
  'video/webm',
  'video/quicktime',
  'video/ogg',
  'text/plain',
]);

/** The Content-Type to serve for a stored MIME type, or null when it must not be served. */
export function servableMime(mime: string): string | null {
  const base = mime.split(';')[0]?.trim().toLowerCase() ?? '';
  return servable.has(base) ? base : null;
}

export interface EvidenceRequest {
  id: number;
  /** `?thumb=1`: the UI wants a list-sized picture. */
  thumb: boolean;
}

/** What a vault:// URL asks for, or null for anything else (other hosts, paths, other queries). */
export function parseEvidenceUrl(raw: string): EvidenceRequest | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${VAULT_SCHEME}:` || url.host !== EVIDENCE_HOST || url.username || url.password)
    return null;
  if (url.search !== '' && url.search !== '?thumb=1') return null;
  const m = /^\/([1-9]\d{0,14})$/.exec(url.pathname);
  return m?.[1] ? { id: Number(m[1]), thumb: url.search === '?thumb=1' } : null;
}

export function evidenceIdFromUrl(raw: string): number | null {
  return parseEvidenceUrl(raw)?.id ?? null;
}

function plain(status: number, extra: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...baseHeaders(), ...extra } });
}

function baseHeaders(): Record<string, string> {
  // The UI fetch()es text evidence from app://, a different origin.
  return { 'Access-Control-Allow-Origin': APP_ORIGIN, 'X-Content-Type-Options': 'nosniff' };
}

export function createEvidenceHandler(locate: LocateEvidence): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    const wanted = parseEvidenceUrl(request.url);
    if (!wanted) return plain(404);
    const location = await locate(wanted.id, wanted.thumb);
    // No thumbnail (not an image, or one sharp cannot read): 404, and the UI shows an icon.
    if (!location) return plain(404);
    const type = servableMime(location.mime);
    if (!type) return plain(415);
    let size: number;
    try {
      size = (await stat(location.path)).size;
    } catch {
      return plain(404); // the doctor reports missing originals; here it is simply not there
    }
    const headers: Record<string, string> = {
      ...baseHeaders(),
      'Content-Type': type,
      'Accept-Ranges': 'bytes',
      ETag: `"${location.sha256}"`,
      'Cache-Control': 'no-cache',
    };
    // Originals are shown, never run. Not for PDF: a CSP on the PDF response blocks Chromium's viewer
    // (it is a plugin), and the viewer runs no document script anyway.
    if (type !== 'application/pdf')
      headers['Content-Security-Policy'] =
        "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";
    const range = parseRange(request.headers.get('range'), size);
    if (range.kind === 'unsatisfiable') return plain(416, { 'Content-Range': contentRange(range, size) });
    const start = range.kind === 'partial' ? range.start : 0;
    const end = range.kind === 'partial' ? range.end : size - 1;
    headers['Content-Length'] = String(size === 0 ? 0 : end - start + 1);
    if (range.kind === 'partial') headers['Content-Range'] = contentRange(range, size);
    const status = range.kind === 'partial' ? 206 : 200;
    if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers });
    const stream = Readable.toWeb(
      createReadStream(location.path, { start, end }),
    ) as ReadableStream<Uint8Array>;
    return new Response(stream, { status, headers });
  };
}
