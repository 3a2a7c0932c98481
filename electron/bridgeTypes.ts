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

/** "Show in folder" for a generated document: the PDF's (or bundle's) absolute path, as the core recorded it. */
export interface ShowInFolderRequest {
  path: string;
}

/** Main revealed the file, or refused (not inside the current vault folder, missing…) with a zh/en message. */
export type ShowInFolderAnswer = { ok: true } | { ok: false; error: ErrorPayload };

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
}

export const channels = {
  call: 'payproof:call',
  cancel: 'payproof:cancel',
  menu: 'payproof:menu',
  chooseFolder: 'payproof:choose-folder',
  showInFolder: 'payproof:show-in-folder',
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
