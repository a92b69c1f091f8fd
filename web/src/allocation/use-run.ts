import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiRequest } from '../api/client';
import { allocationPaths, isActive, type RunDetail } from './allocation-api';

const POLL_MS = 1000;

/** A run's detail, polled while it is queued or running; `reload` after an override. */
export function useRunDetail(runId: string) {
  const [detail, setDetail] = useState<RunDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const next = await apiRequest<RunDetail>(allocationPaths.run(runId));
        if (stopped) return;
        setDetail(next);
        setError(null);
        if (isActive(next.run.status)) timer = setTimeout(() => void load(), POLL_MS);
      } catch (e) {
        if (!stopped) setError(e instanceof ApiError ? e : new ApiError({ status: 0 }));
      }
    };
    void load();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [runId, version]);

  return { detail, error, reload };
}
