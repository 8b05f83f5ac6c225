import { describe, expect, it } from 'vitest';
import { splitTurn } from './layout';
import {
  normalizeRange,
  offsetToPoint,
  pointToOffset,
  sentenceAt,
  snapToGrapheme,
  stepBound,
  type NodeLike,
} from './offsets';

/** A tiny stand-in for the DOM: elements with attributes and children, text nodes with data. */
interface FakeNode extends NodeLike {
  childNodes: FakeNode[];
  parentNode: FakeNode | null;
}

function text(data: string): FakeNode {
  return { nodeType: 3, parentNode: null, childNodes: [], textContent: data };
}

function el(attrs: Record<string, string>, ...children: FakeNode[]): FakeNode {
  const node: FakeNode = {
    nodeType: 1,
    parentNode: null,
    childNodes: children,
    get textContent() {
      return children.map((c) => c.textContent ?? '').join('');
    },
    getAttribute: (name) => attrs[name] ?? null,
  };
  for (const c of children) c.parentNode = node;
  return node;
}

/**
 * Renders a transcript the way TranscriptView does: per turn a speaker label (unmapped) and the turn's text cut
 * into spans at the segment boundaries, each span holding text.slice(start, end) with data-offset = start.
 */
function render(
  source: string,
  turns: { speaker: string; start: number; end: number }[],
  segments: { id: string; start: number; end: number }[],
) {
  const textNodes: { node: FakeNode; base: number }[] = [];
  const turnEls = turns.map((turn) => {
    const spans = splitTurn(turn.start, turn.end, segments).map((s) => {
      const t = text(source.slice(s.start, s.end));
      textNodes.push({ node: t, base: s.start });
      return el({ 'data-offset': String(s.start) }, t);
    });
    const label = el({ class: 'speaker' }, text(turn.speaker));
    const p = el({ class: 'turn-text' }, ...spans);
    return { el: el({ class: 'turn' }, el({ class: 'turn-head' }, label), p), label, p };
  });
  const root = el({ class: 'transcript' }, ...turnEls.map((t) => t.el));
  return { root, textNodes, turnEls };
}

const SOURCE =
  'Intervieweuse : Où en est le déploiement 🏥 ?\n\n' +
  'Marie : Le cœur du sujet, c’est l’établissement — et l’équipe 👩‍⚕️ d’infirmières.\n' +
  'Une phrase avec e\u0301 combiné. Et la fin !';
const T1 = { speaker: 'Intervieweuse', start: 16, end: SOURCE.indexOf('\n\n') };
const T2 = { speaker: 'Marie', start: SOURCE.indexOf('Le cœur'), end: SOURCE.length };
const SEGMENTS = [
  { id: 'a', start: SOURCE.indexOf('cœur'), end: SOURCE.indexOf(' — ') },
  { id: 'b', start: SOURCE.indexOf('l’établissement'), end: SOURCE.indexOf(' d’infirmières') },
  { id: 'c', start: SOURCE.indexOf('👩'), end: SOURCE.indexOf('combiné') + 'combiné'.length },
];

describe('DOM point → transcript offset', () => {
  const { root, textNodes, turnEls } = render(SOURCE, [T1, T2], SEGMENTS);

  it('renders spans whose texts, placed at their data-offset, rebuild the transcript exactly', () => {
    for (const { node, base } of textNodes) {
      expect(SOURCE.slice(base, base + node.textContent!.length)).toBe(node.textContent);
    }
    const t2 = textNodes.filter((n) => n.base >= T2.start);
    expect(t2.map((n) => n.node.textContent).join('')).toBe(SOURCE.slice(T2.start, T2.end));
  });

  it('maps every position of every text node, emoji and combining accents included, to the same character', () => {
    for (const { node, base } of textNodes) {
      const data = node.textContent!;
      for (let k = 0; k <= data.length; k++) {
        const offset = pointToOffset(root, node, k, 'start');
        expect(offset).toBe(base + k);
        if (k < data.length) expect(SOURCE.charCodeAt(offset!)).toBe(data.charCodeAt(k));
      }
    }
  });

  it('selecting "👩‍⚕️" and "é" on screen gives the stored UTF-16 offsets', () => {
    const emoji = '👩‍⚕️';
    const at = SOURCE.indexOf(emoji);
    const holder = textNodes.find((n) => n.base <= at && n.base + n.node.textContent!.length > at)!;
    const start = pointToOffset(root, holder.node, at - holder.base, 'start')!;
    const end = pointToOffset(root, holder.node, at - holder.base + emoji.length, 'end')!;
    expect(SOURCE.slice(start, end)).toBe(emoji);
    expect(end - start).toBe(5); // 👩 (2 units) + ZWJ + ⚕ + VS16

    const accented = 'e\u0301';
    const a = SOURCE.indexOf(accented);
    const n = textNodes.find((x) => x.base <= a && x.base + x.node.textContent!.length > a)!;
    expect(SOURCE.slice(pointToOffset(root, n.node, a - n.base, 'start')!, a + 2)).toBe(accented);
  });

  it('maps element boundary points (span, paragraph children) as the browser reports them', () => {
    const span = textNodes[1]!.node.parentNode!;
    expect(pointToOffset(root, span, 0, 'start')).toBe(textNodes[1]!.base);
    expect(pointToOffset(root, span, 1, 'end')).toBe(
      textNodes[1]!.base + textNodes[1]!.node.textContent!.length,
    );
    const p = turnEls[1]!.p;
    expect(pointToOffset(root, p, 0, 'start')).toBe(T2.start);
    expect(pointToOffset(root, p, p.childNodes.length, 'end')).toBe(T2.end);
  });

  it('snaps a point on a speaker label to the text after it (start) or before it (end)', () => {
    const label = turnEls[1]!.label.childNodes[0]!;
    expect(pointToOffset(root, label, 2, 'start')).toBe(T2.start);
    expect(pointToOffset(root, label, 2, 'end')).toBe(T1.end);
    // before the first turn's text there is nothing to snap back to
    expect(pointToOffset(root, turnEls[0]!.label.childNodes[0]!, 0, 'end')).toBeNull();
    // a point at the very end of the transcript container
    expect(pointToOffset(root, root, root.childNodes.length, 'end')).toBe(T2.end);
    expect(pointToOffset(root, root, root.childNodes.length, 'start')).toBeNull();
  });

  it('ignores points outside the transcript', () => {
    const stranger = text('ailleurs');
    expect(pointToOffset(root, stranger, 0, 'start')).toBeNull();
  });

  it('finds the span and in-node offset of a transcript offset (inverse mapping)', () => {
    const spans = textNodes.map((n) => ({ base: n.base, length: n.node.textContent!.length }));
    for (const off of [T1.start, T2.start + 3, SEGMENTS[2]!.start + 1, T2.end]) {
      const p = offsetToPoint(spans, off)!;
      const { node } = textNodes[p.index]!;
      expect(pointToOffset(root, node, p.offsetInNode, 'start')).toBe(off);
    }
  });
});

describe('ranges from selections', () => {
  const s = 'Le cœur 👩‍⚕️ et e\u0301 fin.';

  it('never splits an emoji or a letter from its accent', () => {
    const emoji = s.indexOf('👩');
    expect(snapToGrapheme(s, emoji + 1, 'down')).toBe(emoji);
    expect(snapToGrapheme(s, emoji + 1, 'up')).toBe(emoji + 5);
    const e = s.indexOf('e\u0301');
    expect(snapToGrapheme(s, e + 1, 'up')).toBe(e + 2);
    expect(snapToGrapheme(s, e + 1, 'down')).toBe(e);
    expect(snapToGrapheme(s, 3, 'up')).toBe(3);
  });

  it('orders, snaps and trims a selection, and refuses a blank one', () => {
    const emoji = s.indexOf('👩');
    expect(normalizeRange(s, emoji + 3, 2)).toEqual({ start: 3, end: emoji + 5 });
    expect(normalizeRange(s, 2, 3)).toBeNull();
  });

  it('selects the sentence around the caret inside a turn', () => {
    const turn = 'Bonjour. Le déploiement a pris « trois mois » ! Et ensuite ?\nLigne sans point';
    const at = turn.indexOf('pris');
    expect(turn.slice(...range(sentenceAt(turn, 0, turn.length, at)))).toBe(
      'Le déploiement a pris « trois mois » !',
    );
    expect(turn.slice(...range(sentenceAt(turn, 0, turn.length, turn.indexOf('sans'))))).toBe(
      'Ligne sans point',
    );
    expect(turn.slice(...range(sentenceAt(turn, 0, turn.length, 0)))).toBe('Bonjour.');
    const ellipsis = 'Surtout des médecins… Le cœur du sujet, c’est la sécurité.';
    expect(ellipsis.slice(...range(sentenceAt(ellipsis, 0, ellipsis.length, 3)))).toBe(
      'Surtout des médecins…',
    );
    expect(ellipsis.slice(...range(sentenceAt(ellipsis, 0, ellipsis.length, 30)))).toBe(
      'Le cœur du sujet, c’est la sécurité.',
    );
    // within bounds: the turn's speech only
    const lo = turn.indexOf('Le');
    expect(sentenceAt(turn, lo, lo + 14, lo + 3)).toEqual({ start: lo, end: lo + 14 });
  });

  it('moves a bound by one word, never emptying the segment', () => {
    const t = 'Le cœur du sujet, c’est l’établissement.';
    const r = { start: t.indexOf('cœur'), end: t.indexOf('du') + 2 };
    expect(t.slice(...range(stepBound(t, r, 'end', 1)))).toBe('cœur du sujet');
    expect(t.slice(...range(stepBound(t, r, 'end', -1)))).toBe('cœur');
    expect(t.slice(...range(stepBound(t, r, 'start', -1)))).toBe('Le cœur du');
    expect(t.slice(...range(stepBound(t, r, 'start', 1)))).toBe('du');
    const one = { start: t.indexOf('cœur'), end: t.indexOf('cœur') + 4 };
    expect(stepBound(t, one, 'end', -1)).toEqual(one);
    expect(stepBound(t, one, 'start', 1)).toEqual(one);
    expect(stepBound(t, { start: 0, end: 2 }, 'start', -1)).toEqual({ start: 0, end: 2 });
  });
});

function range(r: { start: number; end: number }): [number, number] {
  return [r.start, r.end];
}
