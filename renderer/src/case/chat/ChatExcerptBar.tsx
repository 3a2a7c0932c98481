/**
 * The range chosen in the conversation and the button that keeps it as an excerpt for the papers
 * (chat.saveExcerpt). An excerpt is always every message between its first and last, in order (the
 * exhibit must be complete), so with a filter on the bar says that hidden messages are included.
 */
import { Alert, App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { toApiError } from '../../api/ApiError.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { SeqRange } from './chatText.ts';

interface Props {
  chatId: number;
  range: SeqRange | null;
  open: boolean;
  filtered: boolean;
  onClear(): void;
  onSaved(): void;
}

export function ChatExcerptBar({ chatId, range, open, filtered, onClear, onSaved }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [title, setTitle] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  if (!range)
    return (
      <Typography.Text type="secondary" data-testid="chat-select-hint">
        {t('chat.selectHint')}
      </Typography.Text>
    );

  async function save(r: SeqRange) {
    setSaving(true);
    setError(undefined);
    try {
      await api['chat.saveExcerpt']({
        chatId,
        firstSeq: r.first,
        lastSeq: r.last,
        ...(title.trim() ? { title: title.trim() } : {}),
      });
      message.success(t('chat.excerptSaved'));
      setTitle('');
      onSaved();
    } catch (err) {
      setError(pick(toApiError(err).text));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="chat-excerpt-bar" data-testid="chat-excerpt-bar">
      <Space wrap size="small">
        <Typography.Text strong data-testid="chat-selected">
          {t('chat.selected', {
            first: range.first + 1,
            last: range.last + 1,
            n: range.last - range.first + 1,
          })}
        </Typography.Text>
        {open && <Typography.Text type="secondary">{t('chat.selectLast')}</Typography.Text>}
        <Input
          size="small"
          value={title}
          maxLength={200}
          aria-label={t('chat.excerptTitle')}
          placeholder={t('chat.excerptTitle')}
          onChange={(e) => setTitle(e.target.value)}
          style={{ width: 200 }}
        />
        <Button size="small" type="primary" loading={saving} onClick={() => void save(range)}>
          {t('chat.saveExcerpt')}
        </Button>
        <Button size="small" onClick={onClear}>
          {t('chat.clearSelection')}
        </Button>
      </Space>
      {filtered && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('chat.excerptWhole')}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 4 }} />}
    </div>
  );
}
