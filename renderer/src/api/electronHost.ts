/**
 * Electron: the preload exposes exactly the Api as window.payproof. Dropped files keep their real
 * paths, which the preload reads with webUtils.getPathForFile and exposes as window.payproofFiles;
 * evidence is shown through the vault:// protocol (by id, never by path). The preload's
 * chooseFolder (main's native dialog) becomes Host.chooseFolder, its showInFolder Host.showInFolder
 * and its openDocument (the system's PDF viewer) Host.openDocument.
 */
import type { Api } from '../../../core/api/contract.ts';
import type { PayProofBridge } from '../../../electron/bridgeTypes.ts';
import { ApiError, previewUnavailable, toApiError } from './ApiError.ts';
import type { Host } from './host.ts';

export interface PayProofFiles {
  pathForFile(file: File): string;
}

/** window.payproof as this UI uses it: the Api, and the folder dialog when the preload has one. */
export type ElectronApi = Api & Partial<Pick<PayProofBridge, 'chooseFolder'>>;
/** …and "show in folder" / "open" for generated documents, when the preload has them. */
export type ElectronBridge = ElectronApi & Partial<Pick<PayProofBridge, 'showInFolder' | 'openDocument'>>;

declare global {
  interface Window {
    payproof?: ElectronBridge;
    payproofFiles?: PayProofFiles;
  }
}

export function createElectronHost(api: ElectronBridge): Host {
  const pathFor = (file: File): string => {
    const p = window.payproofFiles?.pathForFile(file);
    if (!p)
      throw new ApiError({
        code: 'host',
        message: { zh: `无法读取“${file.name}”的位置`, en: `Cannot tell where "${file.name}" is` },
      });
    return p;
  };
  const host: Host = {
    mode: 'electron',
    api,
    // The preload lists the methods it serves; older preloads are probed by property.
    hasMethod: (name) => {
      const listed = (api as unknown as { methods?: readonly string[] }).methods;
      return listed
        ? listed.includes(name)
        : typeof (api as unknown as Record<string, unknown>)[name] === 'function';
    },
    callByName: async (method, input, options) => {
      const fn = (api as unknown as Record<string, (i: unknown, o?: unknown) => Promise<unknown>>)[method];
      if (!fn)
        throw new ApiError({
          code: 'unknown-method',
          message: { zh: `未知的操作：${method}`, en: `Unknown operation: ${method}` },
        });
      return fn(input, options);
    },
    addFiles: (caseId, files, options = {}) =>
      api['evidence.add'](
        { caseId, paths: files.map(pathFor), kind: options.kind, paymentTxids: options.paymentTxids },
        { signal: options.signal, onProgress: options.onProgress },
      ),
    fileToPath: async (file) => pathFor(file),
    evidenceUrl: async (id, what) => `vault://evidence/${id}${what === 'thumb' ? '?thumb=1' : ''}`,
    // connect-src allows vault: (electron/policy/csp.ts); the page reads the original by id.
    evidenceBytes: (id, signal) => readBytes(`vault://evidence/${id}`, signal),
    // vault:// serves evidence only; a PDF opens in the system's viewer (openDocument) instead.
    documentUrl: async () => null,
  };
  // Offered only when the preload has it (with an older preload the path stays typed).
  const bridgeChooseFolder = api.chooseFolder;
  if (typeof bridgeChooseFolder === 'function') {
    host.chooseFolder = async (purpose, language) => {
      try {
        return await bridgeChooseFolder(purpose, language);
      } catch (err) {
        // A refusal arrives as the ErrorPayload { code, message: { zh, en } }.
        throw toApiError(err);
      }
    };
  }
  // Likewise "show in folder" (without it the Documents tab shows the folder's path to copy) and
  // "open" (without it the preview shows the PDF's path).
  const documentAction = (action: ((path: string) => Promise<void>) | undefined) =>
    typeof action === 'function'
      ? async (path: string) => {
          try {
            await action(path);
          } catch (err) {
            throw toApiError(err);
          }
        }
      : undefined;
  const showInFolder = documentAction(api.showInFolder);
  if (showInFolder) host.showInFolder = showInFolder;
  const openDocument = documentAction(api.openDocument);
  if (openDocument) host.openDocument = openDocument;
  return host;
}

async function readBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(url, signal ? { signal } : {});
  if (!res.ok) throw new ApiError(previewUnavailable(res.status));
  return res.arrayBuffer();
}
