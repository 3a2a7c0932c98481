/**
 * Browser mode: the renderer served on 127.0.0.1 with the core behind a small HTTP/JSON bridge.
 * Loopback only, a random session token on every call, Host and Origin checked on every request.
 *
 *   GET  /, /assets/*            the built UI (open it as <url>#token=<token>; the fragment never leaves the browser)
 *   GET  /api                    the method names this core offers
 *   POST /api/<method>           JSON in, NDJSON out (progress lines, then the result); closing cancels
 *   POST /upload                 raw file bytes (≤ maxUploadBytes) → a temp path for evidence.add
 *   GET  /evidence/<id>/content  the original; /thumb a cached thumbnail
 *   GET  /documents/<id>/pdf|zip a generated PDF or its bundle inside <vault>/exports/
 * Malformed requests (two Host headers, a broken %-escape) are answered 4xx, never 500.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVaultContext } from '../api/vaultContext.ts';
import { enableBackgroundReading } from '../ocr/textQueue.ts';
import { handleApiCall, methodList } from './apiRoute.ts';
import { serveDocumentFile, type DocumentFile } from './documentFiles.ts';
import { serveEvidenceFile } from './evidenceFiles.ts';
import { sendJson, sendRefusal } from './respond.ts';
import { checkHostAndOrigin, tokenMatches } from './security.ts';
import { serveStatic } from './staticFiles.ts';
import { UploadRegistry } from './uploads.ts';

export interface WebServerOptions {
  vaultDir: string;
  staticDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
  /** Largest file POST /upload accepts (default DEFAULT_MAX_UPLOAD_BYTES, 4 GiB). */
  maxUploadBytes?: number;
}

export interface WebServer {
  /** The server origin with a trailing slash. */
  url: string;
  /** What a person opens: url + '#token=' + token. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const staticRoot = realpathSync(options.staticDir);
  const ctx = createVaultContext(options.vaultDir);
  // Screenshots dropped in the browser are read while the person goes on working.
  enableBackgroundReading();
  const uploads = new UploadRegistry(options.maxUploadBytes);
  let port = 0;

  const server = http.createServer((req, res) => {
    void route(req, res).catch(() => {
      if (!res.headersSent) sendRefusal(res, 500, 'internal error');
      else res.destroy();
    });
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const refusal = checkHostAndOrigin(req, port);
    if (refusal) return sendRefusal(res, refusal.status, refusal.reason);
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      return sendRefusal(res, 400, 'malformed request path');
    }
    const isCall =
      pathname === '/api' ||
      pathname.startsWith('/api/') ||
      pathname === '/upload' ||
      pathname.startsWith('/evidence/') ||
      pathname.startsWith('/documents/');
    if (!isCall) return serveStatic(req, res, staticRoot);
    if (!tokenMatches(req, token)) return sendRefusal(res, 401, 'missing or wrong session token');
    if (pathname === '/api') return sendJson(res, 200, { ok: true, methods: methodList() });
    if (pathname.startsWith('/api/')) {
      let method: string;
      try {
        method = decodeURIComponent(pathname.slice(5));
      } catch {
        return sendRefusal(res, 400, 'malformed %-escape in the method name');
      }
      return handleApiCall(req, res, ctx, method, {
        afterCall: (m, i, outcome) => uploads.afterCall(m, i, outcome),
      });
    }
    if (pathname === '/upload') return uploads.receive(req, res, ctx);
    const m = /^\/evidence\/(\d+)\/(content|thumb)$/.exec(pathname);
    if (m) return serveEvidenceFile(req, res, ctx, Number(m[1]), m[2] as 'content' | 'thumb');
    const d = /^\/documents\/(\d+)\/(pdf|zip)$/.exec(pathname);
    if (d) return serveDocumentFile(req, res, ctx, Number(d[1]), d[2] as DocumentFile);
    return sendRefusal(res, 404, 'not found');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nothing on the network can reach the vault.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    openUrl: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      uploads.clear();
      ctx.close();
    },
  };
}
