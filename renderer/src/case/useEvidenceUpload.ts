/** Adding dropped or chosen files: upload (browser mode), then hashing in the core; one cancel for both. */
import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import type { TaskState } from '../components/TaskProgress.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { intakeNotes, type IntakeNote } from './intakeNotes.ts';

export function useEvidenceUpload(caseId: number, onDone: () => void) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [task, setTask] = useState<TaskState | null>(null);
  const [notes, setNotes] = useState<IntakeNote[]>([]);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    (files: File[]) => {
      if (controller.current) return;
      setNotes([]);
      const ac = new AbortController();
      controller.current = ac;
      setTask({
        label: t('evidence.uploading', { done: 0, total: files.length }),
        done: 0,
        total: files.length * 2,
      });
      host
        .addFiles(caseId, files, {
          signal: ac.signal,
          onUpload: (done, total) =>
            setTask({ label: t('evidence.uploading', { done, total }), done, total: total * 2 }),
          onProgress: (e) =>
            setTask({
              label: t('evidence.hashing', { done: e.done, total: e.total }),
              done: files.length + e.done,
              total: files.length * 2,
            }),
        })
        .then((added) => {
          message.success(t('evidence.added', { n: added.length }));
          setNotes(intakeNotes(added, caseId));
          onDone();
        })
        .catch((err: unknown) => message.error(pick(toApiError(err).text)))
        .finally(() => {
          controller.current = null;
          setTask(null);
        });
    },
    [caseId, onDone, t, pick, message],
  );

  return { task, start, notes, clearNotes: () => setNotes([]), cancel: () => controller.current?.abort() };
}
