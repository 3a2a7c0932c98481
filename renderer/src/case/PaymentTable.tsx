/**
 * Payments as a virtualized grid: 20,000 bill rows render as fast as 20 (only visible rows exist in the
 * DOM, and only the pages that hold them are fetched; a row whose page is on its way shows as loading).
 */
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tag } from 'antd';
import type { Payment } from '../../../core/domain/types.ts';
import type { PagedRows } from '../api/usePagedRows.ts';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useVirtualPagedRows } from './useVirtualPagedRows.ts';

// The 交易单号 column fits a 32-digit id in full; the party's name takes what is left and ends in "…"
// (its full text is in the title). Below the grid's minimum width the list scrolls sideways instead
// of letting columns overlap.
const COLUMNS = '150px 110px minmax(96px, 1fr) 250px 64px 80px';
const MIN_WIDTH = 150 + 110 + 96 + 250 + 64 + 80 + 24;
const ROW_HEIGHT = 44;

export function PaymentTable({
  rows,
  onEdit,
  onRemove,
}: {
  rows: PagedRows<Payment>;
  onEdit(p: Payment): void;
  onRemove(p: Payment): void;
}) {
  const { t } = useI18n();
  const { scroller, shown, totalSize } = useVirtualPagedRows(rows, ROW_HEIGHT, 10);

  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      style={{ height: Math.min(480, ROW_HEIGHT * (rows.total + 1) + 4) }}
      role="table"
      aria-label={t('case.tab.payments')}
      aria-rowcount={rows.total + 1}
      data-testid="payment-table"
      tabIndex={0}
    >
      <div
        className="table-row table-head"
        role="row"
        style={{ gridTemplateColumns: COLUMNS, height: ROW_HEIGHT, minWidth: MIN_WIDTH }}
      >
        <span role="columnheader">{t('payments.col.time')}</span>
        <span role="columnheader" style={{ textAlign: 'right', paddingRight: 16 }}>
          {t('payments.col.amount')}
        </span>
        <span role="columnheader">{t('payments.col.counterparty')}</span>
        <span role="columnheader">{t('payments.col.txid')}</span>
        <span role="columnheader">{t('payments.col.source')}</span>
        <span role="columnheader">
          <span className="sr-only">{t('payEdit.actions')}</span>
        </span>
      </div>
      <div style={{ height: totalSize, position: 'relative', minWidth: MIN_WIDTH }}>
        {shown.map((v) => {
          const p = rows.row(v.index);
          const place = {
            gridTemplateColumns: COLUMNS,
            height: ROW_HEIGHT,
            position: 'absolute' as const,
            top: 0,
            left: 0,
            right: 0,
            transform: `translateY(${v.start}px)`,
          };
          if (!p)
            return (
              <div
                key={`loading-${v.index}`}
                role="row"
                aria-rowindex={v.index + 2}
                aria-busy="true"
                className="table-row row-loading"
                data-testid="payment-row-loading"
                style={place}
              >
                <span role="cell">{t('common.loading')}</span>
              </div>
            );
          return (
            <div
              key={p.id}
              role="row"
              aria-rowindex={v.index + 2}
              className="table-row"
              data-testid="payment-row"
              style={place}
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
                title={p.counterparty}
                style={{
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                  paddingRight: 8,
                }}
              >
                {p.counterparty}
              </span>
              <span role="cell" className="mono">
                {p.txid}
              </span>
              <span role="cell">
                <Tag>{t(p.source === 'bill' ? 'payments.source.bill' : 'payments.source.manual')}</Tag>
              </span>
              <span role="cell" style={{ whiteSpace: 'nowrap' }}>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={`${t('payEdit.title')} ${p.txid}`}
                  data-testid="payment-edit"
                  onClick={() => onEdit(p)}
                />
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
