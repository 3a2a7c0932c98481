/**
 * What the preload puts on `window.payproof`, and the IPC channel names main and preload share.
 * Types and constants only, so the renderer may import it without pulling in electron.
 */
import type { Api, Method } from '../core/api/contract.ts';

export type MenuCommand = 'open-guide' | 'open-settings';

export interface PayProofBridge extends Api {
  /** The contract methods this host serves (all of them, in Electron). */
  readonly methods: readonly Method[];
  /** The real path of a dropped File (Electron removed File.path); '' for files not from disk. */
  pathForFile(file: File): string;
  /** The URL that shows an evidence original, served by id through the vault:// scheme. */
  evidenceUrl(id: number): string;
  /** Menu items that need the UI (Help → Guide). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const channels = {
  call: 'payproof:call',
  cancel: 'payproof:cancel',
  menu: 'payproof:menu',
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
