/**
 * A long list read a page at a time, for a virtualized view: the view says which rows it shows, the
 * hook fetches the pages that hold them. After a change elsewhere (`generation` moves on) the pages
 * already held stay on screen and are fetched again, so an edit never blanks the list.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toApiError, type ApiError } from './ApiError.ts';

export interface PagedRows<T> {
  total: number;
  /** The row at `index`, or undefined while its page is on its way. */
  row(index: number): T | undefined;
  /** The rows on screen (inclusive); pages not held, or held from before the last change, are fetched. */
  show(first: number, last: number): void;
  error: ApiError | undefined;
  retry(): void;
}

interface Page<T> {
  rows: T[];
  generation: number;
}

export interface PagedSource<T> {
  fetchPage(offset: number, limit: number): Promise<T[]>;
  /** The first page if it is already here (prefetched), so the first render can show it. */
  firstPageNow?(): T[] | undefined;
}

export function usePagedRows<T>(
  source: PagedSource<T>,
  total: number,
  generation: unknown,
  pageSize: number,
): PagedRows<T> {
  const { fetchPage } = source;
  const pages = useRef(new Map<number, Page<T>>());
  const pending = useRef(new Set<string>());
  /** Pages that failed, by `${generation}:${page}`: skipped until Retry, and the error shown meanwhile. */
  const failed = useRef(new Map<string, ApiError>());
  const current = useRef({ fetchPage, marker: generation, count: 0 });
  const [tick, setTick] = useState(0);

  // A new list (another case) starts empty, or with a first page already here; new data of the same
  // list keeps the old rows meanwhile.
  if (current.current.fetchPage !== fetchPage || current.current.count === 0) {
    const count = current.current.count + 1;
    pages.current = new Map();
    const first = source.firstPageNow?.();
    if (first) pages.current.set(0, { rows: first, generation: count });
    current.current = { fetchPage, marker: generation, count };
  } else if (current.current.marker !== generation) {
    current.current = { fetchPage, marker: generation, count: current.current.count + 1 };
  }
  const count = current.current.count;

  const show = useCallback(
    (first: number, last: number) => {
      if (total === 0 || last < first) return;
      const gen = current.current.count;
      const load = current.current.fetchPage;
      for (let p = Math.floor(first / pageSize); p <= Math.floor(Math.min(last, total - 1) / pageSize); p++) {
        const key = `${gen}:${p}`;
        if (pages.current.get(p)?.generation === gen || pending.current.has(key) || failed.current.has(key))
          continue;
        pending.current.add(key);
        load(p * pageSize, pageSize)
          .then((rows) => {
            if (current.current.fetchPage !== load) return;
            const held = pages.current.get(p);
            if (!held || held.generation <= gen) pages.current.set(p, { rows, generation: gen });
          })
          .catch((err: unknown) => {
            failed.current.set(key, toApiError(err));
          })
          .finally(() => {
            pending.current.delete(key);
            setTick((n) => n + 1);
          });
      }
    },
    // `count` makes a new `show` after a change, so views asking again refetch what they hold.
    [total, pageSize, count],
  );

  const retry = useCallback(() => {
    failed.current.clear();
    setTick((n) => n + 1);
  }, []);

  // The error of a page of the current data that failed (one that succeeded later does not hide it;
  // failures from before the last change no longer matter, their pages are fetched again).
  let error: ApiError | undefined;
  for (const [key, err] of failed.current) if (key.startsWith(`${count}:`)) error = err;

  useEffect(() => () => pending.current.clear(), []);

  return useMemo(
    () => ({
      total,
      row: (index: number) => pages.current.get(Math.floor(index / pageSize))?.rows[index % pageSize],
      show,
      error,
      retry,
    }),
    // `tick` marks a page arriving or failing: a new object so views re-render and ask for what is
    // still missing.
    [total, show, error, retry, pageSize, tick],
  );
}
