/**
 * What the preload puts on `window.payproof`, and the IPC channel names main and preload share.
 * Types and constants only, so the renderer may import it without pulling in electron.
 */
import type { Api, Method } from '../core/api/contract.ts';
import type { ErrorPayload } from '../core/errors.ts';

export type MenuCommand = 'open-guide' | 'open-settings';

/** Why the page asks for a folder: it decides the dialog's title and whether it may create folders. */
export type FolderPurpose = 'open-vault' | 'move-vault' | 'restore-vault';
export const folderPurposes: readonly FolderPurpose[] = ['open-vault', 'move-vault', 'restore-vault'];

/** The UI's language (Settings), so the native dialog speaks the same one. */
export type UiLanguage = 'zh' | 'en';

export interface ChooseFolderRequest {
  purpose: FolderPurpose;
  /** Omitted: main falls back to the OS locale, as the menu does. */
  language?: UiLanguage;
}

/** Main's answer: the chosen folder, null when cancelled; a refusal carries a zh/en message. */
export type ChooseFolderAnswer = { ok: true; path: string | null } | { ok: false; error: ErrorPayload };

/** A generated document's absolute path (the PDF, or for show-in-folder its bundle), as the core recorded it. */
export interface DocumentPathRequest {
  path: string;
}

/** Main did it, or refused (not inside the current vault folder, missing…) with a zh/en message. */
export type DocumentAnswer = { ok: true } | { ok: false; error: ErrorPayload };

/** "Show in folder": main reveals the PDF or bundle. */
export type ShowInFolderRequest = DocumentPathRequest;
export type ShowInFolderAnswer = DocumentAnswer;
/** "Open" (preview): main opens the PDF (only a PDF) with the system's PDF viewer. */
export type OpenDocumentRequest = DocumentPathRequest;
export type OpenDocumentAnswer = DocumentAnswer;

export interface PayProofBridge extends Api {
  /** The contract methods this host serves (all of them, in Electron). */
  readonly methods: readonly Method[];
  /** The real path of a dropped File (Electron removed File.path); '' for files not from disk. */
  pathForFile(file: File): string;
  /** The URL that shows an evidence original, served by id through the vault:// scheme. */
  evidenceUrl(id: number): string;
  /** Menu items that need the UI (Help → Guide). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The native folder dialog, parented to the window; resolves with the path, or null if cancelled. */
  chooseFolder(purpose: FolderPurpose, language?: UiLanguage): Promise<string | null>;
  /**
   * Opens the file manager with a generated document selected. Main reveals only a real file inside
   * the current vault folder; otherwise this rejects with the ErrorPayload.
   */
  showInFolder(path: string): Promise<void>;
  /**
   * Opens a generated PDF with the system's PDF viewer (new windows are denied in the app). Same
   * checks as showInFolder, but only a `.pdf`; a refusal, or the system failing to open it, rejects
   * with the ErrorPayload.
   */
  openDocument(path: string): Promise<void>;
}

export const channels = {
  call: 'payproof:call',
  cancel: 'payproof:cancel',
  menu: 'payproof:menu',
  chooseFolder: 'payproof:choose-folder',
  showInFolder: 'payproof:show-in-folder',
  openDocument: 'payproof:open-document',
  /** Per-call progress channel, so one call's listener never sees another's events. */
  progress: (callId: string) => `payproof:progress:${callId}`,
} as const;

/** Call ids come from the renderer: keep them short and inert (they become channel names). */
export const callIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export interface CallEnvelope {
  callId: string;
  method: Method;
  input: unknown;
}
