import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { VerbatimRow } from '../../shared/domain';
import { api } from '../api';
import { pagesForRange } from '../lib/virtual';
import { reportError } from '../stores/errors';
import { listInput, type VerbatimFilters } from './filters';

export const PAGE_SIZE = 200;
/** Rows fetched beyond the mounted ones, in the direction of travel, so a steady scroll never waits. */
const PREFETCH_ROWS = 100;
/** Faster than this (rows per millisecond) the list is being flung or dragged: wait for it to settle. */
const FLING_ROWS_PER_MS = 2;
const SETTLE_MS = 80;

export interface VerbatimPages {
  /** Rows matching the filters, once the first page has answered. */
  total: number | null;
  /** The row at an index, or undefined while its page loads. */
  rowAt: (index: number) => VerbatimRow | undefined;
  /** Says which rows are mounted (start..end-1), so that their pages are fetched. */
  ensure: (start: number, end: number) => void;
  /** True until the first page of the current filters has answered (or failed). */
  loading: boolean;
  error: unknown;
  /** Fetches again, keeping the rows on screen until the new ones arrive (after an undo, a merge…). */
  refresh: () => void;
}

/**
 * Pages of verbatims.list, fetched on demand as the list scrolls and cached by offset. One request at a time,
 * always for the latest place the list rests on: the local server answers one call after the other, so a
 * queue of calls for places already scrolled past would only delay the one that matters. A new `key`
 * (filters or workspace) starts afresh; answers for an outdated key are dropped.
 */
export function useVerbatimPages(filters: VerbatimFilters, key: string): VerbatimPages {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [refreshTick, setRefreshTick] = useState(0);
  const pages = useRef(new Map<number, VerbatimRow[]>());
  const stale = useRef(new Map<number, VerbatimRow[]>());
  const generation = useRef(0);
  const busy = useRef(false);
  const wanted = useRef<[number, number]>([0, 1]);
  const total = useRef<number | null>(null);
  const last = useRef({ time: 0, start: 0 });
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

  /** Fetches the first run of consecutive missing pages of the wanted range; repeats until none is missing. */
  const pump = useCallback(() => {
    const run = () => {
      if (busy.current) return;
      const [start, rawEnd] = wanted.current;
      const end =
        total.current === null
          ? Math.max(start + 1, Math.min(rawEnd, start + PAGE_SIZE))
          : Math.min(rawEnd, total.current);
      const missing = pagesForRange(start, end, PAGE_SIZE).filter((p) => !pages.current.has(p));
      if (total.current === null && !pages.current.has(0) && !missing.includes(0)) missing.unshift(0);
      const from = missing[0];
      if (from === undefined) return;
      let to = from;
      while (missing.includes(to + 1)) to++;
      busy.current = true;
      const gen = generation.current;
      api['verbatims.list'](
        listInput(filtersRef.current, from * PAGE_SIZE, (to - from + 1) * PAGE_SIZE),
      ).then(
        (result) => {
          if (gen !== generation.current) return;
          busy.current = false;
          for (let p = from; p <= to; p++) {
            pages.current.set(p, result.rows.slice((p - from) * PAGE_SIZE, (p - from + 1) * PAGE_SIZE));
            stale.current.delete(p);
          }
          total.current = result.total;
          setState((s) => ({ ...s, total: result.total, error: null, settled: true }));
          rerender();
          // More to fetch for where the list rests now, unless it is still being flung (the timer will).
          if (!timer.current) run();
        },
        (error: unknown) => {
          if (gen !== generation.current) return;
          busy.current = false;
          reportError(error);
          setState((s) => ({ ...s, error, settled: true }));
        },
      );
    };
    run();
  }, []);

  // A new key (or a refresh) starts a new generation; a refresh keeps the old rows visible meanwhile.
  const keyRef = useRef(key);
  useEffect(() => {
    const sameKey = keyRef.current === key;
    keyRef.current = key;
    generation.current++;
    busy.current = false;
    stale.current = sameKey ? new Map([...stale.current, ...pages.current]) : new Map();
    pages.current = new Map();
    if (!sameKey) {
      wanted.current = [0, PREFETCH_ROWS];
      total.current = null;
      setState({ key, total: null, error: null, settled: false });
    }
    pump();
  }, [key, refreshTick, pump]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      const now = performance.now();
      const previous = last.current;
      last.current = { time: now, start };
      const down = start >= previous.start;
      wanted.current = [Math.max(0, start - (down ? 0 : PREFETCH_ROWS)), end + (down ? PREFETCH_ROWS : 0)];
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const speed = Math.abs(start - previous.start) / Math.max(1, now - previous.time);
      // A fling or a scrollbar drag: fetch where it stops, not every place it passes.
      if (speed > FLING_ROWS_PER_MS) {
        timer.current = setTimeout(() => {
          timer.current = null;
          pump();
        }, SETTLE_MS);
      } else pump();
    },
    [pump],
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
