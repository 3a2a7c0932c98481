/**
 * How the case page reads a case: a small overview first (the case, timeline, documents, totals),
 * then payments and evidence a page at a time as the lists scroll. A case with a whole bill imported
 * holds tens of thousands of rows; asking for all of them made the page wait for megabytes.
 *
 * When the app opens straight onto a case, the overview and the first page of the open tab are asked
 * for before React has even mounted, so the requests overlap with loading the bundle; each prefetched
 * answer is taken once, later loads ask anew.
 */
import type { EvidenceItem, Payment } from '../../../core/domain/types.ts';
import type { Results } from '../../../core/api/contract.ts';
import type { CheckReport } from '../../../core/rules/types.ts';
import { api } from './client.ts';

/** Rows per request: a screenful is ~10 rows, so one page covers several screens of scrolling. */
export const PAGE_SIZE = 100;

interface Prefetched {
  promise: Promise<unknown>;
  /** Set once the answer is here, so a list can show it in its very first render. */
  value?: unknown;
}

const prefetched = new Map<string, Prefetched>();

function remember<T>(key: string, promise: Promise<T>): void {
  const entry: Prefetched = { promise };
  // Unhandled until the page takes it; a failure is reported by the page's own load.
  promise.then((value) => (entry.value = value)).catch(() => undefined);
  prefetched.set(key, entry);
}

function takeOr<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = prefetched.get(key);
  if (!hit) return load();
  prefetched.delete(key);
  return hit.promise as Promise<T>;
}

/** A prefetched first page that has already arrived, taken now (undefined if not here yet). */
function takeArrived<T>(key: string): T | undefined {
  const hit = prefetched.get(key);
  if (hit?.value === undefined) return undefined;
  prefetched.delete(key);
  return hit.value as T;
}

export const arrivedPaymentsPage = (caseId: number) => takeArrived<Payment[]>(`payments:${caseId}`);
export const arrivedEvidencePage = (caseId: number) => takeArrived<EvidenceItem[]>(`evidence:${caseId}`);

export function loadOverview(id: number): Promise<Results['case.overview']> {
  return api['case.overview']({ id });
}

/**
 * The first load of a case page: the overview and the first page of the open tab together, so the
 * page's first render already shows rows (one render of the case page costs more than the requests).
 */
export async function openCase(id: number, tab: string): Promise<Results['case.overview']> {
  if (!prefetched.has(`overview:${id}`)) prefetchCase(id, tab);
  const overview = takeOr(`overview:${id}`, () => loadOverview(id));
  const first = prefetched.get(`${tab}:${id}`);
  if (first) await first.promise.catch(() => undefined);
  return overview;
}

/** After a change, or when the page closes: answers asked for earlier must not be shown later. */
export function forgetPrefetched(id: number): void {
  for (const key of [`overview:${id}`, `payments:${id}`, `evidence:${id}`, `check:${id}`])
    prefetched.delete(key);
}

export function loadPaymentsPage(caseId: number, offset: number, limit: number): Promise<Payment[]> {
  const load = () => api['payment.list']({ caseId, offset, limit });
  return offset === 0 && limit === PAGE_SIZE ? takeOr(`payments:${caseId}`, load) : load();
}

export function loadEvidencePage(caseId: number, offset: number, limit: number): Promise<EvidenceItem[]> {
  const load = () => api['evidence.list']({ caseId, offset, limit });
  return offset === 0 && limit === PAGE_SIZE ? takeOr(`evidence:${caseId}`, load) : load();
}

/**
 * The rules check of a case. Opened on the checklist tab, the check is the page's content, so it is
 * asked for with the overview; elsewhere the page asks for it after its first paint.
 */
export function loadCheck(caseId: number): Promise<CheckReport> {
  return takeOr(`check:${caseId}`, () => api['rules.check']({ caseId }));
}

/** Start the first requests of a case page (see above). */
export function prefetchCase(id: number, tab: string): void {
  remember(`overview:${id}`, api['case.overview']({ id }));
  // Asked before the host has listed its methods; a core without the check answers with an error
  // that nobody takes (the page only asks when the method exists).
  if (tab === 'checklist') remember(`check:${id}`, api['rules.check']({ caseId: id }));
  if (tab === 'payments')
    remember(`payments:${id}`, api['payment.list']({ caseId: id, offset: 0, limit: PAGE_SIZE }));
  if (tab === 'evidence')
    remember(`evidence:${id}`, api['evidence.list']({ caseId: id, offset: 0, limit: PAGE_SIZE }));
}
