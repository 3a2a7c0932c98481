/**
 * "Show in folder" for a generated document: the file manager opens with the PDF selected (its
 * bundle ZIP sits beside it); and "open" (the Documents tab's preview): the OS's PDF viewer opens
 * the PDF. Both channels share one handler and one set of checks; plain functions with the action
 * and the vault folder passed in, so every check is tested without Electron. The page sends a path,
 * so main trusts none of it: the sender must be the app's top frame, the path absolute, without
 * `..`, a PDF or ZIP (only a PDF to open), and — after resolving symlinks — a regular file inside
 * the vault folder the core uses NOW (main follows vault switches). What gets revealed or opened is
 * the resolved real path, never the string the page sent.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ErrorPayload } from '../core/errors.ts';
import {
  channels,
  type DocumentAnswer,
  type OpenDocumentAnswer,
  type ShowInFolderAnswer,
  type ShowInFolderRequest,
} from './bridgeTypes.ts';
import { isTrustedEvent } from './ipc.ts';
import { isInside } from '../core/util/pathInside.ts';

/** Generated documents are a PDF and its bundle; nothing else in the vault is revealed. */
const REVEALABLE: ReadonlySet<string> = new Set(['.pdf', '.zip']);
/** Only the PDF is opened with the system's default application; never the ZIP or anything else. */
const OPENABLE: ReadonlySet<string> = new Set(['.pdf']);
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
 * Where `requested` really is, if it is a document file inside `vaultDir` with one of `extensions`
 * (PDF or ZIP unless told). Containment is decided on real paths (symlinks resolved on both sides)
 * with path.relative, never by string prefix; a `..` segment is refused outright, even one that
 * would land back inside the vault.
 */
export async function resolveVaultDocument(
  vaultDir: string,
  requested: string,
  extensions: ReadonlySet<string> = REVEALABLE,
): Promise<VaultFileCheck> {
  const isDocument = (p: string) => extensions.has(path.extname(p).toLowerCase());
  if (requested.split(/[\\/]/).includes('..')) return { ok: false, reason: 'traversal' };
  if (!isDocument(requested)) return { ok: false, reason: 'not-document' };
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
  if (!isDocument(real)) return { ok: false, reason: 'not-document' };
  try {
    if (!(await stat(real)).isFile()) return { ok: false, reason: 'not-file' };
  } catch {
    return { ok: false, reason: 'missing' };
  }
  return { ok: true, file: real };
}

function refusal(code: ErrorPayload['code'], zh: string, en: string): DocumentAnswer {
  return { ok: false, error: { code, message: { zh, en } } };
}

type Refusals = Record<Exclude<VaultFileCheck, { ok: true }>['reason'], DocumentAnswer>;

/** The same refusals for each action, in its own words ("shown" / "opened"). */
function refusalsFor(verb: { zh: string; en: string }, documents: { zh: string; en: string }): Refusals {
  return {
    traversal: refusal(
      'invalid-input',
      '请求被拒绝：路径中含有“..”',
      'Request refused: the path contains ".."',
    ),
    'not-document': refusal(
      'invalid-input',
      `请求被拒绝：只能${verb.zh}${documents.zh}`,
      `Request refused: only ${documents.en} can be ${verb.en}`,
    ),
    'no-vault': refusal(
      'file-missing',
      `找不到当前证据库文件夹，无法${verb.zh}文件。`,
      `The current vault folder cannot be found, so the file cannot be ${verb.en}.`,
    ),
    missing: refusal(
      'file-missing',
      '找不到这个文件：它可能已被移动、改名或删除。',
      'This file is not there any more: it may have been moved, renamed or deleted.',
    ),
    outside: refusal(
      'invalid-input',
      `只能${verb.zh}当前证据库文件夹里的文件；这份材料保存在别处（生成时指定了其他位置），请从那里打开。`,
      `Only files inside the current vault folder can be ${verb.en}; this document was saved elsewhere (another place was chosen when it was generated): open it from there.`,
    ),
    'not-file': refusal(
      'invalid-input',
      '请求被拒绝：这不是一个普通文件',
      'Request refused: this is not a regular file',
    ),
  };
}

/** What one channel does with a checked document: which files it takes, how it refuses, the action. */
interface DocumentAction {
  /** For the log line when a sender is refused. */
  name: string;
  extensions: ReadonlySet<string>;
  refusals: Refusals;
  /** Runs on the resolved real path only. */
  act(file: string): Promise<DocumentAnswer>;
}

/**
 * The one handler shape behind show-in-folder and open-document: sender check, request check,
 * resolveVaultDocument against the vault folder of the moment, then the action on the real path.
 */
function createVaultDocumentHandler(
  vaultDir: () => string,
  action: DocumentAction,
): (event: IpcMainInvokeEvent, raw: unknown) => Promise<DocumentAnswer> {
  return async (event, raw) => {
    if (!isTrustedEvent(event)) {
      console.warn(`[ipc] refused ${action.name} for ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return refusal(
        'invalid-input',
        '请求被拒绝：发送方不是 PayProof 窗口',
        'Request refused: sender is not the PayProof window',
      );
    }
    const request = parseShowInFolderRequest(raw);
    if (!request)
      return refusal('invalid-input', '请求被拒绝：无效的路径', 'Request refused: malformed path');
    const checked = await resolveVaultDocument(vaultDir(), request.path, action.extensions);
    if (!checked.ok) return action.refusals[checked.reason];
    return action.act(checked.file);
  };
}

const showRefusals = refusalsFor(
  { zh: '显示', en: 'shown' },
  { zh: '生成的材料（PDF 或 ZIP）', en: 'generated documents (PDF or ZIP)' },
);
const openRefusals = refusalsFor(
  { zh: '打开', en: 'opened' },
  { zh: '生成的 PDF 材料', en: 'generated PDF documents' },
);

export interface ShowInFolderDeps {
  /** shell.showItemInFolder in main.ts: opens the file manager with the file selected. */
  reveal(file: string): void;
  /** The vault folder the core uses now (CoreHost.vaultDir, which follows vault.open/vault.move). */
  vaultDir(): string;
}

export function createShowInFolderHandler(
  deps: ShowInFolderDeps,
): (event: IpcMainInvokeEvent, raw: unknown) => Promise<ShowInFolderAnswer> {
  return createVaultDocumentHandler(deps.vaultDir, {
    name: 'show-in-folder',
    extensions: REVEALABLE,
    refusals: showRefusals,
    act: async (file) => {
      deps.reveal(file);
      return { ok: true };
    },
  });
}

export function registerShowInFolder(ipcMain: Pick<IpcMain, 'handle'>, deps: ShowInFolderDeps): void {
  ipcMain.handle(channels.showInFolder, createShowInFolderHandler(deps));
}

export interface OpenDocumentDeps {
  /**
   * shell.openPath in main.ts: the OS's default application for the file (its PDF viewer). Resolves
   * with an error message, '' on success.
   */
  open(file: string): Promise<string>;
  /** The vault folder the core uses now, as for show-in-folder. */
  vaultDir(): string;
}

function openFailed(reason: string): DocumentAnswer {
  return refusal(
    'file-unreadable',
    `系统无法打开这份 PDF（${reason}）。请确认电脑上装有 PDF 阅读器，或用“在文件夹中显示”找到它。`,
    `The system could not open this PDF (${reason}). Check that a PDF viewer is installed, or use "Show in folder" to find it.`,
  );
}

/**
 * "Preview" of a generated PDF in Electron (new windows are denied): the OS's PDF viewer opens it.
 * The same checks as show-in-folder, but only a `.pdf` — a ZIP, or anything else, is never handed
 * to the system's default application.
 */
export function createOpenDocumentHandler(
  deps: OpenDocumentDeps,
): (event: IpcMainInvokeEvent, raw: unknown) => Promise<OpenDocumentAnswer> {
  return createVaultDocumentHandler(deps.vaultDir, {
    name: 'open-document',
    extensions: OPENABLE,
    refusals: openRefusals,
    act: async (file) => {
      let failure: string;
      try {
        failure = await deps.open(file);
      } catch (err) {
        failure = err instanceof Error ? err.message : String(err);
      }
      return failure ? openFailed(failure) : { ok: true };
    },
  });
}

export function registerOpenDocument(ipcMain: Pick<IpcMain, 'handle'>, deps: OpenDocumentDeps): void {
  ipcMain.handle(channels.openDocument, createOpenDocumentHandler(deps));
}
