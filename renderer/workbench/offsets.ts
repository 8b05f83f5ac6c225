/**
 * From what the user selected on screen to offsets into `transcript.text`, and the text arithmetic of the
 * workbench (sentence around the caret, word steps for adjusting a segment's bounds).
 *
 * The transcript is rendered so that each text span holds exactly `text.slice(a, b)` as a single text node and
 * carries `data-offset="a"`. A DOM point inside such a text node maps to `a + offsetInNode`: both count UTF-16
 * code units, like JavaScript strings and the stored offsets, so emoji and combining accents need no
 * conversion. Points that fall outside the text spans (on a speaker label, between turns) snap to the nearest
 * text in the direction that keeps the selection inside what the user swept over.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The slice of the DOM the mapping reads; real DOM nodes satisfy it, and tests build small fake trees. */
export interface NodeLike {
  nodeType: number;
  parentNode: NodeLike | null;
  childNodes: ArrayLike<NodeLike>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

export const OFFSET_ATTR = 'data-offset';

function spanBase(node: NodeLike | null): number | null {
  if (!node || node.nodeType !== ELEMENT_NODE || !node.getAttribute) return null;
  const raw = node.getAttribute(OFFSET_ATTR);
  if (raw === null || raw === '') return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

function isInside(node: NodeLike, root: NodeLike): boolean {
  for (let n: NodeLike | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}

function indexInParent(node: NodeLike): number {
  const siblings = node.parentNode?.childNodes;
  if (!siblings) return -1;
  for (let i = 0; i < siblings.length; i++) if (siblings[i] === node) return i;
  return -1;
}

/** Every mapped span under root, in document order (depth first). */
function* mappedSpans(root: NodeLike): Generator<{ node: NodeLike; base: number }> {
  const stack: NodeLike[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const base = spanBase(node);
    if (base !== null) {
      yield { node, base };
      continue;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
}

/** -1 when a is before b in document order, 1 when after, 0 when the same node. */
function comparePosition(a: NodeLike, b: NodeLike): number {
  if (a === b) return 0;
  const path = (n: NodeLike) => {
    const p: NodeLike[] = [];
    for (let x: NodeLike | null = n; x; x = x.parentNode) p.unshift(x);
    return p;
  };
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return -1; // a contains b: a starts first
  if (i === pb.length) return 1;
  return indexInParent(pa[i]!) < indexInParent(pb[i]!) ? -1 : 1;
}

/**
 * Maps a DOM boundary point (as found in a Range or Selection) under `root` to an offset into the transcript
 * text. `bias` says which way to snap a point that is not inside a text span: 'start' takes the next text,
 * 'end' the previous one. Returns null when the point is outside root or no text lies that way.
 */
export function pointToOffset(
  root: NodeLike,
  node: NodeLike,
  offset: number,
  bias: 'start' | 'end',
): number | null {
  if (!isInside(node, root)) return null;
  if (node.nodeType === TEXT_NODE) {
    const base = spanBase(node.parentNode);
    if (base !== null) return base + Math.max(0, Math.min(offset, node.textContent?.length ?? 0));
  } else {
    const base = spanBase(node);
    if (base !== null) return offset <= 0 ? base : base + (node.textContent?.length ?? 0);
  }
  // Not in a text span: the point sits before child `offset` of an element, or inside unmapped text.
  let anchor: NodeLike;
  let after: boolean; // the point is after the anchor (true) or before it (false)
  if (node.nodeType === TEXT_NODE) {
    anchor = node;
    after = bias === 'end' ? offset > 0 : offset >= (node.textContent?.length ?? 0);
  } else if (offset < node.childNodes.length) {
    anchor = node.childNodes[offset]!;
    after = false;
  } else {
    anchor = node;
    after = true;
  }
  let best: number | null = null;
  for (const { node: span, base } of mappedSpans(root)) {
    const cmp = comparePosition(span, anchor);
    const spanIsInsideAnchor = isInside(span, anchor);
    const before = spanIsInsideAnchor ? after : cmp < 0;
    if (bias === 'start') {
      if (!before) return base; // first span after the point
    } else if (before)
      best = base + (span.textContent?.length ?? 0); // last span before the point
    else break;
  }
  return best;
}

/** Where a rendered span starts and its text: the inverse of pointToOffset, for tests and caret placement. */
export function offsetToPoint(
  spans: readonly { base: number; length: number }[],
  offset: number,
): { index: number; offsetInNode: number } | null {
  let lo = 0;
  let hi = spans.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.base <= offset) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo]!;
  if (offset < span.base || offset > span.base + span.length) return null;
  return { index: lo, offsetInNode: offset - span.base };
}

// ---------- Text arithmetic ----------

const hasSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl;

function segmenter(granularity: 'grapheme' | 'word' | 'sentence'): Intl.Segmenter | null {
  return hasSegmenter ? new Intl.Segmenter('fr', { granularity }) : null;
}

const graphemes = segmenter('grapheme');
const words = segmenter('word');
const sentences = segmenter('sentence');

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Grapheme boundaries (user-perceived characters) in text[from, to), absolute offsets, including both ends. */
function graphemeBoundaries(text: string, from: number, to: number): number[] {
  const a = Math.max(0, from);
  const b = Math.min(text.length, to);
  if (!graphemes) {
    const out: number[] = [];
    for (let i = a; i <= b; i++) if (!(i < text.length && isLow(text.charCodeAt(i)) && i > 0)) out.push(i);
    return out;
  }
  const out: number[] = [];
  for (const g of graphemes.segment(text.slice(a, b))) out.push(a + g.index);
  out.push(b);
  return out;
}

/**
 * Moves an offset onto a grapheme boundary, so a segment never splits an emoji, a surrogate pair or a letter
 * from its combining accent: 'down' to the boundary at or before, 'up' to the one at or after.
 */
export function snapToGrapheme(text: string, offset: number, dir: 'down' | 'up'): number {
  const o = Math.max(0, Math.min(offset, text.length));
  if (o === 0 || o === text.length) return o;
  // A cluster is rarely longer than a few units; a family emoji with skin tones is ~11.
  const windowStart = Math.max(0, o - 32);
  // start the window on a safe boundary: a line break always is one
  const nl = text.lastIndexOf('\n', o - 1);
  const from = nl >= windowStart ? nl + 1 : windowStart;
  const bounds = graphemeBoundaries(text, from, Math.min(text.length, o + 32));
  if (bounds.includes(o)) return o;
  let below = from;
  let above = Math.min(text.length, o + 32);
  for (const b of bounds) {
    if (b < o) below = b;
    else if (b > o) {
      above = b;
      break;
    }
  }
  // without a segmenter, at least never split a surrogate pair
  if (!graphemes && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1)))
    return dir === 'down' ? o - 1 : o + 1;
  return dir === 'down' ? below : above;
}

/** Shrinks [start, end) past blanks at both ends. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/**
 * The range to code from a raw selection: ordered, on grapheme boundaries, without surrounding blanks.
 * Null when nothing but blanks is selected.
 */
export function normalizeRange(text: string, a: number, b: number): { start: number; end: number } | null {
  let start = Math.max(0, Math.min(a, b, text.length));
  let end = Math.min(text.length, Math.max(a, b, 0));
  start = snapToGrapheme(text, start, 'down');
  end = snapToGrapheme(text, end, 'up');
  const r = trimRange(text, start, end);
  return r.end > r.start ? r : null;
}

const SENTENCE_END = /[.!?…]+["»”’)\]]*(?=\s|$)/gu;

/**
 * The sentence around `offset`, within [lo, hi) (the turn's speech), without surrounding blanks. A sentence
 * ends at . ! ? … (and closing quotes) followed by a blank, or at a line break.
 */
export function sentenceAt(
  text: string,
  lo: number,
  hi: number,
  offset: number,
): { start: number; end: number } {
  const at = Math.max(lo, Math.min(offset, hi));
  const slice = text.slice(lo, hi);
  const ranges: { start: number; end: number }[] = [];
  if (sentences) {
    for (const s of sentences.segment(slice))
      ranges.push({ start: lo + s.index, end: lo + s.index + s.segment.length });
  } else {
    let from = 0;
    for (const m of slice.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].length;
      ranges.push({ start: lo + from, end: lo + end });
      from = end;
    }
    ranges.push({ start: lo + from, end: hi });
  }
  // A line break also ends a sentence (lists, headings without a full stop), and so does an ellipsis
  // followed by a capital ("… Le cœur du sujet"), which the segmenter does not take for an end.
  const pieces: { start: number; end: number }[] = [];
  for (const r of ranges) {
    let from = r.start;
    const chunk = text.slice(r.start, r.end);
    const cuts = new Set<number>();
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === '\n') cuts.add(r.start + i + 1);
    for (const m of chunk.matchAll(/(?:…|\.\.\.)["»”’)\]]*\s+(?=[«"“]?\p{Lu})/gu))
      cuts.add(r.start + m.index + m[0].length);
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      if (cut > from && cut < r.end) {
        pieces.push({ start: from, end: cut });
        from = cut;
      }
    }
    if (from < r.end) pieces.push({ start: from, end: r.end });
  }
  let chosen = pieces.find((p) => at >= p.start && at < p.end) ?? pieces[pieces.length - 1];
  if (!chosen) return { start: at, end: at };
  // On the blank between two sentences, take the one before.
  if (!text.slice(chosen.start, chosen.end).trim()) {
    const i = pieces.indexOf(chosen);
    chosen = pieces[i - 1] ?? pieces[i + 1] ?? chosen;
  }
  return trimRange(text, chosen.start, chosen.end);
}

/** Word starts and ends (absolute) in text[from, to). */
function wordBounds(text: string, from: number, to: number): { start: number; end: number }[] {
  const a = Math.max(0, from);
  const b = Math.min(text.length, to);
  const slice = text.slice(a, b);
  const out: { start: number; end: number }[] = [];
  if (words) {
    for (const w of words.segment(slice)) {
      if (w.isWordLike) out.push({ start: a + w.index, end: a + w.index + w.segment.length });
    }
  } else {
    for (const m of slice.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
      out.push({ start: a + m.index, end: a + m.index + m[0].length });
    }
  }
  return out;
}

const WORD_WINDOW = 400;

/**
 * One word step of a segment's bound, for "Ajuster les bornes": the end moves to the end of the next (dir 1)
 * or previous (dir -1) word, the start to the start of the previous (dir -1) or next (dir 1) word. The
 * segment never becomes empty and never leaves [0, text.length]. Returns the range unchanged when no step
 * is possible.
 */
export function stepBound(
  text: string,
  range: { start: number; end: number },
  bound: 'start' | 'end',
  dir: 1 | -1,
): { start: number; end: number } {
  const { start, end } = range;
  if (bound === 'end') {
    if (dir === 1) {
      const next = wordBounds(text, end, end + WORD_WINDOW).find((w) => w.end > end);
      return next ? { start, end: next.end } : range;
    }
    const prev = wordBounds(text, Math.max(start, end - WORD_WINDOW), end)
      .filter((w) => w.end < end && w.end > start)
      .pop();
    return prev ? { start, end: prev.end } : range;
  }
  if (dir === -1) {
    const prev = wordBounds(text, Math.max(0, start - WORD_WINDOW), start)
      .filter((w) => w.start < start)
      .pop();
    return prev ? { start: prev.start, end } : range;
  }
  const next = wordBounds(text, start, Math.min(end, start + WORD_WINDOW)).find(
    (w) => w.start > start && w.start < end,
  );
  return next ? { start: next.start, end } : range;
}
