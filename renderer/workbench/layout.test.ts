import { describe, expect, it } from 'vitest';
import { assignLanes, neighbourSegment, segmentsByTurn, shownTurns, spanIndexAt, splitTurn } from './layout';

/** A deterministic pseudo-random generator, so the big case is the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About 20,000 words in 200 turns, and 400 segments, some crossing turns, many overlapping. */
function bigTranscript() {
  const rand = rng(42);
  const words = [
    'déploiement',
    'santé',
    'établissement',
    'cœur',
    'patients',
    'données',
    'et',
    'le',
    'la',
    '👩‍⚕️',
  ];
  let text = '';
  const turns: { id: string; start: number; end: number }[] = [];
  for (let t = 0; t < 200; t++) {
    const start = text.length;
    const n = 100;
    const parts: string[] = [];
    for (let w = 0; w < n; w++) parts.push(words[Math.floor(rand() * words.length)]!);
    text += parts.join(' ') + '.';
    turns.push({ id: `t${t}`, start, end: text.length });
    text += '\n\n';
  }
  const segments: { id: string; start: number; end: number }[] = [];
  for (let i = 0; i < 400; i++) {
    const start = Math.floor(rand() * (text.length - 2000));
    const len = 20 + Math.floor(rand() * (i % 10 === 0 ? 1500 : 300));
    segments.push({ id: `s${i}`, start, end: start + len });
  }
  return { text, turns, segments };
}

describe('segmentsByTurn', () => {
  it('lists each segment under every turn it crosses', () => {
    const turns = [
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 12, end: 20 },
      { id: 'c', start: 22, end: 30 },
    ];
    const map = segmentsByTurn(turns, [
      { id: 'x', start: 5, end: 25 },
      { id: 'y', start: 10, end: 12 }, // only the gap between turns
      { id: 'z', start: 13, end: 14 },
    ]);
    expect(map.get('a')?.map((s) => s.id)).toEqual(['x']);
    expect(map.get('b')?.map((s) => s.id)).toEqual(['x', 'z']);
    expect(map.get('c')?.map((s) => s.id)).toEqual(['x']);
  });

  it('agrees with a brute-force scan on 400 segments over a 20,000-word transcript', () => {
    const { turns, segments } = bigTranscript();
    const map = segmentsByTurn(turns, segments);
    for (const turn of turns) {
      const expected = segments
        .filter((s) => s.start < turn.end && s.end > turn.start)
        .map((s) => s.id)
        .sort();
      expect((map.get(turn.id) ?? []).map((s) => s.id).sort(), turn.id).toEqual(expected);
    }
  });
});

describe('assignLanes', () => {
  it('puts overlapping segments side by side and reuses freed lanes', () => {
    const { lanes, count } = assignLanes([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
      { id: 'c', start: 12, end: 20 },
      { id: 'd', start: 6, end: 8 },
    ]);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('d')).toBe(2);
    expect(lanes.get('c')).toBe(0); // a ended at 10
    expect(count).toBe(3);
  });

  it('never gives one lane to two overlapping segments among 400', () => {
    const { segments } = bigTranscript();
    const { lanes, count } = assignLanes(segments);
    expect(lanes.size).toBe(400);
    const byLane = new Map<number, { start: number; end: number }[]>();
    for (const s of segments) {
      const l = lanes.get(s.id)!;
      expect(l).toBeLessThan(count);
      const list = byLane.get(l) ?? [];
      list.push(s);
      byLane.set(l, list);
    }
    for (const list of byLane.values()) {
      list.sort((a, b) => a.start - b.start);
      for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
    }
    // greedy partitioning is optimal: as many lanes as the deepest overlap
    const events = segments.flatMap((s) => [
      [s.start, 1],
      [s.end, -1],
    ]);
    events.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    let depth = 0;
    let max = 0;
    for (const [, d] of events) max = Math.max(max, (depth += d!));
    expect(count).toBe(max);
  });
});

describe('splitTurn', () => {
  it('cuts at segment and pending-selection boundaries, innermost segment first', () => {
    expect(
      splitTurn(
        0,
        20,
        [
          { id: 'outer', start: 2, end: 18 },
          { id: 'inner', start: 5, end: 10 },
        ],
        { start: 8, end: 12 },
      ),
    ).toEqual([
      { start: 0, end: 2, segmentIds: [], pending: false },
      { start: 2, end: 5, segmentIds: ['outer'], pending: false },
      { start: 5, end: 8, segmentIds: ['inner', 'outer'], pending: false },
      { start: 8, end: 10, segmentIds: ['inner', 'outer'], pending: true },
      { start: 10, end: 12, segmentIds: ['outer'], pending: true },
      { start: 12, end: 18, segmentIds: ['outer'], pending: false },
      { start: 18, end: 20, segmentIds: [], pending: false },
    ]);
  });

  it('covers every turn of the big transcript exactly, and each span has the right segments', () => {
    const { text, turns, segments } = bigTranscript();
    const map = segmentsByTurn(turns, segments);
    for (const turn of turns) {
      const own = map.get(turn.id) ?? [];
      const spans = splitTurn(turn.start, turn.end, own);
      expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text.slice(turn.start, turn.end));
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
      for (const span of spans) {
        const covering = segments.filter((s) => s.start <= span.start && s.end >= span.end).map((s) => s.id);
        expect([...span.segmentIds].sort()).toEqual(covering.sort());
      }
      expect(spanIndexAt(spans, turn.start)).toBe(0);
      expect(spanIndexAt(spans, turn.end)).toBe(spans.length - 1);
    }
  });
});

describe('neighbourSegment', () => {
  const segs = [
    { id: 'b', start: 10, end: 20 },
    { id: 'a', start: 0, end: 5 },
    { id: 'c', start: 30, end: 40 },
  ];
  it('walks segments in reading order and wraps around', () => {
    expect(neighbourSegment(segs, segs[1]!, null, 1)?.id).toBe('b');
    expect(neighbourSegment(segs, segs[2]!, null, 1)?.id).toBe('a');
    expect(neighbourSegment(segs, segs[1]!, null, -1)?.id).toBe('c');
    expect(neighbourSegment(segs, null, 12, 1)?.id).toBe('c');
    expect(neighbourSegment(segs, null, 12, -1)?.id).toBe('b');
    expect(neighbourSegment(segs, null, null, 1)?.id).toBe('a');
    expect(neighbourSegment([], null, null, 1)).toBeNull();
  });
});

describe('shownTurns', () => {
  const text =
    'Enquêtrice : Quel est votre rôle ?\n\nDr B. (cardiologue) : Je dirige la cellule.\n\nMarie : Oui : bien sûr.';
  const t = (id: string, seq: number, speaker: string, start: number, end: number) => ({
    id,
    seq,
    speaker,
    role: 'interviewee' as const,
    start,
    end,
    timestampMs: null,
  });
  const turns = [
    t('t2', 2, 'Dr B.', 36, 80),
    t('t1', 1, 'Enquêtrice', 0, 34),
    t('t3', 3, 'Marie Dupont', 82, text.length), // renamed: the text still says "Marie :"
  ];

  it('orders turns and drops the repeated speaker label, even after a rename', () => {
    const shown = shownTurns(text, turns);
    expect(shown.map((s) => s.id)).toEqual(['t1', 't2', 't3']);
    expect(shown.map((s) => text.slice(s.start, s.end))).toEqual([
      'Quel est votre rôle ?',
      'Je dirige la cellule.',
      'Oui : bien sûr.',
    ]);
    expect(shown[2]!.speaker).toBe('Marie Dupont');
  });

  it('shows a text without turns as paragraphs', () => {
    const shown = shownTurns('Un.\n\n  Deux.\n', []);
    expect(shown.map((s) => 'Un.\n\n  Deux.\n'.slice(s.start, s.end))).toEqual(['Un.', 'Deux.']);
    expect(shown.every((s) => !s.stored)).toBe(true);
  });

  it('keeps a question-like first line as speech', () => {
    const q = 'Pourquoi ? Parce que : voilà.';
    const shown = shownTurns(q, [t('x', 0, 'Intervenant', 0, q.length)]);
    expect(q.slice(shown[0]!.start, shown[0]!.end)).toBe(q);
  });
});
