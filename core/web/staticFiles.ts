/**
 * Serves the built renderer. It holds no secret: the page gets the session token from the URL fragment
 * the server printed (#token=…), which never travels in a request, so another local user who finds the
 * port can load the UI but cannot call the API. Paths are resolved with realpath and checked by path.relative, never by a
 * string prefix, so neither "../" nor a symlink can step outside the static folder.
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { isInside } from '../util/pathInside.ts';
import { baseHeaders, CONTENT_SECURITY_POLICY } from './security.ts';
import { sendRefusal } from './respond.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export async function resolveStatic(rootReal: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = path.join(rootReal, path.normalize(decoded));
  let real: string;
  try {
    real = await fs.realpath(candidate);
  } catch {
    return null;
  }
  if (!isInside(rootReal, real)) return null;
  const st = await fs.stat(real);
  return st.isFile() ? real : null;
}

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rootReal: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendRefusal(res, 405, 'method not allowed');
  const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
  const wantsIndex = urlPath === '/' || urlPath === '/index.html';
  const file = await resolveStatic(rootReal, wantsIndex ? '/index.html' : urlPath);
  if (!file) return sendRefusal(res, 404, 'not found');
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Hashed asset names from Vite never change content, so they may be cached.
  const cache = urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
  res.writeHead(200, {
    ...baseHeaders,
    'Content-Type': type,
    'Cache-Control': cache,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}
