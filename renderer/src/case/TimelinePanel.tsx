/** The case drawn on one time axis: payments, contacts, complaints, police, refunds and deadlines. */
import { ClockCircleOutlined, DeleteOutlined, EditOutlined, PayCircleOutlined } from '@ant-design/icons';
import { App, Button, Col, Empty, Popconfirm, Row, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Payment, TimelineEvent } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { AddEventForm } from './AddEventForm.tsx';
import { EventEditModal } from './EventEditModal.tsx';
import { AXIS_PAYMENTS, axisItems, type AxisDeadline, type AxisItem } from './timelineItems.ts';

const NO_PAYMENTS: Payment[] = [];

const COLORS: Record<AxisItem['kind'], string> = {
  payment: 'red',
  contact: 'blue',
  complaint: 'orange',
  police: 'purple',
  refund: 'green',
  other: 'gray',
  deadline: 'gray',
};

interface Props {
  caseId: number;
  /** Changes after any edit of the case: the payments on the axis are read again. */
  generation: unknown;
  events: TimelineEvent[];
  deadlines: AxisDeadline[];
  onChanged(): void;
}

export function TimelinePanel({ caseId, generation, events, deadlines, onChanged }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<TimelineEvent>();
  const expenses = useLoad(
    // One more than the axis draws, so "only the first N" is said only when more exist.
    () => api['payment.list']({ caseId, direction: 'expense', limit: AXIS_PAYMENTS + 1 }),
    [caseId, generation],
  );
  const payments = expenses.data ?? NO_PAYMENTS;
  const items = useMemo(
    () =>
      axisItems(
        payments,
        events,
        deadlines,
        (p) => `${t('event.payment')} ${yuan(p.amountFen)} → ${p.counterparty || '?'}`,
      ),
    [payments, events, deadlines, t],
  );

  async function remove(id: number) {
    try {
      await api['timeline.remove']({ id });
      onChanged();
    } catch (err) {
      message.error(pick(toApiError(err).text));
    }
  }

  return (
    <Row gutter={32}>
      <Col span={15}>
        {expenses.error && <ErrorAlert error={expenses.error} onRetry={expenses.reload} />}
        {payments.length > AXIS_PAYMENTS && (
          <Typography.Paragraph type="secondary" data-testid="timeline-capped">
            {t('timeline.paymentsCapped', { n: AXIS_PAYMENTS })}
          </Typography.Paragraph>
        )}
        {items.length === 0 ? (
          <Empty description={t('timeline.empty')} />
        ) : (
          <Timeline
            mode="left"
            data-testid="case-timeline"
            items={items.map((it) => ({
              key: it.key,
              color: it.kind === 'deadline' && !it.passed ? 'blue' : COLORS[it.kind],
              dot:
                it.kind === 'payment' ? (
                  <PayCircleOutlined />
                ) : it.kind === 'deadline' ? (
                  <ClockCircleOutlined />
                ) : undefined,
              label: shortTime(it.at).slice(0, 16),
              children: (
                <div data-testid="timeline-item">
                  <Tag color={COLORS[it.kind] === 'gray' ? 'default' : COLORS[it.kind]}>
                    {t(`event.${it.kind}`)}
                  </Tag>
                  <Typography.Text>{it.text}</Typography.Text>
                  {it.ref && (
                    <Typography.Text type="secondary" className="mono">
                      {' '}
                      #{it.ref}
                    </Typography.Text>
                  )}
                  {it.eventId !== undefined && (
                    <Button
                      type="text"
                      size="small"
                      icon={<EditOutlined />}
                      data-testid="event-edit"
                      aria-label={`${t('eventEdit.title')}: ${it.text}`}
                      onClick={() => setEditing(events.find((e) => e.id === it.eventId))}
                    />
                  )}
                  {it.eventId !== undefined && (
                    <Popconfirm
                      title={t('timeline.removeConfirm')}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={() => void remove(it.eventId!)}
                    >
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`${t('common.remove')}: ${it.text}`}
                      />
                    </Popconfirm>
                  )}
                </div>
              ),
            }))}
          />
        )}
      </Col>
      <Col span={9}>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('timeline.add')}
        </Typography.Title>
        <AddEventForm caseId={caseId} onAdded={onChanged} />
      </Col>
      {editing && (
        <EventEditModal event={editing} onClose={() => setEditing(undefined)} onSaved={onChanged} />
      )}
    </Row>
  );
}
