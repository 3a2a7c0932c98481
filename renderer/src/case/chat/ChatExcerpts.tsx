/** The excerpts chosen for the papers (chat.excerpts): each one's title and range, and removing one. */
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, List, Popconfirm, Typography } from 'antd';
import type { ChatExcerpt } from '../../../../db/queries/chatExcerpts.ts';
import { api } from '../../api/client.ts';
import { toApiError } from '../../api/ApiError.ts';
import type { Loaded } from '../../api/useLoad.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18n.tsx';

interface Props {
  excerpts: Loaded<ChatExcerpt[]>;
  /** File names by chat id, to say which chat an excerpt is from when the case has several. */
  chatNames: Map<number, string>;
  onRemoved(): void;
}

export function ChatExcerpts({ excerpts, chatNames, onRemoved }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const remove = (e: ChatExcerpt) =>
    api['chat.removeExcerpt']({ id: e.id })
      .then(onRemoved)
      .catch((err: unknown) => {
        message.error(pick(toApiError(err).text));
      });
  return (
    <Card size="small" title={t('chat.excerpts')} data-testid="chat-excerpts">
      {excerpts.error && <ErrorAlert error={excerpts.error} onRetry={excerpts.reload} />}
      {excerpts.data && excerpts.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chat.noExcerpts')} />
      ) : (
        <List
          size="small"
          dataSource={excerpts.data ?? []}
          rowKey="id"
          renderItem={(e) => (
            <List.Item
              data-testid="chat-excerpt"
              actions={[
                <Popconfirm
                  key="remove"
                  title={t('chat.removeExcerptConfirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => remove(e)}
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('common.remove')} ${e.title}`}
                  />
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={e.title || t('chat.untitled')}
                description={
                  <Typography.Text type="secondary">
                    {t('chat.excerptRange', { first: e.firstSeq + 1, last: e.lastSeq + 1 })}
                    {chatNames.size > 1 ? ` · ${chatNames.get(e.chatId) ?? ''}` : ''}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
