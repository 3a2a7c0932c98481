/**
 * Import a chat export into the case: choose (or drop on the window while this tab is open) a file →
 * it is uploaded and read by chat.import. Where the export does not say which messages are the
 * person's, the answer lists the senders and ChatMeModal asks "这些人里哪一位是你？". chatlog's text exports
 * leave out the year: the core says so and the year is asked for, then the import is tried again.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Space, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { ChatImportResult } from '../../../../core/api/schemas/chat.ts';
import type { MissingDate } from '../../../../core/chat/types.ts';
import { api, host } from '../../api/client.ts';
import { toApiError } from '../../api/ApiError.ts';
import { TaskProgress } from '../../components/TaskProgress.tsx';
import { useI18n } from '../../i18n/I18n.tsx';
import { useDropTarget } from '../useWindowDrop.ts';
import { useTask } from '../useTask.ts';
import { ChatMeModal } from './ChatMeModal.tsx';

interface Props {
  caseId: number;
  onImported(chatId: number): void;
}

const NOTHING_IMPORTED = 'chat-nothing-imported';

export function ChatImport({ caseId, onImported }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const task = useTask();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState<ChatImportResult>();
  /** A file refused for want of its year (or day), kept so the person can give it and try again. */
  const [missing, setMissing] = useState<{ file: File; need: MissingDate }>();
  const [hint, setHint] = useState('');

  const done = useCallback(
    (r: ChatImportResult) => {
      if (r.needsMe) {
        setAsking(r);
      } else {
        setAsking(undefined);
        message.success(
          r.alreadyImported ? t('chat.alreadyImported') : t('chat.imported', { n: r.messageCount }),
        );
      }
      onImported(r.chatId);
    },
    [message, onImported, t],
  );

  const start = useCallback(
    async (file: File, dateHint?: { year: number } | { date: string }) => {
      setError(undefined);
      try {
        const r = await task.run(t('chat.importing'), async (o) => {
          const path = await host.fileToPath(file, o);
          return api['chat.import']({ caseId, path, originalName: file.name, ...dateHint }, o);
        });
        setMissing(undefined);
        done(r);
      } catch (err) {
        const e = toApiError(err);
        // A text export without its year (or day): keep the file and ask for it.
        const need = (e.details as { missingDate?: MissingDate | null } | undefined)?.missingDate;
        setMissing(e.code === NOTHING_IMPORTED && need ? { file, need } : undefined);
        setHint('');
        setError(pick(e.text));
      }
    },
    [caseId, done, pick, t, task.run],
  );

  const busy = task.task !== null;
  const onDrop = useCallback(
    (files: File[]) => {
      if (!busy && files[0]) void start(files[0]);
    },
    [busy, start],
  );
  useDropTarget(onDrop, t('chat.dropHere'));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} disabled={busy}>
          {t('chat.import')}
        </Button>
        <Typography.Text type="secondary">{t('chat.importHint')}</Typography.Text>
      </Space>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.txt,.html,.htm,.json"
        aria-label={t('chat.import')}
        data-testid="chat-file-input"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) void start(chosen);
        }}
      />
      {task.task && <TaskProgress task={task.task} onCancel={task.cancel} />}
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={error}
          style={{ whiteSpace: 'pre-line' }}
          action={
            missing && (
              <Space.Compact>
                <Input
                  size="small"
                  type={missing.need === 'date' ? 'date' : 'text'}
                  inputMode={missing.need === 'date' ? undefined : 'numeric'}
                  aria-label={t(missing.need === 'date' ? 'chat.day' : 'chat.year')}
                  placeholder={t(missing.need === 'date' ? 'chat.day' : 'chat.year')}
                  value={hint}
                  onChange={(e) =>
                    setHint(
                      missing.need === 'date'
                        ? e.target.value
                        : e.target.value.replace(/\D/g, '').slice(0, 4),
                    )
                  }
                  style={{ width: missing.need === 'date' ? 150 : 90 }}
                />
                <Button
                  size="small"
                  disabled={missing.need === 'date' ? !hint : hint.length !== 4}
                  onClick={() =>
                    void start(
                      missing.file,
                      missing.need === 'date' ? { date: hint } : { year: Number(hint) },
                    )
                  }
                >
                  {t('chat.retryWithDate')}
                </Button>
              </Space.Compact>
            )
          }
        />
      )}
      {asking && (
        <ChatMeModal
          caseId={caseId}
          evidenceId={asking.evidenceId}
          senders={asking.senders}
          onAnswered={done}
          onClose={() => setAsking(undefined)}
        />
      )}
    </Space>
  );
}
