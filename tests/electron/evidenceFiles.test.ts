import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createEvidenceHandler,
  evidenceIdFromUrl,
  parseEvidenceUrl,
  servableMime,
  type EvidenceLocation,
} from '../../electron/protocol/evidenceFiles.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tempDir = useTempDirs();
const sha = 'a'.repeat(64);
let files: Map<number, EvidenceLocation>;
const bytes = Buffer.from(Array.from({ length: 100 }, (_, i) => i));

beforeEach(() => {
  const dir = tempDir('payproof-vault-');
  const file = (name: string, content: Buffer | string) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  files = new Map([
    [1, { path: file('audio', bytes), mime: 'audio/mpeg', sha256: sha }],
    [2, { path: file('page', '<script>alert(1)</script>'), mime: 'text/html', sha256: sha }],
    [3, { path: file('svg', '<svg onload="alert(1)"/>'), mime: 'image/svg+xml', sha256: sha }],
    [4, { path: path.join(dir, 'gone'), mime: 'image/png', sha256: sha }],
    [5, { path: file('empty', ''), mime: 'text/plain; charset=gbk', sha256: sha }],
    [6, { path: file('doc.pdf', '%PDF-1.7'), mime: 'application/pdf', sha256: sha }],
  ]);
});

const handler = () => createEvidenceHandler(async (id) => files.get(id) ?? null);
const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  handler()(new Request(url, { headers, method }));

describe('vault:// URLs name an evidence id, never a path', () => {
  it('accepts vault://evidence/<positive integer> only', () => {
    expect(evidenceIdFromUrl('vault://evidence/1')).toBe(1);
    expect(evidenceIdFromUrl('vault://evidence/123456')).toBe(123456);
    // The URL parser removes dot segments first: this is still just "evidence 1", not a path.
    expect(evidenceIdFromUrl('vault://evidence/../1')).toBe(1);
    for (const bad of [
      'vault://evidence/0',
      'vault://evidence/01',
      'vault://evidence/-1',
      'vault://evidence/1.5',
      'vault://evidence/1/2',
      'vault://evidence/%2e%2e%2fpayproof.sqlite',
      'vault://evidence/1?path=/etc/passwd',
      'vault://evidence/1?thumb=1&path=/etc/passwd',
      'vault://evidence/1?thumb=0',
      'vault://objects/ab/' + sha,
      'vault://evidence//etc/passwd',
      'app://evidence/1',
      'vault://evidence/99999999999999999999',
    ]) {
      expect(evidenceIdFromUrl(bad), bad).toBeNull();
    }
  });
});

describe('thumbnails', () => {
  it('reads ?thumb=1 and nothing else', () => {
    expect(parseEvidenceUrl('vault://evidence/7?thumb=1')).toEqual({ id: 7, thumb: true });
    expect(parseEvidenceUrl('vault://evidence/7')).toEqual({ id: 7, thumb: false });
  });

  it('asks the core for the thumbnail (not the original) and serves what it answers; none → 404', async () => {
    const asked: [number, boolean][] = [];
    const thumbFile = path.join(tempDir('payproof-thumbs-'), 'x-160.webp');
    writeFileSync(thumbFile, 'RIFF....WEBP');
    const serve = createEvidenceHandler(async (id, thumb) => {
      asked.push([id, thumb]);
      if (id === 8) return thumb ? { path: thumbFile, mime: 'image/webp', sha256: `${sha}-thumb` } : null;
      return thumb ? null : (files.get(id) ?? null);
    });
    const res = await serve(new Request('vault://evidence/8?thumb=1'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(await res.text()).toBe('RIFF....WEBP');
    expect((await serve(new Request('vault://evidence/1?thumb=1'))).status).toBe(404);
    expect(asked).toEqual([
      [8, true],
      [1, true],
    ]);
  });
});

describe('content-type allow-list', () => {
  it('serves images, PDF, audio, video and plain text', () => {
    for (const t of [
      'image/png',
      'image/jpeg',
      'application/pdf',
      'audio/mpeg',
      'video/mp4',
      'video/webm',
      'text/plain',
    ])
      expect(servableMime(t)).toBe(t);
    expect(servableMime('text/plain; charset=gbk')).toBe('text/plain');
    expect(servableMime('IMAGE/PNG')).toBe('image/png');
  });

  it('refuses anything that could run code or is unknown', () => {
    for (const t of [
      'text/html',
      'image/svg+xml',
      'application/xhtml+xml',
      'application/javascript',
      'text/xml',
      'application/octet-stream',
      'application/zip',
      '',
    ]) {
      expect(servableMime(t), t).toBeNull();
    }
  });
});

describe('vault:// handler', () => {
  it('serves the whole original with its type, length and ETag', async () => {
    const res = await get('vault://evidence/1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/mpeg');
    expect(res.headers.get('content-length')).toBe('100');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('etag')).toBe(`"${sha}"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it('answers range requests with 206 and Content-Range', async () => {
    const res = await get('vault://evidence/1', { Range: 'bytes=10-19' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 10-19/100');
    expect(res.headers.get('content-length')).toBe('10');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes.subarray(10, 20));

    const tail = await get('vault://evidence/1', { Range: 'bytes=-5' });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe('bytes 95-99/100');
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(95));

    const open = await get('vault://evidence/1', { Range: 'bytes=98-' });
    expect(Buffer.from(await open.arrayBuffer())).toEqual(bytes.subarray(98));
  });

  it('answers 416 with Content-Range */size for unsatisfiable ranges', async () => {
    const res = await get('vault://evidence/1', { Range: 'bytes=100-' });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */100');
  });

  it('HEAD gives the headers without a body', async () => {
    const res = await get('vault://evidence/1', {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('100');
    expect(await res.text()).toBe('');
  });

  it('refuses types off the allow-list (415), unknown ids and missing files (404), writes (405)', async () => {
    expect((await get('vault://evidence/2')).status).toBe(415);
    expect((await get('vault://evidence/3')).status).toBe(415);
    expect((await get('vault://evidence/4')).status).toBe(404);
    expect((await get('vault://evidence/77')).status).toBe(404);
    expect((await get('vault://evidence/..%2f1')).status).toBe(404);
    expect((await handler()(new Request('vault://evidence/1', { method: 'PUT', body: 'x' }))).status).toBe(
      405,
    );
  });

  it('serves an empty text file as 200 with no body; PDF without a CSP that would block the viewer', async () => {
    const empty = await get('vault://evidence/5');
    expect(empty.status).toBe(200);
    expect(empty.headers.get('content-type')).toBe('text/plain');
    expect(empty.headers.get('content-security-policy')).toContain("default-src 'none'");
    const pdf = await get('vault://evidence/6');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-security-policy')).toBeNull();
  });

  it('lets the app:// page fetch() text evidence (CORS for our origin only)', async () => {
    const res = await get('vault://evidence/5');
    expect(res.headers.get('access-control-allow-origin')).toBe('app://payproof');
  });
});
