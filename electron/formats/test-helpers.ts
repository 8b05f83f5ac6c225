/** Assertions shared by the importer tests (imported by *.test.ts only). */
import { expect } from 'vitest';
import { ImportError } from './errors';
import type { ParsedTranscript, ParsedTurn } from './index';

/**
 * What every import must guarantee: turns ordered, non-overlapping, inside the text, trimmed, and each
 * named turn's slice starting with its speaker label.
 */
export function expectWellFormed(result: Pick<ParsedTranscript, 'text' | 'turns'>): void {
  const { text, turns } = result;
  expect(text).not.toMatch(/\r/);
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  expect(text).toBe(text.normalize('NFC'));
  let previousEnd = 0;
  for (const turn of turns) {
    expect(turn.start).toBeGreaterThanOrEqual(previousEnd);
    expect(turn.end).toBeGreaterThan(turn.start);
    expect(turn.end).toBeLessThanOrEqual(text.length);
    const slice = text.slice(turn.start, turn.end);
    expect(slice).toBe(slice.trim());
    if (turn.speaker !== null) expect(slice.startsWith(turn.speaker)).toBe(true);
    previousEnd = turn.end;
  }
}

/** Speaker, role and text of each turn: what a user sees in the transcript view. */
export function turnsAsSeen(
  result: Pick<ParsedTranscript, 'text' | 'turns'>,
): [string | null, string, string][] {
  return result.turns.map((t: ParsedTurn) => [t.speaker, t.role, result.text.slice(t.start, t.end)]);
}

/** The French reason of the ImportError thrown by `fn` (fails the test if it does not throw one). */
export function importErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.reason;
    throw error;
  }
  throw new Error('expected an ImportError, nothing was thrown');
}
