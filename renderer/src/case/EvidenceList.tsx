/** Evidence as a virtualized list: 2,000 items keep the page as quick as 20. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { EvidenceItem } from '../../../core/domain/types.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { EvidenceRow, type EvidenceRowActions } from './EvidenceRow.tsx';

const ROW_HEIGHT = 76;

export function EvidenceList({ items, actions }: { items: EvidenceItem[]; actions: EvidenceRowActions }) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      style={{ height: Math.min(520, ROW_HEIGHT * items.length + 4) }}
      role="list"
      aria-label={t('case.tab.evidence')}
      data-testid="evidence-list"
    >
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((v) => {
          const item = items[v.index]!;
          return (
            <div
              key={item.id}
              role="listitem"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${v.start}px)`,
              }}
            >
              <EvidenceRow item={item} actions={actions} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
