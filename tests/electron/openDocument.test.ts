/**
 * "Open" (the Documents tab's preview in Electron) with a stand-in shell.openPath and real temp
 * folders and files: the same checks as show-in-folder (sender, `..`, real-path containment in the
 * current vault, missing files), but only a PDF is ever handed to the system's default application;
 * the resolved path is what gets opened, and openPath's error string becomes a zh/en refusal. Also
 * the renderer's side: the Electron host offers openDocument only when the preload does.
 */
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract.ts';
import { channels } from '../../electron/bridgeTypes.ts';
import {
  createOpenDocumentHandler,
  createShowInFolderHandler,
  registerOpenDocument,
} from '../../electron/showInFolder.ts';
import { ApiError } from '../../renderer/src/api/ApiError.ts';
import { createElectronHost, type ElectronBridge } from '../../renderer/src/api/electronHost.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tempDir = useTempDirs();
const app = 'app://payproof/index.html';

function layout() {
  const base = tempDir('payproof-open-');
  const vault = path.join(base, 'vault');
  const exportsDir = path.join(vault, 'exports');
  mkdirSync(exportsDir, { recursive: true });
  const pdf = path.join(exportsDir, 'case-1-police-report.pdf');
  writeFileSync(pdf, '%PDF-1.7 test');
  const zip = path.join(exportsDir, 'case-1-police-report.zip');
  writeFileSync(zip, 'PK');
  const outside = path.join(base, 'outside');
  mkdirSync(outside);
  const secret = path.join(outside, 'secret.pdf');
  writeFileSync(secret, '%PDF-1.7 not in the vault');
  return { base, vault, exportsDir, pdf, zip, secret };
}

function setup(vaultDir: () => string, answer: (file: string) => Promise<string> = async () => '') {
  const opened: string[] = [];
  const handler = createOpenDocumentHandler({
    open: (file) => {
      opened.push(file);
      return answer(file);
    },
    vaultDir,
  });
  const event = (url: string | null, opts: { subframe?: boolean } = {}) =>
    ({
      senderFrame: url === null ? null : { url, parent: opts.subframe ? {} : null },
      sender: { id: 1 },
    }) as unknown as Parameters<typeof handler>[0];
  return { handler, event, opened };
}

describe('open a document (main)', () => {
  it('opens a PDF inside the vault by its real path', async () => {
    const { base, vault, pdf } = layout();
    // Through a symlinked vault folder, so the real path differs from the string sent.
    const alias = path.join(base, 'alias');
    symlinkSync(vault, alias, 'dir');
    const viaAlias = path.join(alias, 'exports', path.basename(pdf));
    const { handler, event, opened } = setup(() => alias);
    expect(await handler(event(app), { path: viaAlias })).toEqual({ ok: true });
    expect(opened).toEqual([realpathSync(pdf)]);
    expect(opened[0]).not.toBe(viaAlias);
  });

  it('refuses any sender but the app’s top frame, opening nothing', async () => {
    const { vault, pdf } = layout();
    const { handler, event, opened } = setup(() => vault);
    for (const e of [event('https://evil.cn/'), event(null), event(app, { subframe: true })]) {
      const answer = await handler(e, { path: pdf });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!answer.ok) expect(answer.error.message.en).toContain('sender');
    }
    expect(opened).toEqual([]);
  });

  it('refuses the bundle ZIP (and other files) for opening, though show-in-folder reveals it', async () => {
    const { vault, zip, exportsDir } = layout();
    const { handler, event, opened } = setup(() => vault);
    const answer = await handler(event(app), { path: zip });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!answer.ok) {
      expect(answer.error.message.zh).toContain('PDF');
      expect(answer.error.message.en).toContain('opened');
    }
    // A link named .pdf that leads to the ZIP is refused too: the extension is checked on the target.
    const disguised = path.join(exportsDir, 'bundle.pdf');
    symlinkSync(zip, disguised);
    expect(await handler(event(app), { path: disguised })).toMatchObject({ ok: false });
    const sqlite = path.join(vault, 'payproof.sqlite');
    writeFileSync(sqlite, 'db');
    expect(await handler(event(app), { path: sqlite })).toMatchObject({ ok: false });
    expect(opened).toEqual([]);

    const revealed: string[] = [];
    const reveal = createShowInFolderHandler({ reveal: (f) => void revealed.push(f), vaultDir: () => vault });
    expect(await reveal(event(app) as never, { path: zip })).toEqual({ ok: true });
    expect(revealed).toEqual([realpathSync(zip)]);
  });

  it('refuses a PDF outside the vault, `..`, and a link leading out', async () => {
    const { vault, exportsDir, secret } = layout();
    const link = path.join(exportsDir, 'link.pdf');
    symlinkSync(secret, link);
    const { handler, event, opened } = setup(() => vault);
    const outside = await handler(event(app), { path: secret });
    expect(outside).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!outside.ok) expect(outside.error.message.zh).toContain('当前证据库');
    for (const p of [
      link,
      `${exportsDir}${path.sep}..${path.sep}..${path.sep}outside${path.sep}secret.pdf`,
      `${exportsDir}${path.sep}..${path.sep}exports${path.sep}case-1-police-report.pdf`,
    ]) {
      expect(await handler(event(app), { path: p })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    const traversal = await handler(event(app), { path: `${vault}/../outside/secret.pdf` });
    if (!traversal.ok) expect(traversal.error.message.en).toContain('..');
    expect(traversal.ok).toBe(false);
    expect(opened).toEqual([]);
  });

  it('refuses a missing file and malformed requests', async () => {
    const { vault, exportsDir, pdf } = layout();
    const { handler, event, opened } = setup(() => vault);
    const answer = await handler(event(app), { path: path.join(exportsDir, 'case-9-civil.pdf') });
    expect(answer).toMatchObject({ ok: false, error: { code: 'file-missing' } });
    if (!answer.ok) expect(answer.error.message.en).toContain('moved');
    for (const raw of [undefined, pdf, { path: 'exports/a.pdf' }, { path: pdf, open: true }])
      expect(await handler(event(app), raw)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(opened).toEqual([]);
  });

  it('turns openPath’s error string (or a throw) into a refusal in both languages', async () => {
    const { vault, pdf } = layout();
    const { handler, event, opened } = setup(
      () => vault,
      async () => 'No application is associated with the specified file',
    );
    const answer = await handler(event(app), { path: pdf });
    expect(answer).toMatchObject({ ok: false, error: { code: 'file-unreadable' } });
    if (!answer.ok) {
      expect(answer.error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(answer.error.message.zh).toContain('No application is associated');
      expect(answer.error.message.en).toContain('could not open');
      expect(answer.error.message.en).toContain('No application is associated');
    }
    expect(opened).toEqual([realpathSync(pdf)]);
    const throwing = setup(
      () => vault,
      () => Promise.reject(new Error('boom')),
    );
    expect(await throwing.handler(event(app), { path: pdf })).toMatchObject({
      ok: false,
      error: { code: 'file-unreadable', message: { en: expect.stringContaining('boom') } },
    });
  });

  it('is registered on its own channel', () => {
    const handled: string[] = [];
    const ipcMain = { handle: (channel: string) => void handled.push(channel) };
    registerOpenDocument(ipcMain as unknown as Pick<IpcMain, 'handle'>, {
      open: async () => '',
      vaultDir: () => '/nowhere',
    });
    expect(handled).toEqual([channels.openDocument]);
    expect(channels.openDocument).not.toBe(channels.showInFolder);
  });
});

describe('open a document (renderer host)', () => {
  it('is offered only when the preload has it, and refusals become ApiErrors', async () => {
    expect(createElectronHost({} as Api).openDocument).toBeUndefined();
    const asked: string[] = [];
    const host = createElectronHost(
      Object.assign({} as Api, { openDocument: async (p: string) => void asked.push(p) }) as ElectronBridge,
    );
    expect(host.showInFolder).toBeUndefined();
    await expect(host.openDocument!('/v/exports/a.pdf')).resolves.toBeUndefined();
    expect(asked).toEqual(['/v/exports/a.pdf']);
    expect(await host.documentUrl(1)).toBeNull();

    const refusal = { code: 'file-unreadable', message: { zh: '系统无法打开', en: 'could not open' } };
    const refused = createElectronHost(
      Object.assign({} as Api, { openDocument: () => Promise.reject(refusal) }) as ElectronBridge,
    );
    const err = await refused.openDocument!('/v/exports/a.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('file-unreadable');
    expect((err as ApiError).text).toEqual(refusal.message);
  });
});
