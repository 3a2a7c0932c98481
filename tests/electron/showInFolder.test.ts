/**
 * "Show in folder" (Documents tab) with a stand-in reveal and real temp folders, real files and real
 * symlinks: only the app's top frame may ask, and main reveals only a document file that really is
 * inside the CURRENT vault folder (real-path containment, `..` refused, symlinks followed before the
 * check, missing files refused), revealing the resolved path. Also the renderer's side: the Electron
 * host offers showInFolder only when the preload does, and refusals become ApiErrors.
 */
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract.ts';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { channels } from '../../electron/bridgeTypes.ts';
import {
  createShowInFolderHandler,
  parseShowInFolderRequest,
  registerShowInFolder,
  resolveVaultDocument,
} from '../../electron/showInFolder.ts';
import { ApiError } from '../../renderer/src/api/ApiError.ts';
import { createElectronHost, type ElectronBridge } from '../../renderer/src/api/electronHost.ts';
import { folderOf } from '../../renderer/src/format.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tempDir = useTempDirs();
const app = 'app://payproof/index.html';

/** A vault folder with one generated document, and a folder outside it with a file of its own. */
function layout() {
  const base = tempDir('payproof-reveal-');
  const vault = path.join(base, 'vault');
  const exportsDir = path.join(vault, 'exports');
  mkdirSync(exportsDir, { recursive: true });
  const pdf = path.join(exportsDir, 'case-1-police-report.pdf');
  writeFileSync(pdf, '%PDF-1.7 test');
  writeFileSync(path.join(exportsDir, 'case-1-police-report.zip'), 'PK');
  writeFileSync(path.join(vault, 'payproof.sqlite'), 'db');
  const outside = path.join(base, 'outside');
  mkdirSync(outside);
  const secret = path.join(outside, 'secret.pdf');
  writeFileSync(secret, '%PDF-1.7 not in the vault');
  return { base, vault, exportsDir, pdf, outside, secret };
}

function setup(vaultDir: () => string) {
  const revealed: string[] = [];
  const handler = createShowInFolderHandler({ reveal: (file) => void revealed.push(file), vaultDir });
  const event = (url: string | null, opts: { subframe?: boolean } = {}) =>
    ({
      senderFrame: url === null ? null : { url, parent: opts.subframe ? {} : null },
      sender: { id: 1 },
    }) as unknown as Parameters<typeof handler>[0];
  return { handler, event, revealed };
}

describe('show in folder (main)', () => {
  it('reveals a document inside the vault, by its real path', async () => {
    const { vault, pdf } = layout();
    const { handler, event, revealed } = setup(() => vault);
    expect(await handler(event(app), { path: pdf })).toEqual({ ok: true });
    const zip = pdf.replace(/\.pdf$/, '.zip');
    expect(await handler(event(app), { path: zip })).toEqual({ ok: true });
    expect(revealed).toEqual([realpathSync(pdf), realpathSync(zip)]);
  });

  it('refuses any sender but the app’s top frame, revealing nothing', async () => {
    const { vault, pdf } = layout();
    const { handler, event, revealed } = setup(() => vault);
    for (const e of [
      event('https://evil.cn/'),
      event(null),
      event(app, { subframe: true }),
      event('app://evil/index.html'),
      event('file:///index.html'),
    ]) {
      const answer = await handler(e, { path: pdf });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!answer.ok) expect(answer.error.message.en).toContain('sender');
    }
    expect(revealed).toEqual([]);
  });

  it('refuses malformed requests: not one absolute path, or extra keys', async () => {
    const { vault, pdf } = layout();
    const { handler, event, revealed } = setup(() => vault);
    for (const raw of [
      undefined,
      null,
      pdf,
      [pdf],
      {},
      { path: 42 },
      { path: '' },
      { path: 'exports/case-1-police-report.pdf' },
      { path: `${pdf}\0.png` },
      { path: `/${'a'.repeat(5000)}.pdf` },
      { path: pdf, reveal: true },
    ]) {
      expect(await handler(event(app), raw)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(revealed).toEqual([]);
    expect(parseShowInFolderRequest({ path: pdf })).toEqual({ path: pdf });
  });

  it('refuses a real file outside the vault folder', async () => {
    const { vault, secret } = layout();
    const { handler, event, revealed } = setup(() => vault);
    const answer = await handler(event(app), { path: secret });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!answer.ok) expect(answer.error.message.zh).toContain('当前证据库');
    expect(await resolveVaultDocument(vault, secret)).toEqual({ ok: false, reason: 'outside' });
    // A sibling whose name starts like the vault's is still outside (no string-prefix check).
    const sibling = `${vault}-old`;
    mkdirSync(sibling);
    writeFileSync(path.join(sibling, 'a.pdf'), '%PDF');
    expect(await resolveVaultDocument(vault, path.join(sibling, 'a.pdf'))).toEqual({
      ok: false,
      reason: 'outside',
    });
    expect(revealed).toEqual([]);
  });

  it('refuses a path outside the vault before touching the file system (no "missing" for it)', async () => {
    const { vault } = layout();
    // Does not exist: if the file system were asked first, the answer would be 'missing'.
    const nowhere = path.join(path.dirname(vault), 'no-such-share', 'x.pdf');
    expect(await resolveVaultDocument(vault, nowhere)).toEqual({ ok: false, reason: 'outside' });
  });

  it('refuses `..` in the path, even when it would land back inside the vault', async () => {
    const { vault, exportsDir } = layout();
    const { handler, event, revealed } = setup(() => vault);
    for (const p of [
      `${exportsDir}${path.sep}..${path.sep}..${path.sep}outside${path.sep}secret.pdf`,
      `${exportsDir}${path.sep}..${path.sep}exports${path.sep}case-1-police-report.pdf`,
      `${vault}/../outside/secret.pdf`,
      `${exportsDir}/../../outside/secret.pdf`,
    ]) {
      expect(await handler(event(app), { path: p })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      expect(await resolveVaultDocument(vault, p)).toEqual({ ok: false, reason: 'traversal' });
    }
    expect(revealed).toEqual([]);
  });

  it('refuses a symlink inside the vault that points outside (file or folder link)', async () => {
    const { vault, exportsDir, outside, secret } = layout();
    const fileLink = path.join(exportsDir, 'link.pdf');
    symlinkSync(secret, fileLink);
    const dirLink = path.join(exportsDir, 'elsewhere');
    symlinkSync(outside, dirLink, 'dir');
    const { handler, event, revealed } = setup(() => vault);
    for (const p of [fileLink, path.join(dirLink, 'secret.pdf')]) {
      expect(await handler(event(app), { path: p })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      expect(await resolveVaultDocument(vault, p)).toEqual({ ok: false, reason: 'outside' });
    }
    expect(revealed).toEqual([]);
  });

  it('refuses a link named .pdf that points at another kind of file, and non-documents', async () => {
    const { vault, exportsDir } = layout();
    const disguised = path.join(exportsDir, 'db.pdf');
    symlinkSync(path.join(vault, 'payproof.sqlite'), disguised);
    expect(await resolveVaultDocument(vault, disguised)).toEqual({ ok: false, reason: 'not-document' });
    expect(await resolveVaultDocument(vault, path.join(vault, 'payproof.sqlite'))).toEqual({
      ok: false,
      reason: 'not-document',
    });
    // A folder named like a PDF is not a file.
    mkdirSync(path.join(exportsDir, 'folder.pdf'));
    expect(await resolveVaultDocument(vault, path.join(exportsDir, 'folder.pdf'))).toEqual({
      ok: false,
      reason: 'not-file',
    });
  });

  it('refuses a missing file (moved or deleted) with a file-missing error', async () => {
    const { vault, exportsDir } = layout();
    const { handler, event, revealed } = setup(() => vault);
    const gone = path.join(exportsDir, 'case-9-civil.pdf');
    const answer = await handler(event(app), { path: gone });
    expect(answer).toMatchObject({ ok: false, error: { code: 'file-missing' } });
    if (!answer.ok) {
      expect(answer.error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(answer.error.message.en).toContain('moved');
    }
    // A dangling link is missing too.
    symlinkSync(path.join(exportsDir, 'nowhere.pdf'), path.join(exportsDir, 'dangling.pdf'));
    expect(await resolveVaultDocument(vault, path.join(exportsDir, 'dangling.pdf'))).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(revealed).toEqual([]);
  });

  it('accepts a vault reached through a symlinked folder (as /var → /private/var on macOS)', async () => {
    const { base, vault, pdf } = layout();
    const alias = path.join(base, 'alias');
    symlinkSync(vault, alias, 'dir');
    const viaAlias = path.join(alias, 'exports', path.basename(pdf));
    expect(await resolveVaultDocument(alias, viaAlias)).toEqual({ ok: true, file: realpathSync(pdf) });
    // The page sends paths the core built from the same vault folder; a path through some other alias
    // is lexically outside and refused before the file system is asked (see the UNC test above).
    expect(await resolveVaultDocument(vault, viaAlias)).toEqual({ ok: false, reason: 'outside' });
    // What is revealed is the resolved file, not the string the page sent.
    const { handler, event, revealed } = setup(() => alias);
    expect(await handler(event(app), { path: viaAlias })).toEqual({ ok: true });
    expect(revealed).toEqual([realpathSync(pdf)]);
    expect(revealed[0]).not.toBe(viaAlias);
  });

  it('follows vault switches: after a switch the old vault’s documents are refused', async () => {
    const first = layout();
    const second = layout();
    let current = first.vault;
    const { handler, event, revealed } = setup(() => current);
    expect(await handler(event(app), { path: first.pdf })).toEqual({ ok: true });
    current = second.vault;
    expect(await handler(event(app), { path: first.pdf })).toMatchObject({ ok: false });
    expect(await handler(event(app), { path: second.pdf })).toEqual({ ok: true });
    expect(revealed).toEqual([realpathSync(first.pdf), realpathSync(second.pdf)]);
    // No vault folder at all (deleted behind the app's back): refused, not thrown.
    current = path.join(first.base, 'gone');
    expect(await handler(event(app), { path: first.pdf })).toMatchObject({
      ok: false,
      error: { code: 'file-missing' },
    });
  });

  it('reveals the PDF and bundle the core really writes', { timeout: 60_000 }, async () => {
    const vault = path.join(tempDir('payproof-reveal-core-'), 'vault');
    const ctx = createVaultContext(vault);
    try {
      const c = await invoke(ctx, 'case.create', { title: '显示文件夹', route: 'not-received' });
      const doc = await invoke(ctx, 'dossier.generate', { caseId: c.id, doc: 'police-report' });
      const { handler, event, revealed } = setup(() => vault);
      expect(await handler(event(app), { path: doc.pdf })).toEqual({ ok: true });
      expect(await handler(event(app), { path: doc.bundle })).toEqual({ ok: true });
      expect(revealed).toEqual([realpathSync(doc.pdf), realpathSync(doc.bundle)]);
    } finally {
      ctx.close();
    }
  });

  it('is registered on its own channel', () => {
    const handled: string[] = [];
    const ipcMain = { handle: (channel: string) => void handled.push(channel) };
    registerShowInFolder(ipcMain as unknown as Pick<IpcMain, 'handle'>, {
      reveal: () => undefined,
      vaultDir: () => '/nowhere',
    });
    expect(handled).toEqual([channels.showInFolder]);
  });
});

describe('show in folder (renderer host)', () => {
  const api = {} as Api;

  it('is offered only when the preload has it', async () => {
    expect(createElectronHost(api).showInFolder).toBeUndefined();
    const asked: string[] = [];
    const bridge: ElectronBridge = Object.assign({} as Api, {
      showInFolder: async (p: string) => void asked.push(p),
    });
    await expect(createElectronHost(bridge).showInFolder!('/v/exports/a.pdf')).resolves.toBeUndefined();
    expect(asked).toEqual(['/v/exports/a.pdf']);
  });

  it('turns main’s refusal into an ApiError with both languages', async () => {
    const refusal = { code: 'file-missing', message: { zh: '找不到这个文件', en: 'This file is not there' } };
    const bridge: ElectronBridge = Object.assign({} as Api, {
      showInFolder: () => Promise.reject(refusal),
    });
    const err = await createElectronHost(bridge).showInFolder!('/v/exports/a.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('file-missing');
    expect((err as ApiError).text).toEqual(refusal.message);
  });

  it('gives browser mode the folder to copy, for POSIX and Windows paths', () => {
    expect(folderOf('/home/me/vault/exports/case-1-police-report.pdf')).toBe('/home/me/vault/exports');
    expect(folderOf('C:\\Users\\me\\PayProof\\vault\\exports\\a.pdf')).toBe(
      'C:\\Users\\me\\PayProof\\vault\\exports',
    );
    expect(folderOf('/a.pdf')).toBe('/');
    expect(folderOf('C:\\a.pdf')).toBe('C:\\');
  });
});
