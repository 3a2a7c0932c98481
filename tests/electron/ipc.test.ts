/**
 * registerIpc with a stand-in ipcMain and core: the sender check guards both channels, progress
 * goes back on the call's own channel, and cancel reaches only the sender's own call.
 */
import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Method } from '../../core/api/contract.ts';
import type { CallResult } from '../../core/api/dispatch.ts';
import type { ProgressEvent } from '../../core/progress.ts';
import { channels } from '../../electron/bridgeTypes.ts';
import type { CoreClient } from '../../electron/coreProcess/client.ts';
import { registerIpc } from '../../electron/ipc.ts';

type Listener = (event: unknown, payload: unknown) => unknown;

function setup() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, l: Listener) => void handlers.set(channel, l),
    on: (channel: string, l: Listener) => void handlers.set(channel, l),
  };
  const calls: Array<{
    method: Method;
    input: unknown;
    signal?: AbortSignal;
    onProgress?: (e: ProgressEvent) => void;
    finish(r: CallResult<Method>): void;
  }> = [];
  const core = {
    call: (
      method: Method,
      input: unknown,
      options: { signal?: AbortSignal; onProgress?: (e: ProgressEvent) => void } = {},
    ) => new Promise<CallResult<Method>>((finish) => calls.push({ method, input, ...options, finish })),
  } as unknown as CoreClient;
  const switched: string[] = [];
  registerIpc(
    ipcMain as unknown as IpcMain,
    () => core,
    (dir) => switched.push(dir),
  );
  const sent: Array<[string, unknown]> = [];
  const event = (url: string | null, options: { senderId?: number; subframe?: boolean } = {}) => ({
    senderFrame: url === null ? null : { url, parent: options.subframe ? {} : null },
    sender: {
      id: options.senderId ?? 1,
      isDestroyed: () => false,
      send: (c: string, p: unknown) => sent.push([c, p]),
    },
  });
  return {
    call: handlers.get(channels.call)!,
    cancel: handlers.get(channels.cancel)!,
    calls,
    sent,
    event,
    switched,
  };
}

const app = 'app://payproof/index.html';

describe('IPC relay', () => {
  it('tells main when a call switched the vault, so the menu and a restarted core follow it', async () => {
    const { call, calls, event, switched } = setup();
    const info = call(event(app), { callId: 'v1', method: 'vault.info', input: {} });
    calls[0]!.finish({ ok: true, result: { dir: '/old' } } as unknown as CallResult<Method>);
    await info;
    const failed = call(event(app), { callId: 'v2', method: 'vault.open', input: { dir: '/bad' } });
    calls[1]!.finish({ ok: false, error: { code: 'vault-newer', message: { zh: 'x', en: 'x' } } });
    await failed;
    const opened = call(event(app), { callId: 'v3', method: 'vault.move', input: { targetDir: '/new' } });
    calls[2]!.finish({
      ok: true,
      result: { dir: '/new', previousDir: '/old' },
    } as unknown as CallResult<Method>);
    await opened;
    expect(switched).toEqual(['/new']);
  });

  it('refuses calls from any frame but the app’s top frame, without touching the core', async () => {
    const { call, calls } = setup();
    for (const e of [
      setup().event('https://evil.cn/'),
      setup().event(null),
      setup().event(app, { subframe: true }),
    ]) {
      const result = (await call(e, { callId: 'a', method: 'vault.info', input: {} })) as CallResult<Method>;
      expect(result.ok).toBe(false);
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses malformed envelopes and unknown methods', async () => {
    const { call, calls, event } = setup();
    expect(await call(event(app), { callId: 'a', method: 'shell.exec', input: {} })).toMatchObject({
      ok: false,
    });
    expect(await call(event(app), 'vault.info')).toMatchObject({ ok: false });
    expect(calls).toHaveLength(0);
  });

  it('relays a call, its progress on the per-call channel, and its result', async () => {
    const { call, calls, sent, event } = setup();
    const pending = call(event(app), {
      callId: 'c1',
      method: 'evidence.add',
      input: { caseId: 1, paths: ['/a'] },
    });
    expect(calls[0]).toMatchObject({ method: 'evidence.add', input: { caseId: 1, paths: ['/a'] } });
    calls[0]!.onProgress!({ phase: 'hash', done: 1, total: 2 });
    calls[0]!.finish({ ok: true, result: [] as never });
    expect(await pending).toEqual({ ok: true, result: [] });
    expect(sent).toEqual([[channels.progress('c1'), { phase: 'hash', done: 1, total: 2 }]]);
  });

  it('cancels only the sender’s own call, and only from a trusted frame', async () => {
    const { call, cancel, calls, event } = setup();
    void call(event(app, { senderId: 1 }), { callId: 'x', method: 'vault.doctor', input: {} });
    cancel(event(app, { senderId: 2 }), 'x');
    cancel(event('https://evil.cn/', { senderId: 1 }), 'x');
    expect(calls[0]!.signal!.aborted).toBe(false);
    cancel(event(app, { senderId: 1 }), 'x');
    expect(calls[0]!.signal!.aborted).toBe(true);
  });
});
