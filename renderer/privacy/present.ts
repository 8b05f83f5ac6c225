import type { Segment, SpeakerTurn } from '../../shared/domain';
import { applyReplacements, type Pseudonymiser, type Replacement } from '../../shared/pseudonymise';

/**
 * Pure helpers of presentation mode (no React, no API), unit-tested in present.test.ts: the text function the
 * views call, and the transcript as shown with pseudonyms.
 */

/**
 * `present(text)`: the text as the screen may show it. Identity when presentation mode is off; people's names
 * replaced by pseudonyms when it is on; a neutral mask while the names to replace are not known yet (the
 * directory is loading), so that a name never flashes on screen.
 */
export interface Present {
  <T extends string | null | undefined>(text: T): T;
  /** Presentation mode is on: editors of free text are read-only and coding is off. */
  readonly on: boolean;
  /** Where the names of a text are and what replaces each (none when off or not known yet). */
  replacements(text: string): Replacement[];
}

/** Shown instead of any text while the names to hide are loading. */
export const MASK = '…';

/** Past this many distinct texts, the memo of a presenter starts again (a long session of scrolling). */
const CACHE_LIMIT = 5000;

export const showAsIs: Present = Object.assign(<T extends string | null | undefined>(text: T): T => text, {
  on: false,
  replacements: () => [],
});

/** The presenter of a pseudonymiser, or the mask while there is none; each text is worked out once. */
export function makePresent(pseudonymiser: Pseudonymiser | null): Present {
  if (!pseudonymiser)
    return Object.assign(<T extends string | null | undefined>(text: T): T => (text ? MASK : text) as T, {
      on: true,
      replacements: (text: string): Replacement[] =>
        text ? [{ start: 0, end: text.length, text: MASK }] : [],
    });
  const cache = new Map<string, string>();
  const present = <T extends string | null | undefined>(text: T): T => {
    if (!text) return text;
    let out = cache.get(text);
    if (out === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      out = pseudonymiser(text);
      cache.set(text, out);
    }
    return out as T;
  };
  return Object.assign(present, { on: true, replacements: pseudonymiser.replacements });
}

export interface ShownTranscript {
  text: string;
  turns: readonly SpeakerTurn[];
  segments: readonly Segment[];
}

/**
 * A transcript as presentation mode shows it: names replaced in the text and the speaker labels, and the turns
 * and segments moved onto the new text, so the reading view draws them where they belong. A segment that starts
 * or ends inside a name takes in the whole pseudonym. The offsets are those of the shown text, not of the stored
 * one: the workbench does not code from it (coding is off in presentation mode).
 *
 * Names are looked for turn by turn, never across a turn's edge, so turns stay apart.
 */
export function presentTranscript(
  text: string,
  turns: readonly SpeakerTurn[],
  segments: readonly Segment[],
  present: Present,
): ShownTranscript {
  // off: the very same arrays, so the workbench's memoised turns stay as they were
  if (!present.on) return { text, turns, segments };
  const cuts = new Set<number>([0, text.length]);
  for (const turn of turns) {
    cuts.add(Math.max(0, Math.min(text.length, turn.start)));
    cuts.add(Math.max(0, Math.min(text.length, turn.end)));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const found: Replacement[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    for (const r of present.replacements(text.slice(from, bounds[i + 1]!)))
      found.push({ start: r.start + from, end: r.end + from, text: r.text });
  }

  const at = shiftOffsets(found);
  return {
    text: applyReplacements(text, found),
    turns: turns.map((turn) => ({
      ...turn,
      speaker: present(turn.speaker),
      start: at(turn.start, 'start'),
      end: at(turn.end, 'end'),
    })),
    segments: segments.map((seg) => ({
      ...seg,
      start: at(seg.start, 'start'),
      end: at(seg.end, 'end'),
      quote: present(seg.quote),
      memo: present(seg.memo),
    })),
  };
}

/**
 * Where an offset of the stored text lands in the text with the replacements made (sorted, not overlapping).
 * Inside a replaced name, a start goes to the start of its pseudonym and an end to the end of it.
 */
export function shiftOffsets(
  replacements: readonly Replacement[],
): (offset: number, side: 'start' | 'end') => number {
  // the shift accumulated after each replacement
  const after: number[] = [];
  let shift = 0;
  for (const r of replacements) {
    shift += r.text.length - (r.end - r.start);
    after.push(shift);
  }
  return (offset, side) => {
    // the first replacement that ends after the offset
    let lo = 0;
    let hi = replacements.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (replacements[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? after[lo - 1]! : 0;
    const r = replacements[lo];
    if (!r || offset <= r.start) return offset + before;
    const shownStart = r.start + before;
    return side === 'start' ? shownStart : shownStart + r.text.length;
  };
}
