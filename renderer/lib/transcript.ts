import type { Segment, SpeakerTurn } from '../../shared/domain';

/** A run of transcript text covered by the same set of coded segments. */
export interface Piece {
  start: number;
  end: number;
  segmentIds: string[];
}

/**
 * Cuts [start, end) of a transcript at every segment boundary inside it, so each piece can be highlighted with
 * the segments that cover it. Offsets are UTF-16 code units, as stored.
 */
export function splitBySegments(
  start: number,
  end: number,
  segments: readonly Pick<Segment, 'id' | 'start' | 'end'>[],
): Piece[] {
  const overlapping = segments.filter((s) => s.start < end && s.end > start && s.end > s.start);
  const cuts = new Set<number>([start, end]);
  for (const s of overlapping) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (b <= a) continue;
    const covering = overlapping
      .filter((s) => s.start <= a && s.end >= b)
      // innermost (shortest) segment first: its colour is the one shown
      .sort((x, y) => x.end - x.start - (y.end - y.start))
      .map((s) => s.id);
    pieces.push({ start: a, end: b, segmentIds: covering });
  }
  return pieces;
}

export interface TurnView {
  id: string;
  speaker: string | null;
  role: SpeakerTurn['role'] | null;
  timestampMs: number | null;
  /** The spoken text's range, without the "Speaker :" label some transcripts repeat and surrounding blanks. */
  start: number;
  end: number;
}

/**
 * The turns to display. A transcript without turns is shown as paragraphs (blank-line separated) so a long
 * text is still readable.
 */
export function turnsToShow(text: string, turns: readonly SpeakerTurn[]): TurnView[] {
  if (turns.length === 0) {
    const out: TurnView[] = [];
    const re = /\n\s*\n/g;
    let from = 0;
    let m: RegExpExecArray | null;
    const push = (a: number, b: number, i: number) => {
      const r = trimRange(text, a, b);
      if (r.end > r.start) out.push({ id: `p${i}`, speaker: null, role: null, timestampMs: null, ...r });
    };
    let i = 0;
    while ((m = re.exec(text))) {
      push(from, m.index, i++);
      from = m.index + m[0].length;
    }
    push(from, text.length, i);
    return out;
  }
  return [...turns]
    .sort((a, b) => a.seq - b.seq)
    .map((turn) => {
      let start = Math.max(0, Math.min(turn.start, text.length));
      const end = Math.max(start, Math.min(turn.end, text.length));
      const label = new RegExp(`^\\s*${escapeRegExp(turn.speaker)}\\s*(\\([^)]*\\))?\\s*:\\s*`, 'u').exec(
        text.slice(start, end),
      );
      if (label && turn.speaker) start += label[0].length;
      return {
        id: turn.id,
        speaker: turn.speaker,
        role: turn.role,
        timestampMs: turn.timestampMs,
        ...trimRange(text, start, end),
      };
    });
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `mm:ss` or `h:mm:ss`. */
export function formatTimestamp(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
