/**
 * A virtualized view over paged rows: only the rows on screen (plus `overscan`) exist in the DOM, and
 * the pages holding them are asked for as the view scrolls. Both case lists (payments, evidence) use it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { PagedRows } from '../api/usePagedRows.ts';

export function useVirtualPagedRows<T>(rows: PagedRows<T>, rowHeight: number, overscan: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const shown = virtual.getVirtualItems();
  const first = shown[0]?.index ?? 0;
  const last = shown.at(-1)?.index ?? 0;
  useEffect(() => rows.show(first, last), [rows, first, last]);
  return { scroller, shown, totalSize: virtual.getTotalSize() };
}
