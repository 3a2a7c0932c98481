/**
 * The case's 聊天记录 tab: import a chat export, pick one of the case's chats, read it as a
 * conversation, choose excerpts for the papers, and accept the transfers it shows as the case's
 * payments and timeline events. While the tab is open, a file dropped on the window is imported as a
 * chat (not added as plain evidence).
 */
import { Button, Col, Empty, Row, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, host } from '../../api/client.ts';
import { useLoad } from '../../api/useLoad.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NotAvailable } from '../../components/NotAvailable.tsx';
import { useI18n } from '../../i18n/I18n.tsx';
import { ChatConversation } from './ChatConversation.tsx';
import { ChatExcerpts } from './ChatExcerpts.tsx';
import { ChatImport } from './ChatImport.tsx';
import { ChatMeModal } from './ChatMeModal.tsx';
import { ChatTransfers } from './ChatTransfers.tsx';

const METHODS = ['chat.import', 'chat.list', 'chat.messages', 'chat.excerpts', 'chat.transfers'];

interface Props {
  caseId: number;
  /** Something of the case changed elsewhere (the pages are read again). */
  generation: unknown;
  /** The case changed from here (a transfer became a timeline event): the case page reloads. */
  onChanged(): void;
}

export function ChatPanel({ caseId, generation, onChanged }: Props) {
  const { t } = useI18n();
  const missing = METHODS.find((m) => !host.hasMethod(m));
  const chats = useLoad(() => api['chat.list']({ caseId }), [caseId, generation]);
  const excerpts = useLoad(() => api['chat.excerpts']({ caseId }), [caseId, generation]);
  const proposals = useLoad(() => api['chat.transfers']({ caseId }), [caseId, generation]);
  const [chosen, setChosen] = useState<number>();
  const [askingMe, setAskingMe] = useState(false);
  const list = chats.data ?? [];
  const chatId = list.some((c) => c.id === chosen) ? chosen : list[0]?.id;
  useEffect(() => {
    if (chosen !== undefined && chats.data && !chats.data.some((c) => c.id === chosen)) setChosen(undefined);
  }, [chats.data, chosen]);
  const chatNames = useMemo(() => new Map(list.map((c) => [c.id, c.file])), [list]);
  // Every change here (import, transcript, excerpt, accepted transfer) can change what the case's
  // checklist says, so each reloads the case; the lists here follow its generation.
  const onImported = useCallback(
    (id: number) => {
      setChosen(id);
      onChanged();
    },
    [onChanged],
  );

  if (missing) return <NotAvailable method={missing} />;
  const current = list.find((c) => c.id === chatId);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="chat-panel">
      <ChatImport caseId={caseId} onImported={onImported} />
      {chats.error && <ErrorAlert error={chats.error} onRetry={chats.reload} />}
      {chats.data && list.length === 0 ? (
        <Empty description={t('chat.noChats')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={15}>
            <Space direction="vertical" style={{ width: '100%' }}>
              {list.length > 1 && (
                <Select
                  aria-label={t('chat.choose')}
                  value={chatId}
                  onChange={setChosen}
                  style={{ width: '100%' }}
                  options={list.map((c) => ({
                    value: c.id,
                    label: `${c.file} · ${t('chat.messagesN', { n: c.messageCount })}`,
                  }))}
                />
              )}
              {current && (
                <Typography.Text type="secondary" data-testid="chat-source">
                  {t('chat.source', {
                    file: current.file,
                    n: current.messageCount,
                    first: current.first?.slice(0, 10) ?? '',
                    last: current.last?.slice(0, 10) ?? '',
                  })}
                  {current.errorCount > 0 && ` · ${t('chat.problems', { n: current.errorCount })}`}
                </Typography.Text>
              )}
              {current?.needsMe && (
                // Answered "以后再说" at import: the question stays here until it is answered.
                <Button size="small" onClick={() => setAskingMe(true)} data-testid="chat-ask-me">
                  {t('chat.whoAreYou')}
                </Button>
              )}
              {current && askingMe && (
                <ChatMeModal
                  caseId={caseId}
                  evidenceId={current.evidenceId}
                  senders={current.senders}
                  onAnswered={() => {
                    setAskingMe(false);
                    onChanged();
                  }}
                  onClose={() => setAskingMe(false)}
                />
              )}
              {chatId !== undefined && (
                <ChatConversation chatId={chatId} generation={generation} onChanged={onChanged} />
              )}
            </Space>
          </Col>
          <Col xs={24} lg={9}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <ChatExcerpts excerpts={excerpts} chatNames={chatNames} onRemoved={onChanged} />
              <ChatTransfers caseId={caseId} proposals={proposals} onAccepted={onChanged} />
            </Space>
          </Col>
        </Row>
      )}
    </Space>
  );
}
