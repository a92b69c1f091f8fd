import { useEffect, useState } from 'react';
import { ApiError, apiRequest } from './client';

/** The state of a GET request made by a page: loading, loaded or failed. */
export type ApiState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: ApiError };

type Settled<T> = { path: string } & ({ ok: true; data: T } | { ok: false; error: ApiError });

/** Loads `path` with GET whenever it changes (null → idle); stale answers are discarded. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    apiRequest<T>(path, { signal: controller.signal }).then(
      (data) => setSettled({ path, ok: true, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError({ status: 0, title: String(error) });
        setSettled({ path, ok: false, error: apiError });
      },
    );
    return () => controller.abort();
  }, [path]);

  if (path === null) return { status: 'idle' };
  if (settled === null || settled.path !== path) return { status: 'loading' };
  return settled.ok
    ? { status: 'ok', data: settled.data }
    : { status: 'error', error: settled.error };
}
