/**
 * The object the preload exposes, built from the method list with one generic invoke, so it is
 * exactly the contract (`satisfies Api`) and testable without Electron: the IPC functions come in as
 * parameters. Errors arrive as the core's ErrorPayload ({ code, message: { zh, en }, details }) and
 * are rejected as such — a plain object survives contextBridge, an Error's extra fields would not.
 */
import type { Api, CallOptions, Method } from '../core/api/contract.ts';
import type { CallResult } from '../core/api/dispatch.ts';
import type { ProgressEvent } from '../core/progress.ts';
import { apiMethods } from './apiMethods.ts';
import {
  channels,
  type CallEnvelope,
  type ChooseFolderAnswer,
  type ChooseFolderRequest,
  type MenuCommand,
  type OpenDocumentAnswer,
  type OpenDocumentRequest,
  type PayProofBridge,
  type ShowInFolderAnswer,
  type ShowInFolderRequest,
} from './bridgeTypes.ts';
import { evidenceUrl } from './policy/origins.ts';

export interface PreloadIpc {
  invoke(channel: string, envelope: CallEnvelope): Promise<CallResult<Method>>;
  /** ipcRenderer.invoke on channels.chooseFolder: main shows the dialog and answers. */
  chooseFolder(request: ChooseFolderRequest): Promise<ChooseFolderAnswer>;
  /** ipcRenderer.invoke on channels.showInFolder: main checks the path and reveals the file. */
  showInFolder(request: ShowInFolderRequest): Promise<ShowInFolderAnswer>;
  /** ipcRenderer.invoke on channels.openDocument: main checks the path and opens the PDF. */
  openDocument(request: OpenDocumentRequest): Promise<OpenDocumentAnswer>;
  send(channel: string, payload: string): void;
  on(channel: string, listener: (payload: unknown) => void): void;
  off(channel: string, listener: (payload: unknown) => void): void;
}

export function createApi(ipc: PreloadIpc): Api {
  // Per-page-load prefix + counter: unique without needing crypto in the sandbox.
  const prefix = Math.random().toString(36).slice(2, 10);
  let counter = 0;

  async function call(method: Method, input: unknown, options: CallOptions = {}): Promise<unknown> {
    const callId = `${prefix}-${++counter}`;
    const { signal, onProgress } = options;
    const progressChannel = channels.progress(callId);
    const progressListener = (event: unknown) => onProgress?.(event as ProgressEvent);
    const cancel = () => ipc.send(channels.cancel, callId);
    if (onProgress) ipc.on(progressChannel, progressListener);
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      if (signal?.aborted) cancel();
      const outcome = await ipc.invoke(channels.call, { callId, method, input });
      if (outcome.ok) return outcome.result;
      throw outcome.error;
    } finally {
      signal?.removeEventListener('abort', cancel);
      if (onProgress) ipc.off(progressChannel, progressListener);
    }
  }

  const api = Object.fromEntries(
    apiMethods.map((method) => [
      method,
      (input: unknown, options?: CallOptions) => call(method, input, options),
    ]),
  );
  return api as Api;
}

export function createBridge(ipc: PreloadIpc, pathForFile: (file: File) => string): PayProofBridge {
  return {
    ...createApi(ipc),
    methods: [...apiMethods],
    pathForFile,
    evidenceUrl,
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const relay = (command: unknown) => listener(command as MenuCommand);
      ipc.on(channels.menu, relay);
      return () => ipc.off(channels.menu, relay);
    },
    // Main checks the sender and the purpose; a refusal rejects with its ErrorPayload, like a call.
    async chooseFolder(purpose, language) {
      const answer = await ipc.chooseFolder(language ? { purpose, language } : { purpose });
      if (answer.ok) return answer.path;
      throw answer.error;
    },
    // Main checks the sender and that the file really is in the current vault folder.
    async showInFolder(path) {
      const answer = await ipc.showInFolder({ path });
      if (!answer.ok) throw answer.error;
    },
    // The same checks, PDF only; main also refuses when the system cannot open it.
    async openDocument(path) {
      const answer = await ipc.openDocument({ path });
      if (!answer.ok) throw answer.error;
    },
  } satisfies PayProofBridge;
}
