import type { ServerResponse } from 'node:http';
import { baseHeaders } from './security.ts';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...baseHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A refusal says what was wrong in both languages, like every other error the app shows. */
export function sendRefusal(res: ServerResponse, status: number, reason: string): void {
  sendJson(res, status, {
    ok: false,
    error: { code: 'refused', message: { zh: `请求被拒绝：${reason}`, en: `Request refused: ${reason}` } },
  });
}
