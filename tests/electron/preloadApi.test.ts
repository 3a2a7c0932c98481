import { describe, expect, it } from 'vitest';
import { contract } from '../../core/api/contract.ts';
import type { CallResult } from '../../core/api/dispatch.ts';
import type { Method } from '../../core/api/contract.ts';
import { apiMethods, isApiMethod } from '../../electron/apiMethods.ts';
import {
  channels,
  type CallEnvelope,
  type ChooseFolderAnswer,
  type ChooseFolderRequest,
  type OpenDocumentAnswer,
  type OpenDocumentRequest,
  type ShowInFolderAnswer,
  type ShowInFolderRequest,
} from '../../electron/bridgeTypes.ts';
import { createBridge, type PreloadIpc } from '../../electron/preloadApi.ts';

/** An in-memory stand-in for ipcRenderer that records what the preload sends. */
function fakeIpc(
  answer: (envelope: CallEnvelope, ipc: FakeIpc) => Promise<CallResult<Method>>,
  folderAnswer: ChooseFolderAnswer = { ok: true, path: null },
  revealAnswer: ShowInFolderAnswer = { ok: true },
  openAnswer: OpenDocumentAnswer = { ok: true },
) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const sent: Array<[string, string]> = [];
  const folderRequests: ChooseFolderRequest[] = [];
  const revealRequests: ShowInFolderRequest[] = [];
  const openRequests: OpenDocumentRequest[] = [];
  const ipc: PreloadIpc & {
    emit(channel: string, payload: unknown): void;
    sent: typeof sent;
    folderRequests: typeof folderRequests;
    revealRequests: typeof revealRequests;
    openRequests: typeof openRequests;
    listenerCount(): number;
  } = {
    invoke: async (_channel, envelope) => answer(envelope, ipc),
    chooseFolder: async (request) => {
      folderRequests.push(request);
      return folderAnswer;
    },
    showInFolder: async (request) => {
      revealRequests.push(request);
      return revealAnswer;
    },
    openDocument: async (request) => {
      openRequests.push(request);
      return openAnswer;
    },
    send: (channel, payload) => void sent.push([channel, payload]),
    on: (channel, l) =>
      void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(l),
    off: (channel, l) => void listeners.get(channel)?.delete(l),
    emit: (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload)),
    sent,
    folderRequests,
    revealRequests,
    openRequests,
    listenerCount: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
  return ipc;
}
type FakeIpc = ReturnType<typeof fakeIpc>;

describe('preload API', () => {
  it('exposes exactly the contract’s methods', () => {
    expect([...apiMethods].sort()).toEqual(Object.keys(contract).sort());
    const bridge = createBridge(
      fakeIpc(async () => ({ ok: true, result: null as never })),
      () => '',
    );
    const exposedMethods = Object.keys(bridge).filter((k) => k.includes('.'));
    expect(exposedMethods.sort()).toEqual(Object.keys(contract).sort());
    expect([...bridge.methods].sort()).toEqual(Object.keys(contract).sort());
    // Nothing raw: only contract methods and the seven documented helpers.
    expect(
      Object.keys(bridge)
        .filter((k) => !k.includes('.'))
        .sort(),
    ).toEqual([
      'chooseFolder',
      'evidenceUrl',
      'methods',
      'onMenuCommand',
      'openDocument',
      'pathForFile',
      'showInFolder',
    ]);
  });

  it('knows its method names and nothing inherited', () => {
    expect(isApiMethod('vault.info')).toBe(true);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', '', 42])
      expect(isApiMethod(name)).toBe(false);
  });

  it('sends one envelope per call and resolves with the result', async () => {
    const seen: CallEnvelope[] = [];
    const bridge = createBridge(
      fakeIpc(async (envelope) => {
        seen.push(envelope);
        return { ok: true, result: { dir: '/v' } as never };
      }),
      () => '',
    );
    await expect(bridge['vault.info']({})).resolves.toEqual({ dir: '/v' });
    await bridge['case.list']({});
    expect(seen.map((e) => e.method)).toEqual(['vault.info', 'case.list']);
    expect(seen[0]!.callId).not.toBe(seen[1]!.callId);
    expect(seen[0]!.callId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('rejects with the core’s error payload, both languages intact', async () => {
    const error = { code: 'not-found' as const, message: { zh: '找不到', en: 'Not found' } };
    const bridge = createBridge(
      fakeIpc(async () => ({ ok: false, error })),
      () => '',
    );
    await expect(bridge['case.get']({ id: 9 })).rejects.toEqual(error);
  });

  it('delivers progress on the call’s own channel and stops listening afterwards', async () => {
    const ipc = fakeIpc(async (envelope, self) => {
      self.emit(channels.progress(envelope.callId), { phase: 'hash', done: 1, total: 2 });
      self.emit(channels.progress('someone-else'), { phase: 'other', done: 9, total: 9 });
      return { ok: true, result: [] as never };
    });
    const bridge = createBridge(ipc, () => '');
    const events: unknown[] = [];
    await bridge['evidence.add']({ caseId: 1, paths: ['/a'] }, { onProgress: (e) => events.push(e) });
    expect(events).toEqual([{ phase: 'hash', done: 1, total: 2 }]);
    expect(ipc.listenerCount()).toBe(0);
  });

  it('turns an abort into a cancel message for that call', async () => {
    const controller = new AbortController();
    let callId = '';
    const ipc = fakeIpc(async (envelope) => {
      callId = envelope.callId;
      controller.abort();
      return { ok: false, error: { code: 'cancelled', message: { zh: '已取消', en: 'Cancelled' } } };
    });
    const bridge = createBridge(ipc, () => '');
    await expect(
      bridge['evidence.add']({ caseId: 1, paths: ['/a'] }, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(ipc.sent).toEqual([[channels.cancel, callId]]);
  });

  it('cancels at once when the signal is already aborted', async () => {
    const ipc = fakeIpc(async () => ({ ok: true, result: null as never }));
    await createBridge(ipc, () => '')['vault.doctor']({}, { signal: AbortSignal.abort() });
    expect(ipc.sent.map(([c]) => c)).toEqual([channels.cancel]);
  });

  it('relays menu commands until unsubscribed, and gives evidence URLs by id', () => {
    const ipc = fakeIpc(async () => ({ ok: true, result: null as never }));
    const bridge = createBridge(ipc, (file) => `/dropped/${file.name}`);
    const commands: string[] = [];
    const off = bridge.onMenuCommand((c) => commands.push(c));
    ipc.emit(channels.menu, 'open-guide');
    off();
    ipc.emit(channels.menu, 'open-settings');
    expect(commands).toEqual(['open-guide']);
    expect(bridge.evidenceUrl(42)).toBe('vault://evidence/42');
    expect(bridge.pathForFile(new File(['x'], 'a.png'))).toBe('/dropped/a.png');
  });

  it('asks main for a folder and resolves with its answer, or rejects with its refusal', async () => {
    const chosen = fakeIpc(async () => ({ ok: true, result: null as never }), { ok: true, path: '/new' });
    await expect(createBridge(chosen, () => '').chooseFolder('move-vault', 'en')).resolves.toBe('/new');
    const cancelled = fakeIpc(async () => ({ ok: true, result: null as never }));
    await expect(createBridge(cancelled, () => '').chooseFolder('open-vault')).resolves.toBeNull();
    expect([...chosen.folderRequests, ...cancelled.folderRequests]).toEqual([
      { purpose: 'move-vault', language: 'en' },
      { purpose: 'open-vault' },
    ]);
    const error = { code: 'invalid-input' as const, message: { zh: '请求被拒绝', en: 'Request refused' } };
    const refused = fakeIpc(async () => ({ ok: true, result: null as never }), { ok: false, error });
    await expect(createBridge(refused, () => '').chooseFolder('open-vault')).rejects.toEqual(error);
  });

  it('asks main to show a document in its folder, and rejects with its refusal', async () => {
    const shown = fakeIpc(async () => ({ ok: true, result: null as never }));
    await expect(createBridge(shown, () => '').showInFolder('/v/exports/a.pdf')).resolves.toBeUndefined();
    expect(shown.revealRequests).toEqual([{ path: '/v/exports/a.pdf' }]);
    const error = { code: 'file-missing' as const, message: { zh: '找不到这个文件', en: 'Not there' } };
    const refused = fakeIpc(async () => ({ ok: true, result: null as never }), undefined, {
      ok: false,
      error,
    });
    await expect(createBridge(refused, () => '').showInFolder('/elsewhere/a.pdf')).rejects.toEqual(error);
  });

  it('asks main to open a PDF, and rejects with its refusal', async () => {
    const opened = fakeIpc(async () => ({ ok: true, result: null as never }));
    await expect(createBridge(opened, () => '').openDocument('/v/exports/a.pdf')).resolves.toBeUndefined();
    expect(opened.openRequests).toEqual([{ path: '/v/exports/a.pdf' }]);
    expect(opened.revealRequests).toEqual([]);
    const error = { code: 'file-unreadable' as const, message: { zh: '系统无法打开', en: 'Could not open' } };
    const refused = fakeIpc(async () => ({ ok: true, result: null as never }), undefined, undefined, {
      ok: false,
      error,
    });
    await expect(createBridge(refused, () => '').openDocument('/v/exports/a.zip')).rejects.toEqual(error);
  });
});
