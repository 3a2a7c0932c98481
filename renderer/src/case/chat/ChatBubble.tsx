/**
 * One message as a bubble: the person's own on the right, the other side's on the left, system lines
 * centred; transfers with amount, direction and memo; voice messages flagged 需转写 until the person
 * types what was said (chat.transcribe). A day separator goes above the first message of each day.
 */
import { Button, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { StoredChatMessage } from '../../../../db/queries/chats.ts';
import { api } from '../../api/client.ts';
import { toApiError } from '../../api/ApiError.ts';
import { yuan } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { MessageKey } from '../../i18n/zh.ts';
import { clockOf, dayOf } from './chatText.ts';

interface Props {
  message: StoredChatMessage;
  /** The message just above (undefined at the top, or while its page is on its way: the day is shown then). */
  previous: StoredChatMessage | undefined;
  selected: boolean;
  onSelect(seq: number, shift: boolean): void;
  onTranscribed(m: StoredChatMessage): void;
}

function MessageBody({ m }: { m: StoredChatMessage }) {
  const { t } = useI18n();
  if (m.kind === 'transfer' || m.kind === 'red-packet') {
    const direction = m.transferDirection ? t(`chat.direction.${m.transferDirection}` as MessageKey) : '';
    return (
      <span data-testid="chat-transfer">
        <strong>
          {t(m.kind === 'transfer' ? 'chat.kind.transfer' : 'chat.kind.red-packet')}
          {m.amountFen !== null ? ` ${yuan(m.amountFen)}` : ''}
        </strong>
        {direction && ` · ${direction}`}
        {m.memo && <div>{t('chat.memo', { memo: m.memo })}</div>}
      </span>
    );
  }
  if (m.kind === 'text' || m.kind === 'system' || m.kind === 'recall') return <>{m.text}</>;
  const label = t(`chat.kind.${m.kind}` as MessageKey);
  return (
    <span className="chat-media">
      {m.text && m.text !== `[${label}]` ? `[${label}] ${m.text}` : `[${label}]`}
    </span>
  );
}

function Transcript({
  m,
  onTranscribed,
}: {
  m: StoredChatMessage;
  onTranscribed(m: StoredChatMessage): void;
}) {
  const { t, pick } = useI18n();
  // What is on record: the stored transcript, or the one just saved until the page is read again.
  const [kept, setKept] = useState(m.transcript);
  const [draft, setDraft] = useState<string | null>(kept === null ? '' : null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  if (draft === null)
    return (
      <div className="chat-transcript" data-testid="chat-transcript">
        <Tag color="green">{t('chat.transcribed')}</Tag>
        {kept}
        <Button size="small" type="link" onClick={() => setDraft(kept ?? '')}>
          {t('common.edit')}
        </Button>
      </div>
    );
  async function save() {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await api['chat.transcribe']({ messageId: m.id, transcript: draft ?? '' });
      setKept(saved.transcript);
      setDraft(null);
      onTranscribed(saved);
    } catch (err) {
      setError(pick(toApiError(err).text));
    } finally {
      setSaving(false);
    }
  }
  return (
    // Clicks here are typing, not choosing the excerpt's range.
    <div className="chat-transcript" onClick={(e) => e.stopPropagation()}>
      {kept === null && (
        <Tag color="orange" data-testid="chat-needs-transcript">
          {t('chat.needsTranscript')}
        </Tag>
      )}
      <Space.Compact style={{ width: '100%', marginTop: 4 }}>
        <Input
          size="small"
          value={draft}
          aria-label={t('chat.transcriptLabel', { time: m.time.slice(0, 16).replace('T', ' ') })}
          placeholder={t('chat.transcriptPlaceholder')}
          maxLength={5000}
          onChange={(e) => setDraft(e.target.value)}
          onPressEnter={() => void save()}
        />
        <Button size="small" loading={saving} disabled={!draft?.trim()} onClick={() => void save()}>
          {t('chat.transcriptSave')}
        </Button>
      </Space.Compact>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </div>
  );
}

export function ChatBubble({ message: m, previous, selected, onSelect, onTranscribed }: Props) {
  const { t } = useI18n();
  const day = dayOf(m.time);
  const newDay = !previous || dayOf(previous.time) !== day;
  const side = m.kind === 'system' || m.kind === 'recall' ? 'center' : m.fromMe ? 'mine' : 'theirs';
  return (
    <div className="chat-row-wrap">
      {newDay && (
        <div className="chat-day" role="separator" data-testid="chat-day">
          {day}
        </div>
      )}
      <div
        className={`chat-row chat-${side}${selected ? ' chat-selected' : ''}`}
        data-testid="chat-bubble"
        data-seq={m.seq}
        aria-selected={selected}
        role="option"
        tabIndex={0}
        onClick={(e) => onSelect(m.seq, e.shiftKey)}
        onKeyDown={(e) => {
          // Enter or Space chooses from the keyboard as a click does (Shift stretches the range).
          if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
          e.preventDefault();
          onSelect(m.seq, e.shiftKey);
        }}
      >
        <div className="chat-meta">
          {side !== 'center' && <span className="chat-sender">{m.sender || t('chat.unknownSender')}</span>}
          <span className="chat-time">{clockOf(m.time)}</span>
          {m.fromMe === null && side !== 'center' && <Tag>{t('chat.sideUnknown')}</Tag>}
        </div>
        <div className="chat-bubble">
          <MessageBody m={m} />
          {m.kind === 'voice' && <Transcript key={m.transcript ?? ''} m={m} onTranscribed={onTranscribed} />}
        </div>
      </div>
    </div>
  );
}
