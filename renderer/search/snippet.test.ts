import { describe, expect, it } from 'vitest';
import { makeT } from '../i18n';
import { highlightTerms, parseSnippet, searchSummary } from './snippet';

describe('parseSnippet', () => {
  it('cuts a snippet into plain and marked pieces', () => {
    expect(parseSnippet('…la \u0002société\u0003 civile et la \u0002Société\u0003…')).toEqual([
      { text: '…la ', hit: false },
      { text: 'société', hit: true },
      { text: ' civile et la ', hit: false },
      { text: 'Société', hit: true },
      { text: '…', hit: false },
    ]);
  });

  it('keeps markup as text and tolerates unbalanced markers', () => {
    expect(parseSnippet('<b>x</b> \u0002y')).toEqual([
      { text: '<b>x</b> ', hit: false },
      { text: 'y', hit: true },
    ]);
    expect(parseSnippet('a\u0003b')).toEqual([{ text: 'ab', hit: false }]);
    expect(parseSnippet('')).toEqual([]);
  });

  it('joins adjacent marked words into one mark', () => {
    expect(parseSnippet('\u0002dossier\u0003\u0002 médical\u0003')).toEqual([
      { text: 'dossier médical', hit: true },
    ]);
  });
});

describe('highlightTerms', () => {
  it('marks words starting with a term, ignoring accents and case', () => {
    expect(highlightTerms('Le cadre réglementaire, les Réglementaires.', ['reglementaire'])).toEqual([
      { text: 'Le cadre ', hit: false },
      { text: 'réglementaire', hit: true },
      { text: ', les ', hit: false },
      { text: 'Réglementaires', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('handles ligatures and no terms', () => {
    expect(highlightTerms('mise en œuvre', ['oeuvre'])).toEqual([
      { text: 'mise en ', hit: false },
      { text: 'œuvre', hit: true },
    ]);
    expect(highlightTerms('texte', [])).toEqual([{ text: 'texte', hit: false }]);
  });
});

describe('searchSummary', () => {
  const fr = makeT('fr');
  const en = makeT('en');
  it('says how many were found and shown, and that a capped count is a floor', () => {
    expect(searchSummary(fr, { total: 0, capped: false }, 0, 'télésuivi')).toContain('télésuivi');
    expect(searchSummary(fr, { total: 3, capped: false }, 3, 'q')).toBe('3 résultats');
    expect(searchSummary(fr, { total: 1, capped: false }, 1, 'q')).toBe('1 résultat');
    expect(searchSummary(en, { total: 2400, capped: false }, 100, 'q')).toBe(
      '2,400 results, the 100 most relevant shown',
    );
    expect(searchSummary(en, { total: 10000, capped: true }, 100, 'q')).toBe(
      'At least 10,000 results, the first 100 shown',
    );
    expect(searchSummary(fr, { total: 10000, capped: true }, 100, 'q')).toMatch(
      /^Au moins 10\s000 résultats/,
    );
  });
});
