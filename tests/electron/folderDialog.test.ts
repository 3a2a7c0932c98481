/**
 * The native folder dialog (Settings → vault location) with a stand-in dialog: only the app's top
 * frame may ask, only for one of the three purposes, the dialog is parented to the asking window and
 * speaks the UI's language, and the page gets the chosen path or null. Also the renderer's side:
 * the Electron host offers chooseFolder only when the preload does.
 */
import type { BrowserWindow, IpcMain, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract.ts';
import { channels } from '../../electron/bridgeTypes.ts';
import {
  createChooseFolderHandler,
  folderDialogOptions,
  parseChooseFolderRequest,
  registerFolderPicker,
  type FolderPickerDeps,
} from '../../electron/folderDialog.ts';
import { ApiError } from '../../renderer/src/api/ApiError.ts';
import { createElectronHost, type ElectronApi } from '../../renderer/src/api/electronHost.ts';

const app = 'app://payproof/index.html';

function setup(
  answer: OpenDialogReturnValue | (() => Promise<OpenDialogReturnValue>),
  options: { window?: 'none' | 'destroyed' } = {},
) {
  const win = { isDestroyed: () => options.window === 'destroyed' } as unknown as BrowserWindow;
  const shown: Array<{ parent: BrowserWindow; options: OpenDialogOptions }> = [];
  const deps: FolderPickerDeps = {
    dialog: {
      showOpenDialog: async (parent, dialogOptions) => {
        shown.push({ parent, options: dialogOptions });
        return typeof answer === 'function' ? answer() : answer;
      },
    },
    windowFor: () => (options.window === 'none' ? null : win),
    defaultLanguage: () => 'zh',
  };
  const handler = createChooseFolderHandler(deps);
  const event = (url: string | null, opts: { subframe?: boolean; senderId?: number } = {}) =>
    ({
      senderFrame: url === null ? null : { url, parent: opts.subframe ? {} : null },
      sender: { id: opts.senderId ?? 1 },
    }) as unknown as Parameters<typeof handler>[0];
  return { handler, event, shown, win };
}

const chosen = (path: string): OpenDialogReturnValue => ({ canceled: false, filePaths: [path] });

describe('native folder dialog (main)', () => {
  it('refuses any sender but the app’s top frame, without showing a dialog', async () => {
    const { handler, event, shown } = setup(chosen('/x'));
    for (const e of [
      event('https://evil.cn/'),
      event(null),
      event(app, { subframe: true }),
      event('app://evil/index.html'),
    ]) {
      expect(await handler(e, { purpose: 'open-vault' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(shown).toHaveLength(0);
  });

  it('refuses an unknown purpose, a bad language or extra keys, without showing a dialog', async () => {
    const { handler, event, shown } = setup(chosen('/x'));
    for (const raw of [
      undefined,
      null,
      'open-vault',
      ['open-vault'],
      {},
      { purpose: 'save-file' },
      { purpose: 'toString' },
      { purpose: 'open-vault', language: 'fr' },
      { purpose: 'move-vault', defaultPath: '/etc' },
      { purpose: 'move-vault', properties: ['openFile'] },
    ]) {
      const answer = await handler(event(app), raw);
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.message.en).toContain('refused');
    }
    expect(shown).toHaveLength(0);
    expect(parseChooseFolderRequest({ purpose: 'open-vault', language: 'en' })).toEqual({
      purpose: 'open-vault',
      language: 'en',
    });
  });

  it('answers null when the person cancels', async () => {
    const { handler, event, shown } = setup({ canceled: true, filePaths: [] });
    expect(await handler(event(app), { purpose: 'move-vault' })).toEqual({ ok: true, path: null });
    expect(shown).toHaveLength(1);
    // Some platforms report a path alongside canceled: still nothing chosen.
    const odd = setup({ canceled: true, filePaths: ['/tmp/x'] });
    expect(await odd.handler(odd.event(app), { purpose: 'open-vault' })).toEqual({ ok: true, path: null });
  });

  it('returns the chosen folder, from a dialog parented to the asking window', async () => {
    const { handler, event, shown, win } = setup(chosen('/Users/me/新证据库'));
    expect(await handler(event(app), { purpose: 'move-vault', language: 'en' })).toEqual({
      ok: true,
      path: '/Users/me/新证据库',
    });
    expect(shown[0]!.parent).toBe(win);
    expect(shown[0]!.options).toEqual(folderDialogOptions('move-vault', 'en'));
  });

  it('lets the move and restore dialogs create folders, and speaks the UI’s language (else the OS’s)', async () => {
    expect(folderDialogOptions('move-vault', 'zh').properties).toEqual(['openDirectory', 'createDirectory']);
    expect(folderDialogOptions('restore-vault', 'zh').properties).toEqual([
      'openDirectory',
      'createDirectory',
    ]);
    expect(folderDialogOptions('restore-vault', 'en').title).toMatch(/restore/i);
    expect(parseChooseFolderRequest({ purpose: 'restore-vault' })).toEqual({ purpose: 'restore-vault' });
    expect(folderDialogOptions('open-vault', 'zh').properties).toEqual(['openDirectory']);
    expect(folderDialogOptions('open-vault', 'zh').title).toMatch(/[\u4e00-\u9fff]/);
    expect(folderDialogOptions('open-vault', 'en').title).toMatch(/^[\x20-\x7e]+$/);
    expect(folderDialogOptions('open-vault', 'en').title).not.toBe(
      folderDialogOptions('move-vault', 'en').title,
    );
    const { handler, event, shown } = setup(chosen('/v'));
    await handler(event(app), { purpose: 'open-vault', language: 'en' });
    await handler(event(app), { purpose: 'open-vault' });
    expect(shown.map((s) => s.options.title)).toEqual([
      folderDialogOptions('open-vault', 'en').title,
      folderDialogOptions('open-vault', 'zh').title,
    ]);
  });

  it('shows no dialog without a live window, and only one at a time per window', async () => {
    for (const window of ['none', 'destroyed'] as const) {
      const { handler, event, shown } = setup(chosen('/x'), { window });
      expect(await handler(event(app), { purpose: 'open-vault' })).toEqual({ ok: true, path: null });
      expect(shown).toHaveLength(0);
    }
    let close: (value: OpenDialogReturnValue) => void = () => undefined;
    const { handler, event, shown } = setup(() => new Promise((resolve) => (close = resolve)));
    const first = handler(event(app), { purpose: 'move-vault' });
    expect(await handler(event(app), { purpose: 'move-vault' })).toEqual({ ok: true, path: null });
    close(chosen('/first'));
    expect(await first).toEqual({ ok: true, path: '/first' });
    // Once closed, the next click opens a dialog again.
    const again = handler(event(app), { purpose: 'open-vault' });
    close(chosen('/again'));
    expect(await again).toEqual({ ok: true, path: '/again' });
    expect(shown).toHaveLength(2);
  });

  it('is registered on its own channel', () => {
    const handled: string[] = [];
    const ipcMain = { handle: (channel: string) => void handled.push(channel) };
    registerFolderPicker(ipcMain as unknown as Pick<IpcMain, 'handle'>, {
      dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
      windowFor: () => null,
      defaultLanguage: () => 'en',
    });
    expect(handled).toEqual([channels.chooseFolder]);
  });
});

describe('native folder dialog (renderer host)', () => {
  const api = {} as Api;

  it('is offered only when the preload has it', async () => {
    expect(createElectronHost(api).chooseFolder).toBeUndefined();
    const asked: unknown[] = [];
    const bridge: ElectronApi = Object.assign({} as Api, {
      chooseFolder: async (purpose: string, language?: string) => {
        asked.push([purpose, language]);
        return '/picked';
      },
    });
    await expect(createElectronHost(bridge).chooseFolder!('open-vault', 'zh')).resolves.toBe('/picked');
    expect(asked).toEqual([['open-vault', 'zh']]);
  });

  it('turns main’s refusal into an ApiError with both languages', async () => {
    const refusal = { code: 'invalid-input', message: { zh: '请求被拒绝', en: 'Request refused' } };
    const bridge: ElectronApi = Object.assign({} as Api, {
      chooseFolder: () => Promise.reject(refusal),
    });
    const err = await createElectronHost(bridge).chooseFolder!('move-vault').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).text).toEqual(refusal.message);
  });
});
