/**
 * "Open this evidence item" from anywhere (a search result): the request is held here until the
 * case's evidence panel is on screen and takes it. One request at a time; a newer one replaces it.
 */
import { useEffect, useState } from 'react';
import type { EvidenceItem } from '../../../core/domain/types.ts';

let requested: EvidenceItem | undefined;
const listeners = new Set<() => void>();

export function requestEvidenceFocus(item: EvidenceItem): void {
  requested = item;
  for (const l of listeners) l();
}

/** The item asked for in this case, once (the request is spent), and how to let it go when closed. */
export function useEvidenceFocus(caseId: number): [EvidenceItem | undefined, () => void] {
  const [item, setItem] = useState<EvidenceItem>();
  useEffect(() => {
    const take = () => {
      if (requested?.caseId !== caseId) return;
      setItem(requested);
      requested = undefined;
    };
    take();
    listeners.add(take);
    return () => {
      listeners.delete(take);
    };
  }, [caseId]);
  return [item, () => setItem(undefined)];
}
