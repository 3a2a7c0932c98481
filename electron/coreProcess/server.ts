/**
 * The core's side: runs `dispatch` for each call, streams progress, honours cancel, and answers
 * vault:// look-ups (evidence id → object path + mime) so main never opens the vault itself — the
 * vault lock allows one process, and that is this one.
 */
import type { ApiContext } from '../../core/api/context.ts';
import { dispatch } from '../../core/api/dispatch.ts';
import { getEvidence } from '../../db/queries/evidence.ts';
import { objectPath } from '../../db/objectStore.ts';
import type { EvidenceLocation } from '../protocol/evidenceFiles.ts';
import type { CoreToMain, MainToCore, Port } from './messages.ts';
import { ensureThumbnail, THUMB_MIME } from '../../core/thumbnails.ts';

export async function locateEvidence(
  ctx: ApiContext,
  evidenceId: number,
  thumb = false,
): Promise<EvidenceLocation | null> {
  try {
    const vault = ctx.vault();
    const item = getEvidence(vault.db, evidenceId);
    if (!thumb)
      return { path: objectPath(vault.objectsDir, item.sha256), mime: item.mime, sha256: item.sha256 };
    const cached = await ensureThumbnail(vault, item.sha256, item.mime);
    return cached ? { path: cached, mime: THUMB_MIME, sha256: `${item.sha256}-thumb` } : null;
  } catch {
    return null; // unknown id, or no usable vault: either way there is nothing to show
  }
}

export function serveCore(
  ctx: ApiContext,
  port: Port<MainToCore, CoreToMain>,
  onShutdown: () => void = () => {},
): { inFlight(): number } {
  const running = new Map<number, AbortController>();
  port.onMessage((message) => {
    switch (message.type) {
      case 'call': {
        const controller = new AbortController();
        running.set(message.id, controller);
        void dispatch(ctx, message.method, message.input, {
          signal: controller.signal,
          onProgress: (event) => port.post({ type: 'progress', id: message.id, event }),
        }).then((result) => {
          running.delete(message.id);
          port.post({ type: 'result', id: message.id, result });
        });
        break;
      }
      case 'cancel':
        running.get(message.id)?.abort();
        break;
      case 'locate':
        void locateEvidence(ctx, message.evidenceId, message.thumb).then((location) =>
          port.post({ type: 'located', id: message.id, location }),
        );
        break;
      case 'shutdown':
        for (const controller of running.values()) controller.abort();
        onShutdown();
        break;
    }
  });
  port.post({ type: 'ready', vaultDir: ctx.vaultDir });
  return { inFlight: () => running.size };
}
