/** One cancellable long call with its progress, for generate/import buttons. */
import { useCallback, useRef, useState } from 'react';
import type { CallOptions } from '../../../core/api/contract.ts';
import type { TaskState } from '../components/TaskProgress.tsx';

export function useTask() {
  const [task, setTask] = useState<TaskState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(
    async <T>(label: string, work: (options: CallOptions) => Promise<T>): Promise<T> => {
      const ac = new AbortController();
      controller.current = ac;
      setTask({ label, done: 0, total: 1 });
      try {
        return await work({
          signal: ac.signal,
          onProgress: (e) =>
            setTask({ label: `${label} ${e.phase} ${e.done}/${e.total}`, done: e.done, total: e.total }),
        });
      } finally {
        controller.current = null;
        setTask(null);
      }
    },
    [],
  );
  return { task, run, cancel: () => controller.current?.abort() };
}
