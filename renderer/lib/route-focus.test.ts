import { describe, expect, it } from 'vitest';
import { focusHash, parseHash, readFocusTarget } from './route';

describe('focus targets in the hash', () => {
  it('build and read back a segment and an offset', () => {
    const hash = focusHash('0190-abc', { segmentId: 'seg-1', at: 1463 });
    expect(hash).toBe('#/entretiens/0190-abc?segment=seg-1&at=1463');
    expect(readFocusTarget(hash)).toEqual({ segmentId: 'seg-1', at: 1463 });
    expect(readFocusTarget(focusHash('x', { at: 0 }))).toEqual({ segmentId: null, at: 0 });
  });

  it('leave the route itself unchanged', () => {
    expect(parseHash('#/entretiens/0190-abc?segment=seg-1&at=12')).toEqual({
      view: 'entretiens',
      id: '0190-abc',
    });
    expect(parseHash('#/verbatims?x=1')).toEqual({ view: 'verbatims', id: null });
  });

  it('give null without a target, and ignore a malformed offset', () => {
    expect(readFocusTarget('#/entretiens/0190-abc')).toBeNull();
    expect(readFocusTarget('#/entretiens/0190-abc?at=abc')).toBeNull();
    expect(readFocusTarget('#/entretiens/0190-abc?segment=s&at=-3')).toEqual({ segmentId: 's', at: null });
  });
});
