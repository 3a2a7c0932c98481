/**
 * Evidence as a virtualized list: 2,000 items keep the page as quick as 20. Only the pages holding the
 * rows on screen are fetched; a row whose page is on its way shows as loading.
 */
import type { EvidenceItem } from '../../../core/domain/types.ts';
import type { PagedRows } from '../api/usePagedRows.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useVirtualPagedRows } from './useVirtualPagedRows.ts';
import { EvidenceRow, type EvidenceRowActions } from './EvidenceRow.tsx';

const ROW_HEIGHT = 76;

export function EvidenceList({
  rows,
  actions,
}: {
  rows: PagedRows<EvidenceItem>;
  actions: EvidenceRowActions;
}) {
  const { t } = useI18n();
  const { scroller, shown, totalSize } = useVirtualPagedRows(rows, ROW_HEIGHT, 6);

  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      style={{ height: Math.min(520, ROW_HEIGHT * rows.total + 4) }}
      role="list"
      aria-label={t('case.tab.evidence')}
      data-testid="evidence-list"
      // Focusable, so arrow keys, Page Up/Down, Home and End scroll the whole list from the keyboard
      // (only the rows on screen exist; tabbing alone would stop at the last rendered one).
      tabIndex={0}
    >
      <div style={{ height: totalSize, position: 'relative' }}>
        {shown.map((v) => {
          const item = rows.row(v.index);
          return (
            <div
              key={item ? item.id : `loading-${v.index}`}
              role="listitem"
              aria-busy={item ? undefined : true}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${v.start}px)`,
              }}
            >
              {item ? (
                <EvidenceRow item={item} actions={actions} />
              ) : (
                <div className="evidence-row row-loading" data-testid="evidence-row-loading">
                  {t('common.loading')}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
