/**
 * The native folder dialog for the vault location (Settings: open another vault, move this one).
 * Plain functions with the dialog passed in, so every check is tested without Electron: the sender
 * must be the app's top frame (the same check as every call), the purpose one of three, the language
 * zh or en. The page gets back a path or null — never a general way to open dialogs — and the
 * person still confirms the switch in the UI, where the core validates the folder as usual.
 */
import type {
  BrowserWindow,
  IpcMain,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  OpenDialogReturnValue,
  WebContents,
} from 'electron';
import {
  channels,
  folderPurposes,
  type ChooseFolderAnswer,
  type ChooseFolderRequest,
  type FolderPurpose,
  type UiLanguage,
} from './bridgeTypes.ts';
import { isTrustedEvent } from './ipc.ts';

const texts = {
  zh: {
    'open-vault': {
      title: '选择要打开的证据库文件夹',
      message: '选择另一个证据库所在的文件夹（空文件夹会新建证据库）',
      button: '选择',
    },
    'move-vault': {
      title: '选择证据库的新位置',
      message: '选择一个空文件夹：证据库会完整复制过去并逐一核对后才切换',
      button: '选择',
    },
    'restore-vault': {
      title: '选择恢复到哪个文件夹',
      message: '选择一个空文件夹：备份会恢复到这里，逐一核对哈希后才算完成',
      button: '选择',
    },
  },
  en: {
    'open-vault': {
      title: 'Choose the vault folder to open',
      message: 'Choose the folder of another vault (an empty folder becomes a new vault)',
      button: 'Choose',
    },
    'move-vault': {
      title: 'Choose a new place for the vault',
      message: 'Choose an empty folder: the vault is copied there and checked before the switch',
      button: 'Choose',
    },
    'restore-vault': {
      title: 'Choose the folder to restore into',
      message: 'Choose an empty folder: the backup is restored there and every hash is checked',
      button: 'Choose',
    },
  },
} as const satisfies Record<
  UiLanguage,
  Record<FolderPurpose, { title: string; message: string; button: string }>
>;

export function folderDialogOptions(purpose: FolderPurpose, language: UiLanguage): OpenDialogOptions {
  const t = texts[language][purpose];
  return {
    title: t.title,
    // macOS shows no title on its panels; it shows this message instead.
    message: t.message,
    buttonLabel: t.button,
    // Moving and restoring need an empty folder, so the dialog may create one; opening picks an
    // existing vault.
    properties: purpose === 'open-vault' ? ['openDirectory'] : ['openDirectory', 'createDirectory'],
  };
}

/** The request exactly as the preload sends it, or null: no other keys, no other values. */
export function parseChooseFolderRequest(raw: unknown): ChooseFolderRequest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { purpose, language, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  const knownPurpose = folderPurposes.find((p) => p === purpose);
  if (!knownPurpose) return null;
  if (language === undefined) return { purpose: knownPurpose };
  if (language !== 'zh' && language !== 'en') return null;
  return { purpose: knownPurpose, language };
}

/** The part of Electron's `dialog` used here (the real one is passed in main.ts). */
export interface FolderDialog {
  showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface FolderPickerDeps {
  dialog: FolderDialog;
  /** BrowserWindow.fromWebContents: the dialog is modal to the window that asked. */
  windowFor(sender: WebContents): BrowserWindow | null;
  /** When the page does not say: the OS locale, as the menu uses. */
  defaultLanguage(): UiLanguage;
}

function refused(zh: string, en: string): ChooseFolderAnswer {
  return {
    ok: false,
    error: { code: 'invalid-input', message: { zh: `请求被拒绝：${zh}`, en: `Request refused: ${en}` } },
  };
}

export function createChooseFolderHandler(
  deps: FolderPickerDeps,
): (event: IpcMainInvokeEvent, raw: unknown) => Promise<ChooseFolderAnswer> {
  // Senders with a dialog on screen: a second click while one is open gets null, not a second dialog.
  const showing = new Set<number>();
  return async (event, raw) => {
    if (!isTrustedEvent(event)) {
      console.warn(`[ipc] refused a folder dialog for ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return refused('发送方不是 PayProof 窗口', 'sender is not the PayProof window');
    }
    const request = parseChooseFolderRequest(raw);
    if (!request) return refused('无效的文件夹请求', 'malformed folder request');
    const win = deps.windowFor(event.sender);
    if (!win || win.isDestroyed() || showing.has(event.sender.id)) return { ok: true, path: null };
    showing.add(event.sender.id);
    try {
      const options = folderDialogOptions(request.purpose, request.language ?? deps.defaultLanguage());
      const result = await deps.dialog.showOpenDialog(win, options);
      const chosen = result.filePaths[0];
      return { ok: true, path: !result.canceled && typeof chosen === 'string' && chosen ? chosen : null };
    } finally {
      showing.delete(event.sender.id);
    }
  };
}

export function registerFolderPicker(ipcMain: Pick<IpcMain, 'handle'>, deps: FolderPickerDeps): void {
  ipcMain.handle(channels.chooseFolder, createChooseFolderHandler(deps));
}
