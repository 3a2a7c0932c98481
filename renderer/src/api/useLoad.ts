/**
 * Load data for a screen: { data, error, loading, reload }. A newer load wins over an older one, so a
 * slow answer never overwrites a fresh one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from './ApiError.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  // The caller lists what the load depends on, like useEffect.
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    run()
      .then((value) => {
        if (mine !== generation.current) return;
        setData(value);
        setError(undefined);
      })
      .catch((err: unknown) => {
        if (mine === generation.current) setError(toApiError(err));
      })
      .finally(() => {
        if (mine === generation.current) setLoading(false);
      });
  }, [run]);
  useEffect(reload, [reload]);
  return { data, error, loading, reload };
}
