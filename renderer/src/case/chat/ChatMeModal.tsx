/**
 * "这些人里哪一位是你？": where a chat export does not say which messages are the person's, they pick
 * themselves among its senders; the answer goes to chat.import with the stored export's evidence id
 * and `me` (nothing is stored twice; the choice is audited).
 */
import { Alert, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ChatImportResult } from '../../../../core/api/schemas/chat.ts';
import type { ChatSender } from '../../../../db/queries/chats.ts';
import { api } from '../../api/client.ts';
import { toApiError } from '../../api/ApiError.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { senderLabel } from './chatText.ts';

interface Props {
  caseId: number;
  evidenceId: number;
  senders: ChatSender[];
  onAnswered(r: ChatImportResult): void;
  onClose(): void;
}

export function ChatMeModal({ caseId, evidenceId, senders, onAnswered, onClose }: Props) {
  const { t, pick } = useI18n();
  const [me, setMe] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  async function answer(key: string) {
    setSaving(true);
    setError(undefined);
    try {
      onAnswered(await api['chat.import']({ caseId, evidenceId, me: key }));
    } catch (err) {
      setError(pick(toApiError(err).text));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t('chat.whoAreYou')}
      okText={t('common.save')}
      cancelText={t('chat.later')}
      okButtonProps={{ disabled: me === undefined, loading: saving }}
      onOk={() => me !== undefined && void answer(me)}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('chat.whoAreYouWhy')}</Typography.Paragraph>
      <Radio.Group value={me} onChange={(e) => setMe(e.target.value as string)} data-testid="chat-me-choice">
        <Space direction="vertical">
          {senders.map((s) => (
            <Radio key={s.key} value={s.key}>
              {senderLabel(s)} · {t('chat.messagesN', { n: s.messages })}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
