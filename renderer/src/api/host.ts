/**
 * What the UI needs from whoever runs the core: the typed Api (exactly the contract), the list of
 * methods this core offers (sections whose method is missing say so instead of faking it), and the
 * things that differ between hosts: how dropped files reach the vault, how evidence is shown, and
 * (desktop only) a native folder dialog, "show in folder" and opening a PDF with the system's viewer.
 */
import type { Api, CallOptions, Results } from '../../../core/api/contract.ts';
type AddedEvidence = Results['evidence.add'][number];

/** What a folder is chosen for: the dialog's title, and whether it may create a folder. */
export type FolderPurpose = 'open-vault' | 'move-vault' | 'restore-vault';

export interface AddFilesOptions extends CallOptions {
  kind?: string;
  paymentTxids?: string[];
  /** Upload progress (browser mode) before the core starts hashing. */
  onUpload?: (done: number, total: number) => void;
}

export interface Host {
  readonly mode: 'electron' | 'browser';
  readonly api: Api;
  hasMethod(name: string): boolean;
  /** A call by name, for methods this build of the UI met before their types reached the contract. */
  callByName(method: string, input: unknown, options?: CallOptions): Promise<unknown>;
  /** Dropped files → evidence.add (browser mode uploads them first). */
  addFiles(caseId: number, files: File[], options?: AddFilesOptions): Promise<AddedEvidence[]>;
  /** A path the core can read for one file (bill import): the file's own path, or an uploaded copy. */
  fileToPath(file: File, options?: CallOptions): Promise<string>;
  /** A URL the page may show for an evidence item; null when the host cannot show it. */
  evidenceUrl(id: number, what: 'content' | 'thumb'): Promise<string | null>;
  /** The bytes of an evidence original, for previews drawn by the page itself (PDF, text). */
  evidenceBytes(id: number, signal?: AbortSignal): Promise<ArrayBuffer>;
  /** A URL for a generated PDF; null when the host cannot show it (then the path is shown instead). */
  documentUrl(id: number): Promise<string | null>;
  /**
   * Saves a generated PDF or its evidence bundle (ZIP) through the browser's download (browser mode
   * only; the desktop app shows the file in its folder instead). Rejects with an ApiError when the
   * file cannot be read.
   */
  downloadDocument?(id: number, file: 'pdf' | 'zip', fileName: string): Promise<void>;
  /**
   * The native folder dialog (Electron only; absent in browser mode, where the path is typed).
   * Resolves with the chosen folder, or null when the person cancelled.
   */
  chooseFolder?(purpose: FolderPurpose, language?: 'zh' | 'en'): Promise<string | null>;
  /**
   * Opens the file manager with a generated document selected (Electron only; absent in browser mode,
   * where the page shows the folder's path to copy). Rejects with an ApiError when main refuses:
   * the file is not inside the current vault folder, or is gone.
   */
  showInFolder?(path: string): Promise<void>;
  /**
   * Opens a generated PDF with the system's PDF viewer (Electron only, where documentUrl is null;
   * absent in browser mode). Rejects with an ApiError when main refuses or the system cannot open it.
   */
  openDocument?(path: string): Promise<void>;
}
