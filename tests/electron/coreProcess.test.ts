/**
 * Main's CoreClient talking to the core's server over an in-memory port pair, with a real vault in a
 * temp folder: the same code paths as the utility process, minus the process boundary.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../core/api/contract.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { createCoreClient } from '../../electron/coreProcess/client.ts';
import type { CoreToMain, MainToCore, Port } from '../../electron/coreProcess/messages.ts';
import { serveCore } from '../../electron/coreProcess/server.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tempDir = useTempDirs();

/** Two ends of a channel that deliver asynchronously and by structured clone, like a MessagePort. */
function portPair(): {
  main: Port<CoreToMain, MainToCore>;
  core: Port<MainToCore, CoreToMain>;
  log: unknown[];
} {
  const toCore: Array<(m: MainToCore) => void> = [];
  const toMain: Array<(m: CoreToMain) => void> = [];
  const log: unknown[] = [];
  return {
    main: {
      post: (m) => (log.push(m), setImmediate(() => toCore.forEach((l) => l(structuredClone(m))))),
      onMessage: (l) => void toMain.push(l),
    },
    core: {
      post: (m) => void setImmediate(() => toMain.forEach((l) => l(structuredClone(m)))),
      onMessage: (l) => void toCore.push(l),
    },
    log,
  };
}

function connect() {
  const vaultDir = path.join(tempDir('payproof-core-'), 'vault');
  const ctx = createVaultContext(vaultDir);
  const ports = portPair();
  let shutdown = 0;
  const server = serveCore(ctx, ports.core, () => {
    shutdown++;
    ctx.close();
  });
  const client = createCoreClient(ports.main);
  return { client, server, ctx, vaultDir, ports, shutdowns: () => shutdown };
}

describe('core over a message port', () => {
  it('answers calls, and errors as typed payloads (never throws)', async () => {
    const { client, ctx, vaultDir } = connect();
    const info = await client.call('vault.info', {});
    expect(info).toMatchObject({ ok: true, result: { dir: vaultDir, cases: 0 } });
    const bad = await client.call('case.get', { id: 'nope' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const missing = await client.call('case.get', { id: 404 });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: { zh: expect.any(String), en: expect.any(String) } },
    });
    expect(client.pending()).toBe(0);
    ctx.close();
  });

  it('adds evidence with progress, then locates the original by id (path from the vault, not the page)', async () => {
    const { client, ctx } = connect();
    const created = await client.call('case.create', { title: '买手机未发货', route: 'not-received' });
    expect(created.ok).toBe(true);
    const caseId = (created as { result: { id: number } }).result.id;
    const file = path.join(tempDir('payproof-src-'), 'chat.txt');
    writeFileSync(file, '对方收款后拉黑');
    const progress: unknown[] = [];
    const added = await client.call(
      'evidence.add',
      { caseId, paths: [file] },
      { onProgress: (e) => progress.push(e) },
    );
    expect(added.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    const evidenceId = (added as { result: Results['evidence.add'] }).result[0]!.id;
    const location = await client.locate(evidenceId);
    expect(location).not.toBeNull();
    expect(location!.mime).toMatch(/^text\/plain/);
    expect(location!.path.startsWith(ctx.vault().objectsDir)).toBe(true);
    expect(readFileSync(location!.path, 'utf8')).toBe('对方收款后拉黑');
    expect(await client.locate(999)).toBeNull();
    // A text file has no thumbnail.
    expect(await client.locate(evidenceId, true)).toBeNull();
    ctx.close();
  });

  it('locates a cached thumbnail of an image (made once, small, never the original)', async () => {
    const { client, ctx } = connect();
    const created = await client.call('case.create', { title: '截图', route: 'fraud' });
    const caseId = (created as { result: { id: number } }).result.id;
    const png = path.join(tempDir('payproof-src-'), 'shot.png');
    await sharp({ create: { width: 1170, height: 2532, channels: 3, background: '#3366cc' } })
      .png()
      .toFile(png);
    const added = await client.call('evidence.add', { caseId, paths: [png] });
    const evidenceId = (added as { result: Results['evidence.add'] }).result[0]!.id;
    const thumb = await client.locate(evidenceId, true);
    expect(thumb).toMatchObject({ mime: 'image/webp' });
    expect(thumb!.path.startsWith(path.join(ctx.vault().dir, 'cache', 'thumbs'))).toBe(true);
    const meta = await sharp(thumb!.path).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 160, 160]);
    expect(statSync(thumb!.path).size).toBeLessThan(statSync(png).size);
    const made = statSync(thumb!.path).mtimeMs;
    expect((await client.locate(evidenceId, true))!.path).toBe(thumb!.path);
    expect(statSync(thumb!.path).mtimeMs).toBe(made);
    ctx.close();
  });

  it('sends cancel for an aborted call and the core answers `cancelled`', async () => {
    const { client, ctx, ports } = connect();
    const created = await client.call('case.create', { title: 'x', route: 'not-received' });
    const caseId = (created as { result: { id: number } }).result.id;
    const dir = tempDir('payproof-big-');
    const paths = Array.from({ length: 40 }, (_, i) => {
      const p = path.join(dir, `f${i}.bin`);
      writeFileSync(p, Buffer.alloc(2 << 20, i));
      return p;
    });
    const controller = new AbortController();
    const pending = client.call(
      'evidence.add',
      { caseId, paths },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    const result = await pending;
    expect(ports.log.some((m) => (m as MainToCore).type === 'cancel')).toBe(true);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const list = await client.call('evidence.list', { caseId });
    expect(list).toMatchObject({ ok: true, result: [] });
    ctx.close();
  });

  it('answers every pending call when the core process goes away', async () => {
    const ports = portPair();
    const client = createCoreClient(ports.main); // nobody serves: calls stay pending
    const call = client.call('vault.info', {});
    const lookup = client.locate(1);
    client.fail('exit code 9');
    await expect(call).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: { en: expect.stringContaining('exit code 9') } },
    });
    await expect(lookup).resolves.toBeNull();
    expect(client.pending()).toBe(0);
  });

  it('shutdown closes the vault (releasing its lock)', async () => {
    const { client, vaultDir, shutdowns } = connect();
    await client.call('vault.info', {});
    expect(existsSync(path.join(vaultDir, 'payproof.lock'))).toBe(true);
    client.shutdown();
    await new Promise((r) => setTimeout(r, 20));
    expect(shutdowns()).toBe(1);
    expect(existsSync(path.join(vaultDir, 'payproof.lock'))).toBe(false);
  });
});
