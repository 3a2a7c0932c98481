/**
 * The rows of a parsed bill with filters and checkboxes; rows with an untrustworthy 交易单号 cannot be
 * picked. A row the parser kept with a warning carries a "见行旁说明" marker, and its warning is shown
 * open on the line under it.
 */
import { WarningOutlined } from '@ant-design/icons';
import { Input, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { BillError, BillRow } from '../../../core/importers/types.ts';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';

interface Props {
  rows: BillRow[];
  /** Problems reported beside kept rows, by row number. */
  notes: Map<number, BillError[]>;
  selected: number[];
  onSelect(rows: number[]): void;
}

export function BillPreviewTable({ rows, notes, selected, onSelect }: Props) {
  const { t, pick } = useI18n();
  const [text, setText] = useState('');
  const [direction, setDirection] = useState<'all' | BillRow['direction']>('all');
  const shown = useMemo(() => {
    const q = text.trim().toLowerCase();
    return rows.filter(
      (r) =>
        (direction === 'all' || r.direction === direction) &&
        (!q || `${r.counterparty} ${r.item} ${r.txid} ${r.type}`.toLowerCase().includes(q)),
    );
  }, [rows, text, direction]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Input.Search
          allowClear
          placeholder={t('bill.filterText')}
          aria-label={t('bill.filterText')}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 320 }}
        />
        <Select
          value={direction}
          onChange={setDirection}
          aria-label={t('bill.filterDirection')}
          style={{ width: 140 }}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'expense', label: t('direction.expense') },
            { value: 'income', label: t('direction.income') },
            { value: 'neutral', label: t('direction.neutral') },
          ]}
        />
      </Space>
      <Table<BillRow>
        data-testid="bill-preview"
        rowKey="row"
        size="small"
        dataSource={shown}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ y: 320 }}
        expandable={{
          showExpandColumn: false,
          expandedRowKeys: shown.filter((r) => notes.has(r.row)).map((r) => r.row),
          rowExpandable: (r) => notes.has(r.row),
          expandedRowRender: (r) => (
            <div className="bill-row-note" data-testid="bill-row-note">
              <WarningOutlined aria-hidden style={{ color: '#ad4e00' }} />{' '}
              {(notes.get(r.row) ?? []).map((e, i) => (
                <span key={i}>
                  {t('bill.rowN', { n: r.row })}
                  {e.column ? `${e.column}：` : ''}
                  {pick(e.message)}{' '}
                </span>
              ))}
            </div>
          ),
        }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => onSelect(keys.map(Number)),
          getCheckboxProps: (r) => ({
            disabled: r.txid === '',
            'aria-label': `${shortTime(r.time)} ${yuan(r.amountFen)} ${r.counterparty}`,
          }),
        }}
        columns={[
          {
            title: t('payments.col.time'),
            dataIndex: 'time',
            width: 160,
            render: (v: string, r) => (
              <>
                {shortTime(v)}
                {notes.has(r.row) && (
                  <Tag color="orange" style={{ marginInlineStart: 4 }} data-testid="bill-row-marker">
                    {t('bill.seeNote')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('payments.direction'),
            dataIndex: 'direction',
            width: 80,
            render: (d: BillRow['direction']) => t(`direction.${d}`),
          },
          {
            title: t('payments.col.amount'),
            dataIndex: 'amountFen',
            width: 110,
            align: 'right',
            render: (f: number) => yuan(f),
          },
          { title: t('payments.col.counterparty'), dataIndex: 'counterparty', ellipsis: true },
          { title: t('payments.col.type'), dataIndex: 'type', width: 110, ellipsis: true },
          {
            title: t('payments.col.txid'),
            dataIndex: 'txid',
            width: 280,
            render: (v: string) =>
              v ? <span className="mono">{v}</span> : <Tag color="orange">{t('bill.untrusted')}</Tag>,
          },
        ]}
      />
    </Space>
  );
}
