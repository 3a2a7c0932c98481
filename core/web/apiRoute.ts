/**
 * POST /api/<method> → dispatch. The answer is NDJSON so long calls can stream progress:
 *   {"progress":{phase,done,total,...}}\n … {"done":{ok,result}|{ok:false,error}}\n
 * Closing the connection (the page's AbortController) cancels the call through its AbortSignal.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from '../api/dispatch.ts';
import { contract } from '../api/contract.ts';
import type { ApiContext } from '../api/context.ts';
import { baseHeaders } from './security.ts';
import type { CallOutcome } from './uploads.ts';
import { sendJson, sendRefusal } from './respond.ts';

const MAX_JSON_BYTES = 5 * 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
}

export function methodList(): string[] {
  return Object.keys(contract);
}

export interface ApiHooks {
  /** Called after each call with its outcome (the upload registry removes consumed temp files). */
  afterCall?: (method: string, input: unknown, outcome: CallOutcome) => void;
}

export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  method: string,
  hooks: ApiHooks = {},
): Promise<void> {
  if (req.method !== 'POST') return sendRefusal(res, 405, 'use POST');
  // A JSON content type cannot be sent by a plain HTML form: one more barrier against cross-site posts.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return sendRefusal(res, 415, 'content type must be application/json');
  let input: unknown;
  try {
    input = await readJsonBody(req);
  } catch {
    return sendJson(res, 400, {
      ok: false,
      error: {
        code: 'invalid-input',
        message: { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
      },
    });
  }
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  res.writeHead(200, { ...baseHeaders, 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  // Send headers now so the page can start reading progress lines.
  res.flushHeaders();
  const result = await dispatch(ctx, method, input, {
    signal: controller.signal,
    onProgress: (progress) => {
      if (!res.writableEnded) res.write(`${JSON.stringify({ progress })}\n`);
    },
  });
  hooks.afterCall?.(method, input, result);
  if (!res.writableEnded) res.end(`${JSON.stringify({ done: result })}\n`);
}
