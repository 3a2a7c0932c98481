/**
 * "Show in folder" for a generated document: the file manager opens with the PDF selected (its
 * bundle ZIP sits beside it). Plain functions with the reveal and the vault folder passed in, so
 * every check is tested without Electron. The page sends a path, so main trusts none of it: the
 * sender must be the app's top frame, the path absolute, without `..`, a PDF or ZIP, and — after
 * resolving symlinks — a regular file inside the vault folder the core uses NOW (main follows
 * vault switches). What gets revealed is the resolved real path, never the string the page sent.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ErrorPayload } from '../core/errors.ts';
import { channels, type ShowInFolderAnswer, type ShowInFolderRequest } from './bridgeTypes.ts';
import { isTrustedEvent } from './ipc.ts';
import { isInside } from '../core/util/pathInside.ts';

/** Generated documents are a PDF and its bundle; nothing else in the vault is revealed. */
const REVEALABLE = new Set(['.pdf', '.zip']);
const MAX_PATH = 4096;

/** The request exactly as the preload sends it, or null: one absolute path, no other keys. */
export function parseShowInFolderRequest(raw: unknown): ShowInFolderRequest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { path: requested, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (typeof requested !== 'string' || requested.length === 0 || requested.length > MAX_PATH) return null;
  if (requested.includes('\0') || !path.isAbsolute(requested)) return null;
  return { path: requested };
}

export type VaultFileCheck =
  | { ok: true; file: string }
  | { ok: false; reason: 'traversal' | 'not-document' | 'no-vault' | 'missing' | 'outside' | 'not-file' };

/**
 * Where `requested` really is, if it is a document file inside `vaultDir`. Containment is decided on
 * real paths (symlinks resolved on both sides) with path.relative, never by string prefix; a `..`
 * segment is refused outright, even one that would land back inside the vault.
 */
export async function resolveVaultDocument(vaultDir: string, requested: string): Promise<VaultFileCheck> {
  if (requested.split(/[\\/]/).includes('..')) return { ok: false, reason: 'traversal' };
  if (!REVEALABLE.has(path.extname(requested).toLowerCase())) return { ok: false, reason: 'not-document' };
  let root: string;
  try {
    root = await realpath(vaultDir);
  } catch {
    return { ok: false, reason: 'no-vault' };
  }
  // Lexically outside the vault (as given or as resolved): refused before the file system is asked
  // anything about it — on Windows even a realpath of a UNC (\\\\host\\share) path would connect to that host.
  const lexical = path.resolve(requested);
  if (!isInside(path.resolve(vaultDir), lexical) && !isInside(root, lexical))
    return { ok: false, reason: 'outside' };
  let real: string;
  try {
    real = await realpath(lexical);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (!isInside(root, real)) return { ok: false, reason: 'outside' };
  // The extension is checked again on the target: a link named .pdf may point at anything.
  if (!REVEALABLE.has(path.extname(real).toLowerCase())) return { ok: false, reason: 'not-document' };
  try {
    if (!(await stat(real)).isFile()) return { ok: false, reason: 'not-file' };
  } catch {
    return { ok: false, reason: 'missing' };
  }
  return { ok: true, file: real };
}

function refusal(code: ErrorPayload['code'], zh: string, en: string): ShowInFolderAnswer {
  return { ok: false, error: { code, message: { zh, en } } };
}

const refusals: Record<Exclude<VaultFileCheck, { ok: true }>['reason'], ShowInFolderAnswer> = {
  traversal: refusal(
    'invalid-input',
    '请求被拒绝：路径中含有“..”',
    'Request refused: the path contains ".."',
  ),
  'not-document': refusal(
    'invalid-input',
    '请求被拒绝：只能显示生成的材料（PDF 或 ZIP）',
    'Request refused: only generated documents (PDF or ZIP) can be shown',
  ),
  'no-vault': refusal(
    'file-missing',
    '找不到当前证据库文件夹，无法显示文件。',
    'The current vault folder cannot be found, so the file cannot be shown.',
  ),
  missing: refusal(
    'file-missing',
    '找不到这个文件：它可能已被移动、改名或删除。',
    'This file is not there any more: it may have been moved, renamed or deleted.',
  ),
  outside: refusal(
    'invalid-input',
    '只能显示当前证据库文件夹里的文件；这份材料保存在别处（生成时指定了其他位置），请从那里打开。',
    'Only files inside the current vault folder can be shown; this document was saved elsewhere (another place was chosen when it was generated): open it from there.',
  ),
  'not-file': refusal(
    'invalid-input',
    '请求被拒绝：这不是一个普通文件',
    'Request refused: this is not a regular file',
  ),
};

export interface ShowInFolderDeps {
  /** shell.showItemInFolder in main.ts: opens the file manager with the file selected. */
  reveal(file: string): void;
  /** The vault folder the core uses now (CoreHost.vaultDir, which follows vault.open/vault.move). */
  vaultDir(): string;
}

export function createShowInFolderHandler(
  deps: ShowInFolderDeps,
): (event: IpcMainInvokeEvent, raw: unknown) => Promise<ShowInFolderAnswer> {
  return async (event, raw) => {
    if (!isTrustedEvent(event)) {
      console.warn(`[ipc] refused show-in-folder for ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return refusal(
        'invalid-input',
        '请求被拒绝：发送方不是 PayProof 窗口',
        'Request refused: sender is not the PayProof window',
      );
    }
    const request = parseShowInFolderRequest(raw);
    if (!request)
      return refusal('invalid-input', '请求被拒绝：无效的路径', 'Request refused: malformed path');
    const checked = await resolveVaultDocument(deps.vaultDir(), request.path);
    if (!checked.ok) return refusals[checked.reason];
    deps.reveal(checked.file);
    return { ok: true };
  };
}

export function registerShowInFolder(ipcMain: Pick<IpcMain, 'handle'>, deps: ShowInFolderDeps): void {
  ipcMain.handle(channels.showInFolder, createShowInFolderHandler(deps));
}
