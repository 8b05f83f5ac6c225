/**
 * The arithmetic of a windowed list with fixed row heights: which rows to mount for a scroll position, and
 * which pages of a paged source those rows need. Pure, so it is unit-tested without a browser.
 */

export interface VirtualWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render (exclusive); start === end when there is nothing to render. */
  end: number;
  /** Height of the whole list, in px. */
  totalHeight: number;
}

export function computeWindow(input: {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  overscan: number;
}): VirtualWindow {
  const { rowHeight, overscan } = input;
  const count = Math.max(0, Math.floor(input.count));
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight };
  const viewport = Math.max(0, input.viewportHeight);
  // A scroll position past the end (the list just shrank) is read as the last screenful.
  const maxTop = Math.max(0, totalHeight - viewport);
  const top = Math.min(Math.max(0, input.scrollTop), maxTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + viewport) / rowHeight); // exclusive
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, Math.max(last, first + 1) + overscan),
    totalHeight,
  };
}

/** The page numbers (0-based, `pageSize` rows each) holding rows start..end-1. */
export function pagesForRange(start: number, end: number, pageSize: number): number[] {
  if (end <= start || pageSize <= 0) return [];
  const pages: number[] = [];
  for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) pages.push(p);
  return pages;
}

/** The scrollTop that brings row `index` into view, moving as little as possible (for keyboard navigation). */
export function scrollTopToShow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
