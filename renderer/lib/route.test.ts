import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, parseHash, routeToHash } from './route';

describe('hash routes', () => {
  it('read a view and an optional item', () => {
    expect(parseHash('#/verbatims')).toEqual({ view: 'verbatims', id: null });
    expect(parseHash('#/portefeuille/0190-abc')).toEqual({ view: 'portefeuille', id: '0190-abc' });
  });

  it('fall back to the interviews list on anything unknown', () => {
    expect(parseHash('')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/nowhere')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/entretiens/%E0%A4%A')).toEqual({ view: 'entretiens', id: null });
  });

  it('round-trip ids with unusual characters', () => {
    const route = { view: 'entretiens' as const, id: 'a/b c' };
    expect(parseHash(routeToHash(route))).toEqual(route);
    expect(routeToHash({ view: 'codebook', id: null })).toBe('#/codebook');
  });
});
