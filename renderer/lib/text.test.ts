import { describe, expect, it } from 'vitest';
import { fold, matchesQuery } from './text';

describe('accent-insensitive search', () => {
  it('folds accents, ligatures and case', () => {
    expect(fold('Société Œuvre')).toBe('societe oeuvre');
    expect(fold('Établissements de santé')).toBe('etablissements de sante');
  });

  it('matches every word of the query somewhere in the texts', () => {
    expect(matchesQuery('etablissement sante', 'Établissements de santé')).toBe(true);
    expect(matchesQuery('interop donnees', 'Interopérabilité', 'confidentialité des données')).toBe(true);
    expect(matchesQuery('cybersecurite', 'Interopérabilité')).toBe(false);
    expect(matchesQuery('   ', 'anything')).toBe(true);
  });
});
