/**
 * app://payproof/<path> → a file under renderer/dist. Containment is checked on real paths (after
 * decoding and after resolving symlinks), never by string prefix: `..`, `%2e%2e`, `..%2f`, a drive
 * letter or a symlink pointing outside all end as 403/404.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../../core/util/pathInside.ts';
import { buildCsp } from '../policy/csp.ts';
import { APP_HOST, APP_SCHEME } from '../policy/origins.ts';

export type AppPathResult = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

export async function resolveAppPath(rootReal: string, requestUrl: string): Promise<AppPathResult> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const joined = path.resolve(rootReal, relative);
  if (!isInside(rootReal, joined)) return { ok: false, status: 403 };
  let real: string;
  try {
    real = await realpath(joined);
  } catch {
    // Client-side routes (no extension) fall back to the app shell.
    if (path.extname(relative) === '')
      return resolveAppPath(rootReal, `${APP_SCHEME}://${APP_HOST}/index.html`);
    return { ok: false, status: 404 };
  }
  if (!isInside(rootReal, real)) return { ok: false, status: 403 };
  const st = await stat(real);
  if (!st.isFile()) return { ok: false, status: 404 };
  return { ok: true, file: real };
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeForFile(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function refuse(status: number): Response {
  return new Response(null, {
    status,
    headers: { 'Content-Type': 'text/plain', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The app:// handler: a plain (Request) → Response function, so tests run it without Electron. */
export function createAppHandler(rootDir: string): (request: Request) => Promise<Response> {
  let rootReal: Promise<string> | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    rootReal ??= realpath(rootDir);
    let root: string;
    try {
      root = await rootReal;
    } catch {
      rootReal = undefined; // renderer not built yet; try again next time
      return refuse(404);
    }
    const resolved = await resolveAppPath(root, request.url);
    if (!resolved.ok) return refuse(resolved.status);
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(resolved.file));
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': mimeForFile(resolved.file),
        'Content-Security-Policy': buildCsp(),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
