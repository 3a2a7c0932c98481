/**
 * Runs in the sandboxed renderer before the page. Exposes `window.payproof` — exactly the API
 * contract plus a few helpers (drop paths, evidence URLs, menu commands, the folder dialog, show in
 * folder, open a PDF) — and never ipcRenderer itself: listeners are wrapped so the page never sees an
 * IpcRendererEvent (whose `sender` could be used to send on any channel).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { channels } from './bridgeTypes.ts';
import { createBridge, type PreloadIpc } from './preloadApi.ts';

const wrapped = new WeakMap<
  (payload: unknown) => void,
  (event: IpcRendererEvent, payload: unknown) => void
>();

const ipc: PreloadIpc = {
  invoke: (channel, envelope) => ipcRenderer.invoke(channel, envelope),
  chooseFolder: (request) => ipcRenderer.invoke(channels.chooseFolder, request),
  showInFolder: (request) => ipcRenderer.invoke(channels.showInFolder, request),
  openDocument: (request) => ipcRenderer.invoke(channels.openDocument, request),
  send: (channel, payload) => ipcRenderer.send(channel, payload),
  on(channel, listener) {
    const inner = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    wrapped.set(listener, inner);
    ipcRenderer.on(channel, inner);
  },
  off(channel, listener) {
    const inner = wrapped.get(listener);
    if (inner) ipcRenderer.removeListener(channel, inner);
    wrapped.delete(listener);
  },
};

// File.path is gone since Electron 32; webUtils is the supported way to learn a dropped file's path.
const pathForFile = (file: File): string => webUtils.getPathForFile(file);

contextBridge.exposeInMainWorld('payproof', createBridge(ipc, pathForFile));
// The renderer's Electron host (renderer/src/api/electronHost.ts) reads drop paths from here.
contextBridge.exposeInMainWorld('payproofFiles', { pathForFile });
