import { describe, expect, it } from 'vitest';
import type { SpeakerTurn } from '../../shared/domain';
import { formatTimestamp, splitBySegments, turnsToShow } from './transcript';

describe('splitBySegments', () => {
  it('cuts a range at segment boundaries and lists the covering segments, innermost first', () => {
    const pieces = splitBySegments(0, 20, [
      { id: 'outer', start: 2, end: 18 },
      { id: 'inner', start: 5, end: 10 },
      { id: 'elsewhere', start: 30, end: 40 },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 2, segmentIds: [] },
      { start: 2, end: 5, segmentIds: ['outer'] },
      { start: 5, end: 10, segmentIds: ['inner', 'outer'] },
      { start: 10, end: 18, segmentIds: ['outer'] },
      { start: 18, end: 20, segmentIds: [] },
    ]);
  });

  it('clips segments that run past the range', () => {
    expect(splitBySegments(10, 20, [{ id: 's', start: 0, end: 15 }])).toEqual([
      { start: 10, end: 15, segmentIds: ['s'] },
      { start: 15, end: 20, segmentIds: [] },
    ]);
  });
});

describe('turnsToShow', () => {
  const text = 'Enquêtrice : Quel est votre rôle ?\n\nDr B. : Je dirige la cellule innovation.';
  const turns: SpeakerTurn[] = [
    {
      id: 't2',
      seq: 2,
      speaker: 'Dr B.',
      role: 'interviewee',
      start: 36,
      end: text.length,
      timestampMs: null,
    },
    { id: 't1', seq: 1, speaker: 'Enquêtrice', role: 'interviewer', start: 0, end: 34, timestampMs: 0 },
  ];

  it('orders turns and drops the repeated speaker label', () => {
    const shown = turnsToShow(text, turns);
    expect(shown.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(text.slice(shown[0]!.start, shown[0]!.end)).toBe('Quel est votre rôle ?');
    expect(text.slice(shown[1]!.start, shown[1]!.end)).toBe('Je dirige la cellule innovation.');
  });

  it('shows a text without turns as paragraphs', () => {
    const shown = turnsToShow('Un.\n\n  Deux.\n', []);
    expect(shown.map((t) => 'Un.\n\n  Deux.\n'.slice(t.start, t.end))).toEqual(['Un.', 'Deux.']);
  });

  it('formats timestamps', () => {
    expect(formatTimestamp(65_000)).toBe('01:05');
    expect(formatTimestamp(3_725_000)).toBe('1:02:05');
  });
});
