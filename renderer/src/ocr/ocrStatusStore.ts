/**
 * Where reading stands for the evidence rows on screen. Rows ask for their item's status; the asks of
 * one render are sent as one `ocr.status` call, and items still waiting or being read are asked again
 * every two seconds until they are done — so a dropped screenshot's row turns from 正在识别… into its
 * result without a reload, and a list of 2,000 rows asks only for the dozen on screen.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { EvidenceTextStatus } from '../../../core/api/schemas/ocr.ts';
import { api, host } from '../api/client.ts';

export const OCR_STATUS_METHOD = 'ocr.status';
const POLL_MS = 2000;
const MAX_BATCH = 200;

/** undefined: not asked yet; null: nothing to read for this item. */
type Known = EvidenceTextStatus | null;

const known = new Map<number, Known>();
const watchers = new Map<number, number>();
const listeners = new Set<() => void>();
const queued = new Set<number>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
let pollTimer: ReturnType<typeof setTimeout> | undefined;

const isOpen = (s: Known | undefined) =>
  s !== null && s !== undefined && (s.status === 'pending' || s.status === 'running');

function notify(): void {
  for (const l of listeners) l();
}

function schedulePoll(): void {
  if (pollTimer) return;
  const open = [...watchers.keys()].filter((id) => isOpen(known.get(id)));
  if (open.length === 0) return;
  pollTimer = setTimeout(() => {
    pollTimer = undefined;
    for (const id of watchers.keys()) if (isOpen(known.get(id))) queued.add(id);
    flush();
  }, POLL_MS);
}

function flush(): void {
  flushTimer = undefined;
  const ids = [...queued].slice(0, MAX_BATCH);
  for (const id of ids) queued.delete(id);
  if (ids.length === 0) return;
  if (queued.size > 0) flushTimer = setTimeout(flush, 0);
  api['ocr.status']({ evidenceIds: ids })
    .then((statuses) => {
      const got = new Map(statuses.map((s) => [s.evidenceId, s]));
      for (const id of ids) known.set(id, got.get(id) ?? null);
      notify();
    })
    // A failed ask is asked again with the next poll; the row keeps what it showed.
    .catch(() => undefined)
    .finally(schedulePoll);
}

function ask(id: number): void {
  queued.add(id);
  flushTimer ??= setTimeout(flush, 30);
}

/** Forget what is known of an item (it was read again, or confirmed) and ask anew. */
export function refreshOcrStatus(id: number): void {
  known.delete(id);
  if (watchers.has(id)) ask(id);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reading status of one evidence item (undefined while unknown or when the core lacks the method). */
export function useOcrStatus(id: number, readable: boolean): Known | undefined {
  const enabled = readable && host.hasMethod(OCR_STATUS_METHOD);
  useEffect(() => {
    if (!enabled) return;
    watchers.set(id, (watchers.get(id) ?? 0) + 1);
    if (!known.has(id) || isOpen(known.get(id))) ask(id);
    return () => {
      const n = (watchers.get(id) ?? 1) - 1;
      if (n <= 0) watchers.delete(id);
      else watchers.set(id, n);
    };
  }, [id, enabled]);
  return useSyncExternalStore(subscribe, () => (enabled ? known.get(id) : undefined));
}
