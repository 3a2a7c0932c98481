/**
 * Payments as a virtualized grid: 20,000 bill rows render as fast as 20 (only visible rows exist in the DOM).
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tag } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Payment } from '../../../core/domain/types.ts';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';

const COLUMNS = '170px 120px 1fr 260px 90px 56px';
const ROW_HEIGHT = 44;

export function PaymentTable({ payments, onRemove }: { payments: Payment[]; onRemove(p: Payment): void }) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: payments.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      style={{ height: Math.min(480, ROW_HEIGHT * (payments.length + 1) + 4) }}
      role="table"
      aria-label={t('case.tab.payments')}
      aria-rowcount={payments.length + 1}
      data-testid="payment-table"
      tabIndex={0}
    >
      <div
        className="table-row table-head"
        role="row"
        style={{ gridTemplateColumns: COLUMNS, height: ROW_HEIGHT }}
      >
        <span role="columnheader">{t('payments.col.time')}</span>
        <span role="columnheader" style={{ textAlign: 'right', paddingRight: 16 }}>
          {t('payments.col.amount')}
        </span>
        <span role="columnheader">{t('payments.col.counterparty')}</span>
        <span role="columnheader">{t('payments.col.txid')}</span>
        <span role="columnheader">{t('payments.col.source')}</span>
        <span role="columnheader">
          <span className="sr-only">{t('common.remove')}</span>
        </span>
      </div>
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((v) => {
          const p = payments[v.index]!;
          return (
            <div
              key={p.id}
              role="row"
              aria-rowindex={v.index + 2}
              className="table-row"
              data-testid="payment-row"
              style={{
                gridTemplateColumns: COLUMNS,
                height: ROW_HEIGHT,
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${v.start}px)`,
              }}
            >
              <span role="cell">{shortTime(p.time)}</span>
              <span
                role="cell"
                style={{
                  textAlign: 'right',
                  paddingRight: 16,
                  color: p.direction === 'expense' ? '#a8071a' : undefined,
                }}
              >
                {p.direction === 'expense' ? '-' : ''}
                {yuan(p.amountFen)}
              </span>
              <span
                role="cell"
                style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              >
                {p.counterparty}
              </span>
              <span role="cell" className="mono">
                {p.txid}
              </span>
              <span role="cell">
                <Tag>{t(p.source === 'bill' ? 'payments.source.bill' : 'payments.source.manual')}</Tag>
              </span>
              <span role="cell">
                <Popconfirm
                  title={t('payments.removeConfirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => onRemove(p)}
                >
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('common.remove')} ${p.txid}`}
                  />
                </Popconfirm>
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
