/**
 * The paged payments and evidence of one case. The overview carries the totals; a new overview (read
 * again after any change) makes the rows on screen be read again too. Each panel holds its own list,
 * so a page arriving re-renders that panel, not the whole case page.
 */
import { useMemo } from 'react';
import type { CaseOverview, EvidenceItem, Payment } from '../../../core/domain/types.ts';
import {
  arrivedEvidencePage,
  arrivedPaymentsPage,
  loadEvidencePage,
  loadPaymentsPage,
  PAGE_SIZE,
} from '../api/caseData.ts';
import { usePagedRows, type PagedRows, type PagedSource } from '../api/usePagedRows.ts';

export function usePaymentRows(caseId: number, overview: CaseOverview): PagedRows<Payment> {
  const source = useMemo<PagedSource<Payment>>(
    () => ({
      fetchPage: (offset, limit) => loadPaymentsPage(caseId, offset, limit),
      firstPageNow: () => arrivedPaymentsPage(caseId),
    }),
    [caseId],
  );
  return usePagedRows(source, overview.totals.payments, overview, PAGE_SIZE);
}

export function useEvidenceRows(caseId: number, overview: CaseOverview): PagedRows<EvidenceItem> {
  const source = useMemo<PagedSource<EvidenceItem>>(
    () => ({
      fetchPage: (offset, limit) => loadEvidencePage(caseId, offset, limit),
      firstPageNow: () => arrivedEvidencePage(caseId),
    }),
    [caseId],
  );
  return usePagedRows(source, overview.totals.evidence, overview, PAGE_SIZE);
}
