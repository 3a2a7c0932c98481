/**
 * Renderer ⇄ core relay. Every message is checked for its sender frame (app://payproof, top frame)
 * and its shape before it reaches the core; the core validates the input itself against the
 * contract. Progress goes back on the call's own channel; cancel is keyed by the sending
 * WebContents as well as the call id, so one page can never cancel another's work.
 */
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { Method } from '../core/api/contract.ts';
import type { CallResult } from '../core/api/dispatch.ts';
import { isApiMethod } from './apiMethods.ts';
import { callIdPattern, channels, type CallEnvelope } from './bridgeTypes.ts';
import type { CoreClient } from './coreProcess/client.ts';
import { isTrustedSender } from './policy/ipcSender.ts';

/** The one sender check every channel uses: the app's own top frame (policy/ipcSender.ts). */
export function isTrustedEvent(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return isTrustedSender({ frameUrl: frame?.url, isMainFrame: !!frame && frame.parent === null });
}

export function parseEnvelope(raw: unknown): CallEnvelope | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { callId, method, input } = raw as Record<string, unknown>;
  if (typeof callId !== 'string' || !callIdPattern.test(callId) || !isApiMethod(method)) return null;
  return { callId, method, input };
}

function refused(what: string): CallResult<Method> {
  return {
    ok: false,
    error: { code: 'invalid-input', message: { zh: `请求被拒绝：${what}`, en: `Request refused: ${what}` } },
  };
}

/** Methods after which the core uses another vault folder; main must follow (menu, restarts). */
const SWITCHES_VAULT = new Set(['vault.open', 'vault.move']);

export function registerIpc(
  ipcMain: IpcMain,
  core: () => CoreClient,
  onVaultSwitched: (dir: string) => void = () => undefined,
): void {
  const running = new Map<string, AbortController>();

  ipcMain.handle(channels.call, async (event, raw: unknown): Promise<CallResult<Method>> => {
    if (!isTrustedEvent(event)) {
      console.warn(`[ipc] refused a call from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return refused('sender is not the PayProof window');
    }
    const envelope = parseEnvelope(raw);
    if (!envelope) return refused('malformed call');
    const key = `${event.sender.id}:${envelope.callId}`;
    const controller = new AbortController();
    running.set(key, controller);
    const progressChannel = channels.progress(envelope.callId);
    try {
      const outcome = await core().call(envelope.method, envelope.input, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!event.sender.isDestroyed()) event.sender.send(progressChannel, progress);
        },
      });
      if (outcome.ok && SWITCHES_VAULT.has(envelope.method)) {
        const dir = (outcome.result as { dir?: unknown }).dir;
        if (typeof dir === 'string') onVaultSwitched(dir);
      }
      return outcome;
    } finally {
      running.delete(key);
    }
  });

  ipcMain.on(channels.cancel, (event, callId: unknown) => {
    if (!isTrustedEvent(event) || typeof callId !== 'string') return;
    running.get(`${event.sender.id}:${callId}`)?.abort();
  });
}
