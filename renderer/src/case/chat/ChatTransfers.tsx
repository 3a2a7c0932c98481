/**
 * The transfers found in the case's chats, each proposed as one of the case's payments (same amount,
 * minutes apart, nearest first) and as a timeline event (chat.transfers). Accepting links the message
 * to the payment chosen, or to none, and adds the event when asked (chat.acceptTransfer).
 */
import { Button, Card, Checkbox, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TransferProposal } from '../../../../core/chat/transferProposals.ts';
import { api } from '../../api/client.ts';
import { toApiError } from '../../api/ApiError.ts';
import type { Loaded } from '../../api/useLoad.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { yuan } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { MessageKey } from '../../i18n/zh.ts';

interface Props {
  caseId: number;
  proposals: Loaded<TransferProposal[]>;
  onAccepted(): void;
}

function Proposal({ caseId, p, onAccepted }: { caseId: number; p: TransferProposal; onAccepted(): void }) {
  const { t, pick } = useI18n();
  const [addEvent, setAddEvent] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function accept(paymentId: number | null) {
    setBusy(true);
    setError(undefined);
    try {
      await api['chat.acceptTransfer']({ caseId, messageId: p.messageId, paymentId, addEvent });
      onAccepted();
    } catch (err) {
      setError(pick(toApiError(err).text));
    } finally {
      setBusy(false);
    }
  }

  const who = p.fromMe ? t('chat.me') : p.sender;
  return (
    <List.Item data-testid="chat-transfer-proposal">
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text strong>
          {yuan(p.amountFen)} · {who}
          {p.direction ? ` · ${t(`chat.direction.${p.direction}` as MessageKey)}` : ''}
        </Typography.Text>
        <Typography.Text type="secondary">
          {p.time.slice(0, 16).replace('T', ' ')}
          {p.memo ? ` · ${t('chat.memo', { memo: p.memo })}` : ''} ·{' '}
          {t('chat.line', { file: p.file, line: p.line })}
        </Typography.Text>
        {p.accepted ? (
          <Space wrap>
            {p.accepted.paymentId !== null && (
              <Tag color="green" data-testid="chat-transfer-linked">
                {t('chat.linked', {
                  txid:
                    p.payments.find((x) => x.id === p.accepted?.paymentId)?.txid ??
                    `#${p.accepted.paymentId}`,
                })}
              </Tag>
            )}
            {p.accepted.eventId !== null && <Tag color="blue">{t('chat.onTimeline')}</Tag>}
          </Space>
        ) : (
          <>
            {p.payments.length === 0 && (
              <Typography.Text type="secondary">{t('chat.noPayment')}</Typography.Text>
            )}
            {p.payments.map((pay) => (
              <Button
                key={pay.id}
                size="small"
                type="primary"
                ghost
                loading={busy}
                onClick={() => void accept(pay.id)}
                style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'left' }}
              >
                {t('chat.linkPayment', { txid: pay.txid, minutes: pay.minutesApart })}
              </Button>
            ))}
            <Space wrap>
              <Checkbox checked={addEvent} onChange={(e) => setAddEvent(e.target.checked)}>
                {t('chat.addEvent')}
              </Checkbox>
              <Button size="small" loading={busy} disabled={!addEvent} onClick={() => void accept(null)}>
                {t('chat.eventOnly')}
              </Button>
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('chat.eventText', { text: p.eventText })}
            </Typography.Text>
          </>
        )}
        {error && (
          <Typography.Text type="danger" role="alert">
            {error}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

export function ChatTransfers({ caseId, proposals, onAccepted }: Props) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('chat.transfers')} data-testid="chat-transfers">
      {proposals.error && <ErrorAlert error={proposals.error} onRetry={proposals.reload} />}
      {proposals.data && proposals.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chat.noTransfers')} />
      ) : (
        <List
          size="small"
          dataSource={proposals.data ?? []}
          rowKey="messageId"
          renderItem={(p) => <Proposal caseId={caseId} p={p} onAccepted={onAccepted} />}
        />
      )}
    </Card>
  );
}
