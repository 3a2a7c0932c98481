/**
 * The case page's snapshot is the one big answer the UI waits for (megabytes for a case with a whole
 * bill imported). When the app opens straight onto a case, ask for it before React has even mounted,
 * so the request overlaps with loading the bundle; the page takes the answer once, later loads ask anew.
 */
import type { Results } from '../../../core/api/contract.ts';
import { api } from './client.ts';

let pending: { id: number; promise: Promise<Results['case.get']> } | null = null;

export function prefetchCase(id: number): void {
  const promise = api['case.get']({ id });
  // Unhandled until the page takes it; a failure is reported by the page's own load.
  promise.catch(() => undefined);
  pending = { id, promise };
}

export function loadCase(id: number): Promise<Results['case.get']> {
  if (pending?.id === id) {
    const { promise } = pending;
    pending = null;
    return promise;
  }
  return api['case.get']({ id });
}
