import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';

describe('bytesToBase64', () => {
  it('matches Node’s encoder for every length around the chunk boundaries', () => {
    for (const n of [0, 1, 2, 3, 4, 24575, 24576, 24577, 49152, 49153]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
      expect(bytesToBase64(bytes), String(n)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes a 5 MB file without overflowing the stack', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024).map((_, i) => i & 0xff);
    const encoded = bytesToBase64(bytes);
    expect(Buffer.from(encoded, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
