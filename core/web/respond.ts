import type { ServerResponse } from 'node:http';
import type { AppError } from '../errors.ts';
import { baseHeaders } from './security.ts';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...baseHeaders,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A typed error (code, zh + en text from templates/messages/errors.json) as the page's ApiError reads it. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: AppError,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error: error.toPayload() }, headers);
}

/** A refusal says what was wrong in both languages, like every other error the app shows. */
export function sendRefusal(res: ServerResponse, status: number, reason: string): void {
  sendJson(res, status, {
    ok: false,
    error: { code: 'refused', message: { zh: `请求被拒绝：${reason}`, en: `Request refused: ${reason}` } },
  });
}
