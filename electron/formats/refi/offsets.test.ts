import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text';
import {
  codePointToUnit,
  excerptMatches,
  normalizeWithMap,
  placeSelections,
  unitToCodePoint,
} from './offsets';

/** Positions of `needle` in `text` counted the way a given writer counts them. */
function positions(
  text: string,
  needle: string,
  unit: 'codepoint' | 'utf16',
): { start: number; end: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in text`);
  const count = (s: string) => (unit === 'utf16' ? s.length : [...s].length);
  return { start: count(text.slice(0, at)), end: count(text.slice(0, at + needle.length)) };
}

describe('normalizeWithMap', () => {
  const samples = [
    'Intervieweuse : Bonjour.\r\nMarie : Bonjour 👋🏽,\rje suis infirmière.\n',
    'Cafe\u0301 et cre\u0300me brûlée\r\n\r\nfin',
    'tab\tok \u0001 contrôle \u2028 séparateur \u0085 NEL',
    'seul \uD83D surrogate et 😀 entier',
    'rien à changer : déjà propre 🙂',
  ];

  it.each(samples)('gives the same text as the transcript importers (%#)', (raw) => {
    expect(normalizeWithMap(raw).text).toBe(normalizeText(raw));
  });

  it('maps every raw position to the stored text, keeping the text between positions', () => {
    const raw = 'Q : Cafe\u0301 ?\r\nR : Oui 😀, très\r\nbien.';
    const { text, map } = normalizeWithMap(raw);
    expect(map).not.toBeNull();
    const at = (i: number) => map![i]!;
    // Each word keeps its text once mapped.
    for (const word of ['Oui', 'très', 'bien', '😀']) {
      const s = raw.indexOf(word);
      expect(text.slice(at(s), at(s + word.length))).toBe(word);
    }
    // The decomposed é is one character once stored.
    const cafe = raw.indexOf('Cafe\u0301');
    expect(text.slice(at(cafe), at(cafe + 'Cafe\u0301'.length))).toBe('Café');
    for (let i = 1; i < map!.length; i++) expect(map![i]!).toBeGreaterThanOrEqual(map![i - 1]!);
    expect(at(raw.length)).toBe(text.length);
  });
});

describe('code points and UTF-16 units', () => {
  it('converts both ways around astral characters', () => {
    const text = 'a😀b👩🏽‍⚕️c';
    const toUnit = codePointToUnit(text)!;
    const toCp = unitToCodePoint(text);
    const cps = [...text];
    for (let cp = 0; cp <= cps.length; cp++) {
      expect(text.slice(0, toUnit[cp]!)).toBe(cps.slice(0, cp).join(''));
      expect(toCp(toUnit[cp]!)).toBe(cp);
    }
    expect(codePointToUnit('plain')).toBeNull();
  });
});

describe('placeSelections', () => {
  const raw =
    'Intervieweuse : Que pensez-vous du déploiement ? 🤔\r\n' +
    'Marie : Le DPI 🏥 a été long à installer, vraiment long.\r\n' +
    'Intervieweuse : Et les équipes 👩‍⚕️👨‍⚕️ ?\r\n' +
    'Marie : Elles ont fini par adopter l’outil.\r\n';
  const norm = normalizeWithMap(raw);
  const wanted = [
    'Le DPI 🏥 a été long à installer',
    'vraiment long',
    'Elles ont fini par adopter l’outil',
    'équipes',
  ];

  const check = (reading: ReturnType<typeof placeSelections>, expected: object) => {
    expect(reading.reading).toMatchObject(expected);
    reading.placements.forEach((p, i) => {
      expect(p.ok).toBe(true);
      if (p.ok) expect(norm.text.slice(p.start, p.end)).toBe(wanted[i]);
    });
  };

  it('reads code points, as the standard says', () => {
    const sels = wanted.map((w) => ({ ...positions(raw, w, 'codepoint'), name: null }));
    check(placeSelections(raw, false, norm, sels), { unit: 'codepoint', crlf: 'two', bomCounted: false });
  });

  it('recognises UTF-16 units (NVivo) even when the writer is not named', () => {
    const sels = wanted.map((w) => ({ ...positions(raw, w, 'utf16'), name: null }));
    check(placeSelections(raw, false, norm, sels), { unit: 'utf16', crlf: 'two' });
  });

  it('recognises positions counted on text read with CRLF as one character', () => {
    const lf = raw.replace(/\r\n/g, '\n');
    const sels = wanted.map((w) => ({ ...positions(lf, w, 'codepoint'), name: null }));
    check(placeSelections(raw, false, norm, sels), { unit: 'codepoint', crlf: 'one' });
  });

  it('recognises positions that count the byte-order mark', () => {
    const sels = wanted.map((w) => {
      const p = positions(raw, w, 'codepoint');
      return { start: p.start + 1, end: p.end + 1, name: null };
    });
    check(placeSelections(raw, true, norm, sels), { bomCounted: true });
  });

  it('uses the excerpt a writer puts in the selection name to decide', () => {
    const text = 'aaaa bbbb cccc dddd eeee ffff';
    const n = normalizeWithMap(text);
    const r = placeSelections(text, false, n, [{ start: 5, end: 14, name: 'bbbb cccc' }]);
    expect(r.placements[0]).toEqual({ ok: true, start: 5, end: 14 });
    expect(excerptMatches('bbbb cccc…', 'bbbb cccc dddd')).toBe(true);
    expect(excerptMatches('line:6', 'whatever')).toBeNull();
  });

  it('says why a selection cannot be placed', () => {
    const text = 'court texte';
    const n = normalizeWithMap(text);
    const r = placeSelections(text, false, n, [
      { start: 3, end: 3, name: null },
      { start: 2, end: 400, name: null },
      { start: 5, end: 6, name: null },
    ]);
    expect(r.placements[0]).toMatchObject({ ok: false, reason: expect.stringMatching(/vide/) });
    expect(r.placements[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/au-delà/) });
    expect(r.placements[2]).toMatchObject({ ok: false, reason: expect.stringMatching(/espaces/) });
  });
});
