import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatEuros, parseDate } from './format';

/** Intl uses narrow and ordinary no-break spaces in French; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('formats euros French style', () => {
    expect(plain(formatEuros(45000))).toBe('45 000 €');
    expect(plain(formatEuros(41720.4))).toBe('41 720 €');
  });

  it('reads calendar days in local time', () => {
    const d = parseDate('2023-03-17');
    expect(d?.getFullYear()).toBe(2023);
    expect(d?.getMonth()).toBe(2);
    expect(d?.getDate()).toBe(17);
    expect(parseDate('not a date')).toBeNull();
  });

  it('formats dates by language and keeps unreadable values', () => {
    expect(formatDate('fr', '2023-03-17')).toBe('17 mars 2023');
    expect(formatDate('en', '2023-03-17')).toBe('17 Mar 2023');
    expect(formatDate('fr', 'printemps')).toBe('printemps');
    expect(formatDate('fr', null)).toBe('');
  });

  it('formats sizes in the language units', () => {
    expect(formatBytes('fr', 512)).toBe('512 o');
    expect(plain(formatBytes('fr', 1536))).toBe('1,5 Ko');
    expect(formatBytes('en', 3 * 1024 * 1024)).toBe('3 MB');
  });
});
