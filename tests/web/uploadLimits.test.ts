/**
 * The bridge under malformed and oversized requests, over real HTTP: an upload past the cap (declared
 * or streamed) is refused with a clear error and leaves nothing in tmp/; the temp file of an upload goes
 * right after the call that consumes it, success or failure; two Host headers and a broken %-escape in
 * the method name are answered 400.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../core/web/server.ts';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../../core/web/uploads.ts';

const CAP = 1024 * 1024;
let server: WebServer;
let root: string;
let tmpDir: string;
const wechatCsv = fileURLToPath(
  new URL(
    '../fixtures/bills/deb-sig_double-entry-generator__example-wechat-records_csv.csv',
    import.meta.url,
  ),
);

interface Answer {
  status: number;
  body: string;
}

function post(p: string, headers: Record<string, string>, body?: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: p,
        headers: { host: `127.0.0.1:${server.port}`, 'x-payproof-token': server.token, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Exactly the bytes given, so a request can carry what http.request would never send. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const upload = (name: string, bytes: Buffer) =>
  post(
    '/upload',
    { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    bytes,
  );

async function call(
  method: string,
  input: unknown,
): Promise<{ ok: boolean; result?: unknown; error?: { code: string } }> {
  const res = await post(`/api/${method}`, { 'content-type': 'application/json' }, JSON.stringify(input));
  return (JSON.parse(res.body.trim().split('\n').at(-1)!) as { done: never }).done;
}

async function uploaded(name: string, bytes: Buffer): Promise<string> {
  const res = await upload(name, bytes);
  expect(res.status).toBe(200);
  return (JSON.parse(res.body) as { path: string }).path;
}

const exists = (p: string) => {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'payproof-web-limits-'));
  const staticDir = path.join(root, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>PayProof</title>');
  server = await startWebServer({ vaultDir: path.join(root, 'vault'), staticDir, maxUploadBytes: CAP });
  tmpDir = path.join(root, 'vault', 'tmp');
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('upload cap', () => {
  it('is 4 GiB unless configured (room for a long screen recording)', () => {
    expect(DEFAULT_MAX_UPLOAD_BYTES).toBe(4 * 1024 ** 3);
  });

  it('refuses a declared size past the cap before writing anything, with a clear error', async () => {
    await call('vault.info', {});
    const res = await new Promise<Answer>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/upload',
          headers: {
            host: `127.0.0.1:${server.port}`,
            'x-payproof-token': server.token,
            'x-file-name': encodeURIComponent('录屏.mp4'),
            'content-length': String(3 * 1024 ** 3),
          },
        },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () =>
            resolve({ status: r.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(res.status).toBe(413);
    const error = (JSON.parse(res.body) as { error: { code: string; message: { zh: string; en: string } } })
      .error;
    expect(error.code).toBe('upload-too-large');
    expect(error.message.zh).toContain('录屏.mp4');
    expect(error.message.en).toContain('at most 1 MiB');
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('cuts off a chunked body that runs past the cap and removes what it had written', async () => {
    const res = await post(
      '/upload',
      { 'x-file-name': 'big.mov', 'transfer-encoding': 'chunked' },
      Buffer.alloc(CAP + 64 * 1024, 7),
    );
    expect(res.status).toBe(413);
    expect(res.body).toContain('upload-too-large');
    await expect.poll(() => readdirSync(tmpDir)).toEqual([]);
  });

  it('takes a file right at the cap (0600 in tmp/)', async () => {
    const p = await uploaded('exact.bin', Buffer.alloc(CAP, 1));
    expect(statSync(p).size).toBe(CAP);
    expect(statSync(p).mode & 0o777).toBe(0o600);
    await call('evidence.add', { caseId: 999, paths: [p] });
  });
});

describe('temp files of uploads', () => {
  it('go right after the call that consumes them, when it succeeds and when it fails', async () => {
    const c = (await call('case.create', { title: '测试', route: 'fraud' })).result as { id: number };
    const ok = await uploaded('a.txt', Buffer.from('聊天记录'));
    expect((await call('evidence.add', { caseId: c.id, paths: [ok] })).ok).toBe(true);
    expect(exists(ok)).toBe(false);

    const failed = await uploaded('b.txt', Buffer.from('另一份'));
    const r = await call('evidence.add', { caseId: 424242, paths: [failed] });
    expect(r.error?.code).toBe('not-found');
    expect(exists(failed)).toBe(false);

    const badRestore = await uploaded('backup.zip', Buffer.from('not a zip'));
    expect((await call('vault.restore', { archive: badRestore, targetDir: path.join(root, 'r') })).ok).toBe(
      false,
    );
    expect(exists(badRestore)).toBe(false);
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('a bill kept between bill.show and bill.import, removed after the import; a failed show drops it', async () => {
    const c = (await call('case.create', { title: '账单', route: 'fraud' })).result as { id: number };
    const bill = await uploaded('微信支付账单.csv', readFileSync(wechatCsv));
    const shown = await call('bill.show', { path: bill, originalName: '微信支付账单.csv' });
    expect(shown.ok).toBe(true);
    expect(exists(bill)).toBe(true);
    const imported = await call('bill.import', {
      caseId: c.id,
      path: bill,
      originalName: '微信支付账单.csv',
      rows: [],
    });
    expect(imported.ok).toBe(true);
    expect(exists(bill)).toBe(false);

    // A file with no bill rows in it: nothing to import, so the page will upload again to retry.
    const bad = await uploaded('账单.csv', Buffer.from('这不是账单\n'));
    const none = await call('bill.show', { path: bad });
    expect((none.result as { rows: unknown[] } | undefined)?.rows ?? []).toEqual([]);
    expect(exists(bad)).toBe(false);
    expect(readdirSync(tmpDir)).toEqual([]);
  });
});

describe('malformed requests', () => {
  it('two Host headers are refused (400), even when both are allowed values', async () => {
    const hostLine = `Host: 127.0.0.1:${server.port}\r\n`;
    const answer = await raw(
      `POST /api/case.list HTTP/1.1\r\n${hostLine}${hostLine.replace('127.0.0.1', 'localhost')}X-PayProof-Token: ${server.token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('exactly one Host header');
    expect(answer).not.toContain('"result"');
  });

  it('a broken %-escape in the method name answers 400, not 500', async () => {
    for (const p of ['/api/case.%zz', '/api/%E0%A4%A', '/api/%']) {
      const res = await post(p, { 'content-type': 'application/json' }, '{}');
      expect(res.status, p).toBe(400);
      expect(res.body).toContain('%-escape');
    }
  });
});
