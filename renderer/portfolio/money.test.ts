import { describe, expect, it } from 'vitest';
import { formatEurosInput, parseEuros } from './money';

const value = (text: string) => {
  const parsed = parseEuros(text);
  return parsed.ok ? parsed.value : 'invalid';
};

describe('parseEuros', () => {
  it('reads French amounts', () => {
    expect(value('45 000')).toBe(45000);
    expect(value('45000')).toBe(45000);
    expect(value('45000,50')).toBe(45000.5);
    expect(value('45 000,5 €')).toBe(45000.5);
    expect(value('45\u202f000\u00a0€')).toBe(45000);
    expect(value('1 250 000')).toBe(1250000);
    expect(value('12 500 euros')).toBe(12500);
    expect(value('0')).toBe(0);
  });

  it('reads the variants spreadsheets paste', () => {
    expect(value('45.000')).toBe(45000);
    expect(value('1.250.000')).toBe(1250000);
    expect(value('45.000,50')).toBe(45000.5);
    expect(value('45,000.50')).toBe(45000.5);
    expect(value('45000.5')).toBe(45000.5);
    expect(value("45'000")).toBe(45000);
  });

  it('keeps cents at most', () => {
    expect(value('10,456')).toBe(10.46);
  });

  it('treats an empty field as no amount', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
    expect(value('€')).toBeNull();
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['abc', '-500', '12,5,3', '1.2.3', '45,000,000.5.5', ',', '.', '12a', '4 5,00,0', '.5'])
      expect(value(bad), bad).toBe('invalid');
  });
});

describe('formatEurosInput', () => {
  it('writes amounts back the way they are typed', () => {
    expect(formatEurosInput(45000)).toBe('45 000');
    expect(formatEurosInput(45000.5)).toBe('45 000,5');
    expect(formatEurosInput(null)).toBe('');
  });

  it('round-trips through parseEuros', () => {
    for (const n of [0, 12, 1250000, 41720.25]) expect(value(formatEurosInput(n))).toBe(n);
  });
});
