import { describe, expect, it } from 'vitest';
import type { CodeNode } from '../../shared/domain';
import { indexCodes } from '../lib/codes';
import { historyShortcut } from './keys';
import { sortCodeIds } from './code-order';
import { rankCodes } from './rank';

const code = (
  id: string,
  name: string,
  parentId: string | null = null,
  nameEn: string | null = null,
): CodeNode => ({
  id,
  parentId,
  name,
  nameEn,
  color: null,
  definition: null,
  kind: 'free',
  taxonomyKey: null,
  order: 0,
  segmentCount: 0,
  interviewCount: 0,
});

const index = indexCodes([
  code('b', 'Enjeux du déploiement', null, 'Deployment challenges'),
  code('s1', 'Sécurité sociale', 'b', 'Social security'),
  code('s2', 'Interopérabilité, confidentialité et sécurité des données', 'b', 'Data security'),
  code('p', 'Professionnels de santé', 'b'),
  code('sec', 'Sécurité', 'b'),
]);

describe('rankCodes', () => {
  it('matches names without accents, exact names first, then prefixes, then words, then anywhere', () => {
    expect(rankCodes(index, 'securite', 'fr').map((c) => c.id)).toEqual(['sec', 's1', 's2']);
    expect(rankCodes(index, 'donnees securite', 'fr').map((c) => c.id)).toEqual(['s2']);
    expect(rankCodes(index, 'SANTÉ', 'fr').map((c) => c.id)).toEqual(['p']);
  });

  it('searches the names of the interface language', () => {
    expect(rankCodes(index, 'security', 'en').map((c) => c.id)).toEqual(['s1', 's2']);
    expect(rankCodes(index, 'security', 'fr')).toEqual([]);
  });

  it('lists every code in codebook order for an empty query', () => {
    expect(rankCodes(index, '  ', 'fr').map((c) => c.id)).toEqual(['b', 's1', 's2', 'p', 'sec']);
  });
});

describe('sortCodeIds', () => {
  it('puts a segment’s codes in codebook order, unknown ones last', () => {
    expect(sortCodeIds(['sec', 'zz', 's1'], index)).toEqual(['s1', 'sec', 'zz']);
  });
});

describe('historyShortcut', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('reads Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y', () => {
    expect(historyShortcut(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(key('z', { metaKey: true }))).toBe('undo');
    expect(historyShortcut(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyShortcut(key('z'))).toBeNull();
    expect(historyShortcut(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});
