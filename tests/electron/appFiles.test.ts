import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isInside } from '../../core/util/pathInside.ts';
import { createAppHandler, mimeForFile, resolveAppPath } from '../../electron/protocol/appFiles.ts';
import { buildCsp } from '../../electron/policy/csp.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tempDir = useTempDirs();
let base: string;
let root: string;

beforeEach(() => {
  base = realpathSync(tempDir('payproof-app-'));
  root = path.join(base, 'dist');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>PayProof</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the root');
  writeFileSync(path.join(base, 'dist-evil.txt'), 'a sibling whose name starts like the root');
});

describe('resolveAppPath', () => {
  it('serves files under the root, and index.html for / and client-side routes', async () => {
    expect(await resolveAppPath(root, 'app://payproof/assets/app.js')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'app.js'),
    });
    expect(await resolveAppPath(root, 'app://payproof/')).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
    });
    expect(await resolveAppPath(root, 'app://payproof/cases/12')).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
    });
    expect(await resolveAppPath(root, 'app://payproof/assets/missing.js')).toEqual({
      ok: false,
      status: 404,
    });
  });

  it.each([
    'app://payproof/../secret.txt',
    'app://payproof/%2e%2e/secret.txt',
    'app://payproof/%2E%2E/%2e%2e/secret.txt',
    'app://payproof/..%2fsecret.txt',
    'app://payproof/assets/..%2f..%2fsecret.txt',
    'app://payproof/..%5csecret.txt',
    'app://payproof/%2e%2e%2fdist-evil.txt',
  ])('refuses traversal: %s', async (url) => {
    const result = await resolveAppPath(root, url);
    expect(result.ok).toBe(false);
  });

  it('never serves an absolute path given in the URL', async () => {
    const abs = path.join(base, 'secret.txt');
    for (const url of [
      `app://payproof/${abs}`,
      `app://payproof//${abs}`,
      `app://payproof/${encodeURIComponent(abs)}`,
    ]) {
      const result = await resolveAppPath(root, url);
      expect(result.ok && result.file === abs).toBe(false);
    }
  });

  it('refuses a symlink that points outside the root', async () => {
    symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
    symlinkSync(base, path.join(root, 'linkdir'));
    expect(await resolveAppPath(root, 'app://payproof/link.txt')).toEqual({ ok: false, status: 403 });
    expect(await resolveAppPath(root, 'app://payproof/linkdir/secret.txt')).toEqual({
      ok: false,
      status: 403,
    });
  });

  it('refuses other hosts and schemes, malformed escapes and NUL', async () => {
    expect(await resolveAppPath(root, 'app://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(await resolveAppPath(root, 'file:///index.html')).toEqual({ ok: false, status: 403 });
    expect(await resolveAppPath(root, 'app://payproof/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(await resolveAppPath(root, 'app://payproof/index.html%00.js')).toEqual({ ok: false, status: 400 });
  });

  it('isInside compares path segments, not string prefixes', () => {
    expect(isInside('/a/dist', '/a/dist/x.js')).toBe(true);
    expect(isInside('/a/dist', '/a/dist')).toBe(true);
    expect(isInside('/a/dist', '/a/dist-evil/x.js')).toBe(false);
    expect(isInside('/a/dist', '/a/secret')).toBe(false);
    expect(isInside('/a/dist', '/a/dist/..x/y')).toBe(true);
  });
});

describe('app:// handler', () => {
  it('answers with the right MIME type, the CSP and nosniff', async () => {
    const handle = createAppHandler(root);
    const res = await handle(new Request('app://payproof/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(buildCsp());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
    const html = await handle(new Request('app://payproof/index.html'));
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('refuses traversal, writes and a missing build', async () => {
    const handle = createAppHandler(root);
    for (const url of ['app://payproof/%2e%2e/secret.txt', 'app://payproof/..%2fsecret.txt']) {
      const res = await handle(new Request(url));
      expect([403, 404]).toContain(res.status);
      expect(await res.text()).not.toContain('outside the root');
    }
    expect(
      (await handle(new Request('app://payproof/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
    expect(
      (await createAppHandler(path.join(base, 'not-built'))(new Request('app://payproof/'))).status,
    ).toBe(404);
  });

  it('knows the MIME types a Vite build produces', () => {
    expect(mimeForFile('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeForFile('a.WOFF2')).toBe('font/woff2');
    expect(mimeForFile('a.svg')).toBe('image/svg+xml');
    expect(mimeForFile('a.wasm')).toBe('application/wasm');
    expect(mimeForFile('a.unknown')).toBe('application/octet-stream');
  });
});
