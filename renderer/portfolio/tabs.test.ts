import { describe, expect, it } from 'vitest';
import { base64ToBytes, mimeOf } from './download';
import { readTab, tabHash } from './tabs';

describe('portfolio tab in the hash', () => {
  it('reads the tab and ignores unknown ones', () => {
    expect(readTab('#/portefeuille?tab=organisations')).toBe('organisations');
    expect(readTab('#/portefeuille?tab=dashboard&x=1')).toBe('dashboard');
    expect(readTab('#/portefeuille')).toBeNull();
    expect(readTab('#/portefeuille?tab=nope')).toBeNull();
  });
  it('writes it back', () => {
    expect(readTab(tabHash('dashboard'))).toBe('dashboard');
    expect(tabHash('projects')).toBe('#/portefeuille');
  });
});

describe('downloads', () => {
  it('decodes base64 and names the type', () => {
    expect([...base64ToBytes(btoa('é,1'))]).toEqual([0xe9, 0x2c, 0x31]);
    expect(mimeOf('portefeuille.xlsx')).toContain('spreadsheetml');
    expect(mimeOf('projets.csv')).toContain('text/csv');
  });
});
