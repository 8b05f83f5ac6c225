/**
 * The DOM side of the workbench's selection handling: reading the user's selection as transcript offsets and
 * putting a range back on screen. The arithmetic lives in offsets.ts (pure, unit-tested).
 */
import { normalizeRange, OFFSET_ATTR, pointToOffset } from './offsets';

export interface TextRange {
  start: number;
  end: number;
}

/** The current selection as a codable range of the transcript under root, or null (collapsed, elsewhere, blank). */
export function readSelection(root: HTMLElement, text: string): TextRange | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = pointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return normalizeRange(text, start, end);
}

/** The caret (the selection's focus) as an offset, when it is in the transcript under root. */
export function readCaret(root: HTMLElement): number | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.focusNode || !root.contains(sel.focusNode)) return null;
  return (
    pointToOffset(root, sel.focusNode, sel.focusOffset, 'start') ??
    pointToOffset(root, sel.focusNode, sel.focusOffset, 'end')
  );
}

/** The text node and in-node offset showing a transcript offset (`end` bias: the end of the span before). */
export function domPoint(root: HTMLElement, offset: number, bias: 'start' | 'end'): [Text, number] | null {
  const spans = root.querySelectorAll<HTMLElement>(`[${OFFSET_ATTR}]`);
  let lo = 0;
  let hi = spans.length - 1;
  if (hi < 0) return null;
  // last span starting at or before the offset (strictly before for an end point)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const base = Number(spans[mid]!.getAttribute(OFFSET_ATTR));
    if (bias === 'end' ? base < offset : base <= offset) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < spans.length; i++) {
    const el = spans[i]!;
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const base = Number(el.getAttribute(OFFSET_ATTR));
    const len = (node as Text).data.length;
    if (offset < base) return [node as Text, 0]; // in a gap between turns: the next text
    if (offset <= base + len) return [node as Text, offset - base];
  }
  const last = spans[spans.length - 1]!.firstChild as Text | null;
  return last ? [last, last.data.length] : null;
}

/** Shows a range as the document selection (collapsed when start === end). */
export function selectRange(root: HTMLElement, range: TextRange): boolean {
  const a = domPoint(root, range.start, 'start');
  const b = range.end === range.start ? a : domPoint(root, range.end, 'end');
  const sel = window.getSelection();
  if (!a || !b || !sel) return false;
  sel.setBaseAndExtent(a[0], a[1], b[0], b[1]);
  return true;
}

/** The turn element (shown speech range) holding an offset. */
export function turnAt(
  root: HTMLElement,
  offset: number,
): { el: HTMLElement; start: number; end: number } | null {
  for (const el of root.querySelectorAll<HTMLElement>('[data-turn-id]')) {
    const start = Number(el.dataset.start);
    const end = Number(el.dataset.end);
    if (offset >= start && offset <= end) return { el, start, end };
    if (start > offset) return { el, start, end }; // between turns: the next one
  }
  return null;
}
