import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { catalogues, interpolate, placeholdersOf, translate, translateCount } from './index';

const frKeys = Object.keys(fr).sort();

describe('message catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(frKeys);
  });

  it('have no empty message', () => {
    for (const [lang, messages] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of frKeys) {
      const k = key as keyof typeof fr;
      expect(placeholdersOf(en[k]), key).toEqual(placeholdersOf(fr[k]));
    }
  });

  it('give the plural form wherever a singular form is given', () => {
    for (const key of frKeys) {
      if (key.endsWith('.one')) expect(frKeys, key).toContain(key.replace(/\.one$/, '.other'));
    }
  });

  it('name the navigation in both languages', () => {
    expect(translate('fr', 'nav.portefeuille')).toBe('Portefeuille');
    expect(translate('en', 'nav.portefeuille')).toBe('Portfolio');
    expect(translate('fr', 'nav.parametres')).toBe('Paramètres');
    expect(translate('en', 'nav.analyses')).toBe('Analysis');
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'workspace.recent.openedAt', { date: '3 mars 2025' })).toBe(
      'Ouvert le 3 mars 2025',
    );
    expect(interpolate('{a} et {b}', { a: 1 })).toBe('1 et {b}');
  });

  it('chooses plural forms by language (French 0 and 1 are singular)', () => {
    expect(translateCount('fr', 'interviews.count', 0)).toBe('0 entretien');
    expect(translateCount('fr', 'interviews.count', 1)).toBe('1 entretien');
    expect(translateCount('fr', 'interviews.count', 8)).toBe('8 entretiens');
    expect(translateCount('en', 'interviews.count', 0)).toBe('0 interviews');
    expect(translateCount('en', 'interviews.count', 1)).toBe('1 interview');
  });
});
