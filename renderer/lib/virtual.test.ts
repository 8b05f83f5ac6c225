import { describe, expect, it } from 'vitest';
import { computeWindow, pagesForRange, scrollTopToShow } from './virtual';

describe('computeWindow', () => {
  const base = { rowHeight: 72, viewportHeight: 720, overscan: 5 };

  it('renders the visible rows plus the overscan, clipped at the top', () => {
    expect(computeWindow({ ...base, scrollTop: 0, count: 100_000 })).toEqual({
      start: 0,
      end: 15,
      totalHeight: 7_200_000,
    });
  });

  it('follows the scroll position in the middle of a long list', () => {
    // scrollTop 72,000 px = row 1000; ten rows fit, five more on each side.
    expect(computeWindow({ ...base, scrollTop: 72_000, count: 100_000 })).toMatchObject({
      start: 995,
      end: 1015,
    });
    // A partly visible row at the bottom is rendered.
    expect(computeWindow({ ...base, scrollTop: 72_036, count: 100_000 })).toMatchObject({
      start: 995,
      end: 1016,
    });
  });

  it('stops at the last row, even when the scroll position is past the end', () => {
    const last = computeWindow({ ...base, scrollTop: 7_200_000 - 720, count: 100_000 });
    expect(last).toMatchObject({ start: 99_985, end: 100_000 });
    expect(computeWindow({ ...base, scrollTop: 99_999_999, count: 100_000 })).toEqual(last);
  });

  it('handles empty and shorter-than-the-viewport lists', () => {
    expect(computeWindow({ ...base, scrollTop: 0, count: 0 })).toEqual({ start: 0, end: 0, totalHeight: 0 });
    expect(computeWindow({ ...base, scrollTop: 500, count: 3 })).toEqual({
      start: 0,
      end: 3,
      totalHeight: 216,
    });
  });

  it('renders at least one row before the viewport is measured', () => {
    expect(computeWindow({ ...base, viewportHeight: 0, scrollTop: 0, count: 50 })).toMatchObject({
      start: 0,
      end: 6,
    });
  });
});

describe('pagesForRange', () => {
  it('lists the pages a range of rows needs', () => {
    expect(pagesForRange(0, 15, 200)).toEqual([0]);
    expect(pagesForRange(190, 215, 200)).toEqual([0, 1]);
    expect(pagesForRange(99_985, 100_000, 200)).toEqual([499]);
    expect(pagesForRange(10, 10, 200)).toEqual([]);
  });
});

describe('scrollTopToShow', () => {
  it('scrolls only as far as needed to show a row', () => {
    expect(scrollTopToShow(5, 72, 0, 720)).toBe(0);
    expect(scrollTopToShow(12, 72, 0, 720)).toBe(13 * 72 - 720);
    expect(scrollTopToShow(2, 72, 720, 720)).toBe(144);
  });
});
