import { describe, expect, it } from 'vitest';
import { fold, toFtsQuery } from './search-query';

describe('search query', () => {
  it('ands plain words and quotes each as a token', () => {
    expect(toFtsQuery('societe adoption')).toEqual({
      ok: true,
      fts: '"societe" AND "adoption"',
      terms: ['societe', 'adoption'],
    });
  });

  it('keeps phrases and prefixes', () => {
    expect(toFtsQuery('"dossier patient" déploi*')).toMatchObject({
      ok: true,
      fts: '"dossier patient" AND "déploi"*',
    });
  });

  it('treats French punctuation as separators, never as syntax', () => {
    expect(toFtsQuery("l'hôpital : co-construction")).toMatchObject({
      ok: true,
      fts: '"l hôpital" AND "co construction"',
    });
  });

  it('understands OU and SAUF between terms', () => {
    expect(toFtsQuery('cybersécurité OU interopérabilité')).toMatchObject({
      fts: '"cybersécurité" OR "interopérabilité"',
    });
    expect(toFtsQuery('données SAUF santé')).toMatchObject({ fts: '"données" NOT "santé"' });
  });

  it('answers a message for what it cannot search', () => {
    expect(toFtsQuery('"non fermé')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Guillemet/),
    });
    expect(toFtsQuery('   ')).toMatchObject({ ok: false });
    expect(toFtsQuery('!!! ???')).toMatchObject({ ok: false, message: expect.stringMatching(/ponctuation/) });
    expect(toFtsQuery('OU santé')).toMatchObject({ ok: false });
    expect(toFtsQuery('santé OU')).toMatchObject({ ok: false });
    expect(toFtsQuery('SAUF santé')).toMatchObject({ ok: false });
  });

  it('folds accents and case as the index does', () => {
    expect(fold('Société ÉTABLISSEMENT')).toBe('societe etablissement');
  });
});
