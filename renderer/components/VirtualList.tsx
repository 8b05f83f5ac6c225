import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';
import { computeWindow } from '../lib/virtual';

export interface VirtualListHandle {
  scrollToTop: () => void;
  /** The scrolling element, for tests and measurements. */
  element: () => HTMLDivElement | null;
}

/**
 * A windowed list with fixed row heights: only the rows in view (plus `overscan` on each side) are mounted,
 * absolutely placed in a spacer as tall as the whole list, so 100,000 rows scroll like 20. The scroller is
 * focusable, so the keyboard (arrows, Page Up/Down, Home/End) scrolls it.
 *
 * `renderRow` receives the row's index and its positioning style (a function of the index and the row height
 * only: a memoised row may compare the index instead). `onRangeChange` tells which rows are mounted.
 */
export function VirtualList({
  count,
  rowHeight,
  overscan = 6,
  renderRow,
  onRangeChange,
  className,
  role,
  ariaLabel,
  testId,
  handle,
}: {
  count: number;
  rowHeight: number;
  overscan?: number;
  renderRow: (index: number, style: CSSProperties) => ReactNode;
  onRangeChange?: (start: number, end: number) => void;
  className?: string;
  role?: string;
  ariaLabel?: string;
  testId?: string;
  handle?: Ref<VirtualListHandle>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const win = computeWindow({
    scrollTop: viewport.top,
    viewportHeight: viewport.height,
    rowHeight,
    count,
    overscan,
  });

  const styleFor = (index: number): CSSProperties => ({
    position: 'absolute',
    left: 0,
    right: 0,
    height: rowHeight,
    transform: `translateY(${index * rowHeight}px)`,
  });

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const next = computeWindow({
      scrollTop: el.scrollTop,
      viewportHeight: el.clientHeight,
      rowHeight,
      count,
      overscan,
    });
    setViewport((v) => {
      // Re-render only when the set of mounted rows (or the viewport) changes, not on every scrolled pixel.
      const prev = computeWindow({ scrollTop: v.top, viewportHeight: v.height, rowHeight, count, overscan });
      return prev.start === next.start && prev.end === next.end && v.height === el.clientHeight
        ? v
        : { top: el.scrollTop, height: el.clientHeight };
    });
  }, [rowHeight, count, overscan]);

  useLayoutEffect(() => {
    measure();
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  const onRangeRef = useRef(onRangeChange);
  useEffect(() => {
    onRangeRef.current = onRangeChange;
  });
  useEffect(() => {
    if (win.end > win.start) onRangeRef.current?.(win.start, win.end);
  }, [win.start, win.end]);

  useImperativeHandle(
    handle,
    () => ({
      scrollToTop: () => {
        if (ref.current) ref.current.scrollTop = 0;
        measure();
      },
      element: () => ref.current,
    }),
    [measure],
  );

  const rows: ReactNode[] = [];
  for (let i = win.start; i < win.end; i++) rows.push(renderRow(i, styleFor(i)));

  return (
    <div
      ref={ref}
      className={`vlist${className ? ` ${className}` : ''}`}
      onScroll={measure}
      tabIndex={0}
      role={role}
      aria-label={ariaLabel}
      data-testid={testId}
    >
      <div className="vlist-spacer" style={{ height: win.totalHeight }}>
        {rows}
      </div>
    </div>
  );
}
