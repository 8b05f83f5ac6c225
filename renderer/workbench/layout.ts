/**
 * Pure layout helpers of the coding workbench: which turns a segment crosses, the lanes of the margin bars
 * (overlapping segments side by side), and the spans a turn's text is cut into. Offsets are UTF-16 code units
 * into the stored transcript text, as everywhere in Terrain. Nothing here touches the DOM.
 */

/** What the layout needs of a coded segment. */
export interface SegmentRange {
  id: string;
  start: number;
  end: number;
}

/** What the layout needs of a displayed turn: its id and the range of its shown text. */
export interface TurnRange {
  id: string;
  start: number;
  end: number;
}

/**
 * For each turn, the segments intersecting its shown text, ordered by start then longest first.
 * Turns must be sorted by start and must not overlap (as shown turns are). O(S log T + intersections).
 */
export function segmentsByTurn<S extends SegmentRange>(
  turns: readonly TurnRange[],
  segments: readonly S[],
): Map<string, S[]> {
  const map = new Map<string, S[]>();
  if (turns.length === 0) return map;
  const sorted = [...segments].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const seg of sorted) {
    if (seg.end <= seg.start) continue;
    // first turn whose end is after the segment's start
    let lo = 0;
    let hi = turns.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (turns[mid]!.end <= seg.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < turns.length && turns[i]!.start < seg.end; i++) {
      const turn = turns[i]!;
      if (turn.end <= turn.start || seg.end <= turn.start || seg.start >= turn.end) continue;
      const list = map.get(turn.id);
      if (list) list.push(seg);
      else map.set(turn.id, [seg]);
    }
  }
  return map;
}

/**
 * Lanes for the margin bars: overlapping segments get different lanes, and each segment takes the lowest lane
 * free at its start, so a segment keeps one lane over all the turns it crosses. Greedy interval partitioning,
 * O(S log S + S·L) with L the number of lanes (small).
 */
export function assignLanes(segments: readonly SegmentRange[]): {
  lanes: Map<string, number>;
  count: number;
} {
  const sorted = [...segments].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const seg of sorted) {
    let lane = laneEnds.findIndex((end) => end <= seg.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(seg.end);
    } else laneEnds[lane] = seg.end;
    lanes.set(seg.id, lane);
  }
  return { lanes, count: laneEnds.length };
}

/** A run of a turn's text covered by the same set of segments (and inside or outside the pending selection). */
export interface Span {
  start: number;
  end: number;
  /** Covering segments, innermost (shortest) first: its colour is the one shown. */
  segmentIds: string[];
  /** Inside the range the user is about to code (the palette is open). */
  pending: boolean;
}

/**
 * Cuts [start, end) at every boundary of the given segments and of the pending range, so each span can be
 * rendered from `text.slice(span.start, span.end)` with a `data-offset` of `span.start`. The spans cover the
 * range exactly, in order, without gaps. `segments` should be the turn's own (see segmentsByTurn).
 */
export function splitTurn(
  start: number,
  end: number,
  segments: readonly SegmentRange[],
  pending: { start: number; end: number } | null = null,
): Span[] {
  if (end <= start) return [];
  const inside = segments.filter((s) => s.start < end && s.end > start && s.end > s.start);
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  if (pending && pending.start < end && pending.end > start) {
    if (pending.start > start) cuts.add(pending.start);
    if (pending.end < end) cuts.add(pending.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // innermost first, computed once
  const byLength = [...inside].sort((x, y) => x.end - x.start - (y.end - y.start) || x.start - y.start);
  const spans: Span[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    spans.push({
      start: a,
      end: b,
      segmentIds: byLength.filter((s) => s.start <= a && s.end >= b).map((s) => s.id),
      pending: pending !== null && pending.start <= a && pending.end >= b,
    });
  }
  return spans;
}

/** The index of the span holding `offset` (the last span for the end of the range); -1 when outside. */
export function spanIndexAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  if (hi < 0 || offset < spans[0]!.start || offset > spans[hi]!.end) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The segment after (dir 1) or before (dir -1) a position, in reading order; wraps around. */
export function neighbourSegment<S extends SegmentRange>(
  segments: readonly S[],
  current: S | null,
  caret: number | null,
  dir: 1 | -1,
): S | null {
  if (segments.length === 0) return null;
  const sorted = [...segments].sort((a, b) => a.start - b.start || b.end - a.end);
  if (current) {
    const i = sorted.findIndex((s) => s.id === current.id);
    if (i !== -1) return sorted[(i + dir + sorted.length) % sorted.length]!;
  }
  const at = caret ?? (dir === 1 ? -1 : Number.MAX_SAFE_INTEGER);
  if (dir === 1) return sorted.find((s) => s.start > at) ?? sorted[0]!;
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.start < at) return sorted[i]!;
  return sorted[sorted.length - 1]!;
}

/** A turn as the workbench shows it. */
export interface ShownTurn {
  /** The stored turn's id, or `p<n>` for a paragraph of a transcript without turns. */
  id: string;
  /** False for paragraphs: they have no stored turn whose speaker could be corrected. */
  stored: boolean;
  speaker: string | null;
  role: 'interviewer' | 'interviewee' | 'other' | null;
  timestampMs: number | null;
  /** The speech's range, without the "Speaker :" label the text repeats and without surrounding blanks. */
  start: number;
  end: number;
  /** The whole stored turn, label included (a selection may cover the label). */
  turnStart: number;
  turnEnd: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/**
 * A leading "Label :" that the importer took for a speaker label: short, on the turn's first line, and not a
 * sentence (no ?, ! or …). Used when the speaker was renamed and the text still carries the old label.
 */
const GENERIC_LABEL = /^\s*([^\n:?!…]{1,60}?)\s*(\([^)\n]*\))?\s*:[ \t\u00a0]*/u;

/**
 * The turns to display, in order. A transcript without turns is shown as paragraphs (blank-line separated) so
 * a long text stays readable and codable.
 */
export function shownTurns(
  text: string,
  turns: readonly {
    id: string;
    seq: number;
    speaker: string;
    role: 'interviewer' | 'interviewee' | 'other';
    start: number;
    end: number;
    timestampMs: number | null;
  }[],
): ShownTurn[] {
  if (turns.length === 0) {
    const out: ShownTurn[] = [];
    const re = /\n\s*\n/g;
    let from = 0;
    let i = 0;
    const push = (a: number, b: number) => {
      const r = trimmed(text, a, b);
      if (r.end > r.start)
        out.push({
          id: `p${i++}`,
          stored: false,
          speaker: null,
          role: null,
          timestampMs: null,
          ...r,
          turnStart: a,
          turnEnd: b,
        });
    };
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      push(from, m.index);
      from = m.index + m[0].length;
    }
    push(from, text.length);
    return out;
  }
  const out: ShownTurn[] = [];
  let floor = 0;
  for (const turn of [...turns].sort((a, b) => a.seq - b.seq || a.start - b.start)) {
    // clamp into the text and after the previous turn, so shown turns never overlap
    const turnStart = Math.max(floor, Math.min(turn.start, text.length));
    const turnEnd = Math.max(turnStart, Math.min(turn.end, text.length));
    floor = turnEnd;
    let start = turnStart;
    const head = text.slice(turnStart, Math.min(turnEnd, turnStart + 200));
    if (turn.speaker) {
      const own = new RegExp(
        `^\\s*${escapeRegExp(turn.speaker)}\\s*(\\([^)\\n]*\\))?\\s*:[ \\t\\u00a0]*`,
        'iu',
      ).exec(head);
      const label = own ?? GENERIC_LABEL.exec(head);
      if (label && label[0].length < turnEnd - turnStart) start += label[0].length;
    }
    out.push({
      id: turn.id,
      stored: true,
      speaker: turn.speaker || null,
      role: turn.role,
      timestampMs: turn.timestampMs,
      ...trimmed(text, start, turnEnd),
      turnStart,
      turnEnd,
    });
  }
  return out;
}
