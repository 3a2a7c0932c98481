/**
 * The full reading of one evidence item (`ocr.get`: text, word boxes, payment, identifiers, suggested
 * kind), asked again every 1.5 s while it is waiting or being read, and again after 重新识别.
 */
import { useCallback, useEffect, useState } from 'react';
import type { EvidenceTextView } from '../../../core/api/schemas/ocr.ts';
import { api } from '../api/client.ts';
import { toApiError, type ApiError } from '../api/ApiError.ts';
import { refreshOcrStatus } from './ocrStatusStore.ts';

const POLL_MS = 1500;

export interface EvidenceReading {
  reading: EvidenceTextView | undefined;
  error: ApiError | undefined;
  rerun(): void;
  rerunning: boolean;
}

export function useEvidenceReading(evidenceId: number): EvidenceReading {
  const [reading, setReading] = useState<EvidenceTextView>();
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const [rerunning, setRerunning] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      api['ocr.get']({ evidenceId })
        .then((r) => {
          if (stopped) return;
          setReading(r);
          setError(undefined);
          if (r.status === 'pending' || r.status === 'running') timer = setTimeout(load, POLL_MS);
          else refreshOcrStatus(evidenceId);
        })
        .catch((err: unknown) => {
          if (!stopped) setError(toApiError(err));
        });
    };
    load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [evidenceId, generation]);

  const rerun = useCallback(() => {
    setRerunning(true);
    api['ocr.rerun']({ evidenceId })
      .then(() => {
        refreshOcrStatus(evidenceId);
        setGeneration((g) => g + 1);
      })
      .catch((err: unknown) => setError(toApiError(err)))
      .finally(() => setRerunning(false));
  }, [evidenceId]);

  return { reading, error, rerun, rerunning };
}
