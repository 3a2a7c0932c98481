/**
 * One stored chat as a conversation: filters (Beijing dates, words) over chat.messages, and the
 * messages as bubbles in a virtualized list read a page at a time, so a 10,000-message chat keeps only
 * the bubbles on screen in the page. Bubbles differ in height, so each is measured once drawn.
 * Clicking a first and a last message (or shift-clicking) selects the range an excerpt keeps.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { Button, Empty, Input, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { useLoad } from '../../api/useLoad.ts';
import { usePagedRows } from '../../api/usePagedRows.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DateInput } from '../../forms/DateInput.tsx';
import { useI18n } from '../../i18n/I18n.tsx';
import { ChatBubble } from './ChatBubble.tsx';
import { ChatExcerptBar } from './ChatExcerptBar.tsx';
import { nextSelection, type Selection } from './chatText.ts';

const PAGE = 200;
const ESTIMATE = 64;
const NOTHING: Selection = { range: null, open: false };

interface Filter {
  from: string;
  to: string;
  query: string;
}

interface Props {
  chatId: number;
  /** Moves on when the case changed: the pages on screen are read again. */
  generation: unknown;
  /** A transcript or an excerpt was saved. */
  onChanged(): void;
}

export function ChatConversation({ chatId, generation, onChanged }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Filter>({ from: '', to: '', query: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [selection, setSelection] = useState<Selection>(NOTHING);
  const { range, open } = selection;

  const query = useMemo(
    () => ({
      chatId,
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
      ...(filter.query.trim() ? { query: filter.query.trim() } : {}),
    }),
    [chatId, filter],
  );
  // Only the count comes from here; the rows come a page at a time from the list below.
  const first = useLoad(() => api['chat.messages']({ ...query, offset: 0, limit: 1 }), [query, generation]);
  const source = useMemo(
    () => ({
      fetchPage: (offset: number, limit: number) =>
        api['chat.messages']({ ...query, offset, limit }).then((r) => r.messages),
    }),
    [query],
  );
  const rows = usePagedRows(source, first.data?.total ?? 0, generation, PAGE);

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATE,
    overscan: 8,
  });
  const shown = virtual.getVirtualItems();
  const top = shown[0]?.index ?? 0;
  const bottom = shown.at(-1)?.index ?? 0;
  useEffect(() => rows.show(top, bottom), [rows, top, bottom]);
  // Another chat or another filter starts at the top, with nothing selected.
  const { scrollToOffset } = virtual;
  useEffect(() => {
    scrollToOffset(0);
  }, [query, scrollToOffset]);
  useEffect(() => setSelection(NOTHING), [chatId]);

  const select = useCallback(
    (seq: number, shift: boolean) => setSelection((current) => nextSelection(current, seq, shift)),
    [],
  );

  const filtered = !!(query.from || query.to || query.query);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <form
        className="chat-filter"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(draft);
        }}
      >
        <Space wrap size="small">
          <DateInput
            size="small"
            aria-label={t('chat.filter.from')}
            placeholder={t('chat.filter.from')}
            value={draft.from}
            onChange={(from) => setDraft({ ...draft, from })}
          />
          <span>–</span>
          <DateInput
            size="small"
            aria-label={t('chat.filter.to')}
            placeholder={t('chat.filter.to')}
            value={draft.to}
            onChange={(to) => setDraft({ ...draft, to })}
          />
          <Input
            size="small"
            allowClear
            aria-label={t('chat.filter.words')}
            placeholder={t('chat.filter.words')}
            value={draft.query}
            maxLength={200}
            onChange={(e) => setDraft({ ...draft, query: e.target.value })}
            style={{ width: 200 }}
          />
          <Button size="small" htmlType="submit">
            {t('chat.filter.apply')}
          </Button>
          {filtered && (
            <Button
              size="small"
              type="link"
              onClick={() => {
                const none = { from: '', to: '', query: '' };
                setDraft(none);
                setFilter(none);
              }}
            >
              {t('chat.filter.clear')}
            </Button>
          )}
          {first.data && (
            <Typography.Text type="secondary" data-testid="chat-count">
              {t(filtered ? 'chat.countFiltered' : 'chat.count', { n: first.data.total })}
            </Typography.Text>
          )}
        </Space>
      </form>
      {first.error && <ErrorAlert error={first.error} onRetry={first.reload} />}
      {rows.error && <ErrorAlert error={rows.error} onRetry={rows.retry} />}
      <ChatExcerptBar
        chatId={chatId}
        range={range}
        open={open}
        filtered={filtered}
        onClear={() => setSelection(NOTHING)}
        onSaved={() => {
          setSelection(NOTHING);
          onChanged();
        }}
      />
      {first.data && rows.total === 0 ? (
        <Empty description={t(filtered ? 'chat.noneFiltered' : 'chat.none')} />
      ) : (
        <div
          ref={scroller}
          className="virtual-scroller chat-scroller"
          role="listbox"
          aria-multiselectable
          aria-label={t('chat.conversation')}
          data-testid="chat-conversation"
          tabIndex={0}
        >
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {shown.map((v) => {
              const m = rows.row(v.index);
              return (
                <div
                  key={m ? m.id : `loading-${v.index}`}
                  data-index={v.index}
                  ref={virtual.measureElement}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  {m ? (
                    <ChatBubble
                      message={m}
                      previous={v.index > 0 ? rows.row(v.index - 1) : undefined}
                      selected={!!range && m.seq >= range.first && m.seq <= range.last}
                      onSelect={select}
                      onTranscribed={onChanged}
                    />
                  ) : (
                    <div className="chat-loading" style={{ height: ESTIMATE }}>
                      {t('common.loading')}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </Space>
  );
}
