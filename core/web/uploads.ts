/**
 * Dropped files reach the vault by streaming: POST /upload with the raw bytes and the file name in
 * X-File-Name (URI-encoded) is written under <vault>/tmp/ and answered with that temp path, which the
 * page then passes to evidence.add (with originalNames, so the user's own file name is recorded).
 * Temp files are removed after evidence.add takes them, when the server closes, and after an hour.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ApiContext } from '../api/context.ts';
import { privateWriteStream } from '../util/privateFile.ts';
import { sendJson, sendRefusal } from './respond.ts';

const MAX_AGE_MS = 60 * 60 * 1000;

export class UploadRegistry {
  private readonly files = new Map<string, number>();

  async receive(req: IncomingMessage, res: ServerResponse, ctx: ApiContext): Promise<void> {
    if (req.method !== 'POST') return sendRefusal(res, 405, 'use POST');
    let name: string;
    try {
      name = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
    } catch {
      return sendRefusal(res, 400, 'bad X-File-Name');
    }
    if (!name || name.length > 1024) return sendRefusal(res, 400, 'X-File-Name is required');
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
      await pipeline(req, privateWriteStream(target, 'wx'), { signal: controller.signal });
    } catch {
      this.discard(target);
      if (!res.headersSent && !res.destroyed) sendRefusal(res, 400, 'upload interrupted');
      return;
    }
    sendJson(res, 200, { ok: true, path: target, name });
  }

  /**
   * evidence.add / bill.import have copied the files into objects/, vault.restore has unpacked the
   * backup: the temp copies can go.
   */
  afterCall(method: string, input: unknown): void {
    if (method !== 'evidence.add' && method !== 'bill.import' && method !== 'vault.restore') return;
    const { paths, path: one, archive } = input as { paths?: unknown; path?: unknown; archive?: unknown };
    const list = Array.isArray(paths) ? paths : [one ?? archive];
    for (const p of list) if (typeof p === 'string' && this.files.has(p)) this.discard(p);
  }

  discard(file: string): void {
    this.files.delete(file);
    rmSync(file, { force: true });
  }

  expire(now = Date.now()): void {
    for (const [file, at] of this.files) if (now - at > MAX_AGE_MS) this.discard(file);
  }

  clear(): void {
    for (const file of [...this.files.keys()]) this.discard(file);
  }
}
