/**
 * Who may talk to the browser-mode bridge: only a page this server served, on this machine.
 * - Host must be 127.0.0.1:port or localhost:port (defeats DNS rebinding: a rebinding page sends its own host name),
 *   and there must be exactly one.
 * - Origin, when the browser sends one, must be this server's own origin (defeats cross-site requests).
 * - Every /api, /upload and /evidence call carries the session token, compared in constant time.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-payproof-token';

export interface Refusal {
  status: number;
  reason: string;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Checks Host and Origin; returns the refusal, or null when the request may go on. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): Refusal | null {
  // Node keeps only the first of several Host headers; a proxy or cache may use another one, so a
  // request that carries two is ambiguous and refused outright.
  if (hostHeaderCount(req) !== 1) return { status: 400, reason: 'exactly one Host header is required' };
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts(port).includes(host)) return { status: 421, reason: 'bad host' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return { status: 403, reason: 'foreign origin' };
  // Browsers that send Fetch Metadata tell us outright when a request comes from another site.
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') return { status: 403, reason: 'cross-site request' };
  return null;
}

function hostHeaderCount(req: IncomingMessage): number {
  let n = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') n++;
  return n;
}

export function tokenMatches(req: IncomingMessage, token: string): boolean {
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Headers every response carries. */
export const baseHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * CSP for the UI. antd (cssinjs) writes <style> elements at run time, so style-src needs
 * 'unsafe-inline'; scripts stay 'self' only. blob: images are evidence thumbnails fetched with the token.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
