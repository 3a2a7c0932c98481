/**
 * The browser-mode bridge on a real temp vault: who it refuses (no token, wrong token, foreign Origin,
 * bad Host, traversal), what it serves (the UI with CSP and nosniff), and a real upload landing in the vault.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../core/web/server.ts';

let server: WebServer;
let root: string;

/** Raw HTTP so the test controls Host and Origin exactly (fetch would set them itself). */
function request(opts: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { host: `127.0.0.1:${server.port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = { 'content-type': 'application/json' };
const auth = () => ({ 'x-payproof-token': server.token });

function lastLine(body: string): { done: { ok: boolean; result?: unknown; error?: { code: string } } } {
  return JSON.parse(body.trim().split('\n').at(-1)!);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'payproof-web-'));
  const staticDir = path.join(root, 'static');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html><html><head><title>PayProof</title></head><body></body></html>',
  );
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.txt'), 'outside the static folder');
  symlinkSync(path.join(root, 'secret.txt'), path.join(staticDir, 'link.txt'));
  server = await startWebServer({ vaultDir: path.join(root, 'vault'), staticDir });
});

afterAll(async () => {
  await server.close();
});

describe('browser-mode bridge', () => {
  it('listens on loopback and prints a URL carrying the token in the fragment only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the UI with CSP and nosniff', async () => {
    const res = await request({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>PayProof</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toContain('text/javascript');
  });

  it('answers a call that carries the token', async () => {
    const res = await request({
      method: 'POST',
      path: '/api/case.list',
      headers: { ...json, ...auth() },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(lastLine(res.body).done).toEqual({ ok: true, result: [] });
  });

  it('refuses a call without the token', async () => {
    const res = await request({ method: 'POST', path: '/api/case.list', headers: json, body: '{}' });
    expect(res.status).toBe(401);
    expect(res.body).not.toContain('result');
  });

  it('refuses a call with a wrong token', async () => {
    const wrong = server.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect(
      (
        await request({
          method: 'POST',
          path: '/api/case.list',
          headers: { ...json, 'x-payproof-token': wrong },
          body: '{}',
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await request({
          method: 'POST',
          path: '/api/case.list',
          headers: { ...json, 'x-payproof-token': 'short' },
          body: '{}',
        })
      ).status,
    ).toBe(401);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const res = await request({
      method: 'POST',
      path: '/api/case.list',
      headers: { ...json, ...auth(), origin: 'https://evil.example' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const sameOrigin = await request({
      method: 'POST',
      path: '/api/case.list',
      headers: { ...json, ...auth(), origin: `http://127.0.0.1:${server.port}` },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a bad Host (DNS rebinding), on the UI and the API', async () => {
    expect((await request({ path: '/', headers: { host: `evil.example:${server.port}` } })).status).toBe(421);
    expect(
      (
        await request({
          method: 'POST',
          path: '/api/case.list',
          headers: { ...json, ...auth(), host: 'evil.example' },
          body: '{}',
        })
      ).status,
    ).toBe(421);
    expect((await request({ path: '/', headers: { host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses a form-style post (wrong content type) and unknown methods say so', async () => {
    expect(
      (
        await request({
          method: 'POST',
          path: '/api/case.list',
          headers: { ...auth(), 'content-type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    const res = await request({
      method: 'POST',
      path: '/api/nope.nothing',
      headers: { ...json, ...auth() },
      body: '{}',
    });
    expect(lastLine(res.body).done.error?.code).toBe('unknown-method');
  });

  it('never serves a file outside the static folder (.., encoded .., symlink)', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/link.txt',
    ]) {
      const res = await request({ path: p });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('outside the static folder');
    }
  });

  it('streams a real upload into the vault and records the user file name', async () => {
    const created = lastLine(
      (
        await request({
          method: 'POST',
          path: '/api/case.create',
          headers: { ...json, ...auth() },
          body: JSON.stringify({ title: '测试', route: 'fraud' }),
        })
      ).body,
    );
    const caseId = (created.done.result as { id: number }).id;
    const bytes = Buffer.from('聊天记录：对方收款后拉黑\n'.repeat(1000));
    const up = await request({
      method: 'POST',
      path: '/upload',
      headers: {
        ...auth(),
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent('聊天记录 2025-05-18.txt'),
      },
      body: bytes,
    });
    expect(up.status).toBe(200);
    const { path: tmpPath } = JSON.parse(up.body) as { path: string };
    expect(path.relative(path.join(root, 'vault', 'tmp'), tmpPath).startsWith('..')).toBe(false);
    const added = lastLine(
      (
        await request({
          method: 'POST',
          path: '/api/evidence.add',
          headers: { ...json, ...auth() },
          body: JSON.stringify({ caseId, paths: [tmpPath], originalNames: ['聊天记录 2025-05-18.txt'] }),
        })
      ).body,
    );
    expect(added.done.ok).toBe(true);
    const [item] = added.done.result as { originalName: string; sha256: string; size: number }[];
    expect(item!.originalName).toBe('聊天记录 2025-05-18.txt');
    expect(item!.size).toBe(bytes.length);
    const stored = readFileSync(path.join(root, 'vault', 'objects', item!.sha256.slice(0, 2), item!.sha256));
    expect(stored.equals(bytes)).toBe(true);
    // The temp copy is gone once the vault holds the original.
    expect(() => readFileSync(tmpPath)).toThrow();
    // And the page can read it back by id, never by path.
    const back = await request({ path: '/evidence/1/content', headers: auth() });
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('text/plain');
  });

  it('refuses an upload without the token', async () => {
    expect(
      (await request({ method: 'POST', path: '/upload', headers: { 'x-file-name': 'a.txt' }, body: 'x' }))
        .status,
    ).toBe(401);
  });

  it('drops the temp file of an upload the page abandons halfway', async () => {
    const tmpDir = path.join(root, 'vault', 'tmp');
    const before = new Set(readdirSync(tmpDir));
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/upload',
      headers: {
        host: `127.0.0.1:${server.port}`,
        ...auth(),
        'content-type': 'application/octet-stream',
        'x-file-name': 'big.mp4',
        'content-length': String(50 * 1024 * 1024),
      },
    });
    req.on('error', () => undefined);
    req.write(Buffer.alloc(1024 * 1024));
    await expect.poll(() => readdirSync(tmpDir).filter((f) => !before.has(f)).length).toBe(1);
    req.destroy();
    await expect.poll(() => readdirSync(tmpDir).filter((f) => !before.has(f)), { timeout: 5000 }).toEqual([]);
  });

  it('cancels a call when the page closes the connection', async () => {
    // A progress-reporting call (doctor) over a socket we destroy at once: the server must survive and answer the next call.
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/api/vault.doctor',
      headers: { host: `127.0.0.1:${server.port}`, ...json, ...auth() },
    });
    req.on('error', () => undefined);
    req.end('{}');
    req.destroy();
    const res = await request({
      method: 'POST',
      path: '/api/vault.info',
      headers: { ...json, ...auth() },
      body: '{}',
    });
    expect(lastLine(res.body).done.ok).toBe(true);
  });
  it('serves a generated PDF and its ZIP by id, with their names, only with the token', async () => {
    const call = async (method: string, input: unknown) =>
      lastLine(
        (
          await request({
            method: 'POST',
            path: `/api/${method}`,
            headers: { ...json, ...auth() },
            body: JSON.stringify(input),
          })
        ).body,
      ).done;
    const created = (await call('case.create', { title: '下载测试', route: 'fraud' })).result as {
      id: number;
    };
    const generated = await call('dossier.generate', { caseId: created.id, doc: 'police-report' });
    expect(generated.ok).toBe(true);
    const { documentId, bundle } = generated.result as { documentId: number; bundle: string };
    const zip = await request({ path: `/documents/${documentId}/zip`, headers: auth() });
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['content-disposition']).toContain(`attachment; filename="`);
    expect(zip.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(path.basename(bundle))}`,
    );
    expect(Number(zip.headers['content-length'])).toBe(readFileSync(bundle).length);
    const pdf = await request({ path: `/documents/${documentId}/pdf`, headers: auth() });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toMatch(/^inline; /);
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
    expect((await request({ path: `/documents/${documentId}/zip` })).status).toBe(401);
    expect((await request({ path: `/documents/9999/zip`, headers: auth() })).status).toBe(404);
  });
});
