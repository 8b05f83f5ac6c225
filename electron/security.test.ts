import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedHost,
  isAllowedOrigin,
  isAppUrl,
  parseCookies,
  tokensEqual,
} from './security';

describe('security decisions', () => {
  it('accepts only this loopback host and port in the Host header', () => {
    expect(isAllowedHost('127.0.0.1:4123', 4123)).toBe(true);
    expect(isAllowedHost('localhost:4123', 4123)).toBe(true);
    expect(isAllowedHost('127.0.0.1:4124', 4123)).toBe(false);
    expect(isAllowedHost('evil.example:4123', 4123)).toBe(false);
    expect(isAllowedHost('rebind.attacker.test', 4123)).toBe(false);
    expect(isAllowedHost(undefined, 4123)).toBe(false);
  });

  it('accepts no Origin (same-origin navigation) or this very origin only', () => {
    expect(isAllowedOrigin(undefined, 80)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:80', 80)).toBe(true);
    expect(isAllowedOrigin('http://evil.example', 80)).toBe(false);
    expect(isAllowedOrigin('null', 80)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:80', 80)).toBe(false);
  });

  it('compares tokens exactly', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abc', 'abd')).toBe(false);
    expect(tokensEqual('abc', 'ab')).toBe(false);
    expect(tokensEqual('abc', undefined)).toBe(false);
  });

  it('reads cookies', () => {
    expect(parseCookies('a=1; terrain_token_9=x%2By')).toEqual({ a: '1', terrain_token_9: 'x+y' });
    expect(parseCookies(undefined)).toEqual({});
  });

  it('lets the Electron window show only the app’s own pages', () => {
    expect(isAppUrl('app://terrain/index.html')).toBe(true);
    expect(isAppUrl('https://terrain/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('allows no remote content', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});
