/**
 * Dropped files reach the vault by streaming: POST /upload with the raw bytes and the file name in
 * X-File-Name (URI-encoded) is written under <vault>/tmp/ (0600) and answered with that temp path, which
 * the page then passes to evidence.add (with originalNames, so the user's own file name is recorded).
 *
 * Bounded: an upload may be at most `maxBytes` (default 4 GiB, room for a long screen recording);
 * a larger Content-Length is refused before a byte is written, and a body that runs past the cap
 * (chunked, or lying about its length) is cut off and its temp file removed.
 *
 * Temp files live only as long as needed: the call that consumes one (evidence.add, bill.import,
 * vault.restore) removes it right after it returns, whether it succeeded, failed or was cancelled —
 * the page uploads again for another try. bill.show keeps its file when it found rows (the bill.import
 * that follows reads the same upload) and drops it otherwise (the page uploads again to retry). What no call ever claims goes after
 * an hour, and all of it when the server closes.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ApiContext } from '../api/context.ts';
import { AppError } from '../errors.ts';
import { privateWriteStream } from '../util/privateFile.ts';
import { sendError, sendJson, sendRefusal } from './respond.ts';

export const DEFAULT_MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
const MAX_AGE_MS = 60 * 60 * 1000;
const CONSUMERS = new Set(['evidence.add', 'bill.import', 'chat.import', 'vault.restore']);

function formatBytes(n: number): string {
  return n >= 1024 ** 3 ? `${+(n / 1024 ** 3).toFixed(1)} GiB` : `${+(n / 1024 ** 2).toFixed(1)} MiB`;
}

class TooLarge extends Error {}

/** What dispatch answered (only whether it succeeded and, for bill.show, whether rows came back). */
export type CallOutcome = { ok: true; result: unknown } | { ok: false };

/** bill.show found rows the person may now import from the same upload. */
function billToImport(outcome: CallOutcome): boolean {
  if (!outcome.ok) return false;
  const rows = (outcome.result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) && rows.length > 0;
}

/** Passes bytes through while counting them; fails the pipeline once the count passes the cap. */
function byteCap(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > maxBytes) cb(new TooLarge());
      else cb(null, chunk);
    },
  });
}

/** The temp paths a call's input names (evidence.add's paths, bill.*'s path, vault.restore's archive). */
function pathsOf(input: unknown): string[] {
  const {
    paths,
    path: one,
    archive,
  } = (input ?? {}) as { paths?: unknown; path?: unknown; archive?: unknown };
  const list = Array.isArray(paths) ? paths : [one, archive];
  return list.filter((p): p is string => typeof p === 'string');
}

export class UploadRegistry {
  private readonly files = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(readonly maxBytes: number = DEFAULT_MAX_UPLOAD_BYTES) {
    this.timer = setInterval(() => this.expire(), 60_000);
    this.timer.unref();
  }

  async receive(req: IncomingMessage, res: ServerResponse, ctx: ApiContext): Promise<void> {
    if (req.method !== 'POST') return sendRefusal(res, 405, 'use POST');
    let name: string;
    try {
      name = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
    } catch {
      return sendRefusal(res, 400, 'bad X-File-Name');
    }
    if (!name || name.length > 1024) return sendRefusal(res, 400, 'X-File-Name is required');
    const tooLarge = () =>
      new AppError(
        'upload-too-large',
        { name, limit: formatBytes(this.maxBytes) },
        { maxBytes: this.maxBytes },
      );
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (declared > this.maxBytes) return this.refuseBody(req, res, tooLarge());
    this.expire();
    const { tmpDir } = ctx.vault();
    // The temp name is ours; only the extension is kept, to help content sniffing fall back on it.
    const ext = path
      .extname(name)
      .replace(/[^.\w]/g, '')
      .slice(0, 16);
    const target = path.join(tmpDir, `upload-${randomUUID()}${ext}`);
    this.files.set(target, Date.now());
    const controller = new AbortController();
    req.on('aborted', () => controller.abort());
    try {
      await pipeline(req, byteCap(this.maxBytes), privateWriteStream(target, 'wx'), {
        signal: controller.signal,
      });
    } catch (err) {
      this.discard(target);
      if (err instanceof TooLarge) return this.refuseBody(req, res, tooLarge());
      if (!res.headersSent && !res.destroyed) sendRefusal(res, 400, 'upload interrupted');
      return;
    }
    sendJson(res, 200, { ok: true, path: target, name });
  }

  /** Answer 413 without reading the rest of the body, then close the connection (it may be gigabytes). */
  private refuseBody(req: IncomingMessage, res: ServerResponse, error: AppError): void {
    res.once('finish', () => req.destroy());
    sendError(res, 413, error, { Connection: 'close' });
  }

  /** After each call (successful or not): remove the uploads it consumed. */
  afterCall(method: string, input: unknown, outcome: CallOutcome): void {
    if (!CONSUMERS.has(method) && !(method === 'bill.show' && !billToImport(outcome))) return;
    for (const p of pathsOf(input)) if (this.files.has(p)) this.discard(p);
  }

  discard(file: string): void {
    this.files.delete(file);
    rmSync(file, { force: true });
  }

  expire(now = Date.now()): void {
    for (const [file, at] of this.files) if (now - at > MAX_AGE_MS) this.discard(file);
  }

  clear(): void {
    clearInterval(this.timer);
    for (const file of [...this.files.keys()]) this.discard(file);
  }
}
