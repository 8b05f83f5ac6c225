import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { VerbatimRow } from '../../shared/domain';
import { api } from '../api';
import { pagesForRange } from '../lib/virtual';
import { reportError } from '../stores/errors';
import { listInput, type VerbatimFilters } from './filters';

export const PAGE_SIZE = 200;

export interface VerbatimPages {
  /** Rows matching the filters, once the first page has answered. */
  total: number | null;
  /** The row at an index, or undefined while its page loads. */
  rowAt: (index: number) => VerbatimRow | undefined;
  /** Asks for the pages holding rows start..end-1 (batched: only the latest request of a fast scroll runs). */
  ensure: (start: number, end: number) => void;
  /** True until the first page of the current filters has answered (or failed). */
  loading: boolean;
  error: unknown;
  /** Fetches again, keeping the rows on screen until the new ones arrive (after an undo, a merge…). */
  refresh: () => void;
}

/**
 * Pages of verbatims.list, fetched on demand as the list scrolls and cached by offset. A new `key` (filters or
 * workspace) starts afresh; answers for an outdated key are dropped.
 */
export function useVerbatimPages(filters: VerbatimFilters, key: string): VerbatimPages {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [refreshTick, setRefreshTick] = useState(0);
  const pages = useRef(new Map<number, VerbatimRow[]>());
  const stale = useRef(new Map<number, VerbatimRow[]>());
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const lastRange = useRef<[number, number]>([0, 1]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const filtersRef = useRef(filters);
  const [state, setState] = useState<{ key: string; total: number | null; error: unknown; settled: boolean }>(
    {
      key,
      total: null,
      error: null,
      settled: false,
    },
  );
  useEffect(() => {
    filtersRef.current = filters;
  });

  const fetchPage = useCallback((page: number) => {
    if (pages.current.has(page) || inflight.current.has(page)) return;
    inflight.current.add(page);
    const gen = generation.current;
    api['verbatims.list'](listInput(filtersRef.current, page * PAGE_SIZE, PAGE_SIZE)).then(
      (result) => {
        if (gen !== generation.current) return;
        inflight.current.delete(page);
        pages.current.set(page, result.rows);
        stale.current.delete(page);
        setState((s) => ({ ...s, total: result.total, error: null, settled: true }));
        rerender();
      },
      (error: unknown) => {
        if (gen !== generation.current) return;
        inflight.current.delete(page);
        reportError(error);
        setState((s) => ({ ...s, error, settled: true }));
      },
    );
  }, []);

  // A new key (or a refresh) starts a new generation; a refresh keeps the old rows visible meanwhile.
  const keyRef = useRef(key);
  useEffect(() => {
    const sameKey = keyRef.current === key;
    keyRef.current = key;
    generation.current++;
    stale.current = sameKey ? new Map([...stale.current, ...pages.current]) : new Map();
    pages.current = new Map();
    inflight.current = new Set();
    if (!sameKey) {
      lastRange.current = [0, 1];
      setState({ key, total: null, error: null, settled: false });
    }
    for (const p of pagesForRange(lastRange.current[0], lastRange.current[1], PAGE_SIZE)) fetchPage(p);
    if (!pagesForRange(lastRange.current[0], lastRange.current[1], PAGE_SIZE).includes(0)) fetchPage(0);
  }, [key, refreshTick, fetchPage]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      lastRange.current = [start, end];
      if (timer.current) clearTimeout(timer.current);
      const missing = pagesForRange(start, end, PAGE_SIZE).filter((p) => !pages.current.has(p));
      if (missing.length === 0) return;
      // While the user drags the scrollbar across thousands of rows, only the place where it stops is fetched.
      timer.current = setTimeout(() => {
        for (const p of missing) fetchPage(p);
      }, 60);
    },
    [fetchPage],
  );

  const rowAt = (index: number) => {
    const page = Math.floor(index / PAGE_SIZE);
    const slot = index % PAGE_SIZE;
    return pages.current.get(page)?.[slot] ?? stale.current.get(page)?.[slot];
  };

  const current = state.key === key;
  return {
    total: current ? state.total : null,
    rowAt,
    ensure,
    loading: !current || !state.settled,
    error: current ? state.error : null,
    refresh: useCallback(() => setRefreshTick((n) => n + 1), []),
  };
}
