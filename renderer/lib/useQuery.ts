import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { reportError } from '../stores/errors';

export interface Query<T> {
  data: T | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

interface Settled<T> {
  /** The request (key and reload count) this answer belongs to. */
  request: string | null;
  key: string | null;
  data: T | undefined;
  error: unknown;
}

/**
 * Loads data for a view. `key` lists what the data depends on (e.g. the workspace version and a filter); a new
 * key reloads, and an answer for an outdated key is dropped. Failures also go to the global error banner.
 * While a reload of the same key runs, the previous data stays on screen; `keepPrevious` extends that to a
 * new key (for filters).
 */
export function useQuery<T>(
  key: readonly unknown[],
  fetcher: () => Promise<T>,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
): Query<T> {
  const { enabled = true, keepPrevious = false } = options;
  const keyString = JSON.stringify(key);
  const [tick, setTick] = useState(0);
  const request = `${tick}:${keyString}`;
  const fetcherRef = useRef(fetcher);
  useLayoutEffect(() => {
    fetcherRef.current = fetcher;
  });
  const [settled, setSettled] = useState<Settled<T>>({
    request: null,
    key: null,
    data: undefined,
    error: null,
  });

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    fetcherRef.current().then(
      (data) => {
        if (live) setSettled({ request, key: keyString, data, error: null });
      },
      (error: unknown) => {
        if (!live) return;
        reportError(error);
        setSettled((s) => ({
          request,
          key: keyString,
          data: keepPrevious || s.key === keyString ? s.data : undefined,
          error,
        }));
      },
    );
    return () => {
      live = false;
    };
  }, [request, keyString, enabled, keepPrevious]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = settled.request === request;
  return {
    data: settled.key === keyString || keepPrevious ? settled.data : undefined,
    loading: enabled && !current,
    error: current ? settled.error : null,
    reload,
  };
}
