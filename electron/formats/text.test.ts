import { describe, expect, it } from 'vitest';
import { encodeUtf16, encodeWindows1252 } from './fixtures';
import { decodeText, normalizeText } from './text';
import { importErrorOf } from './test-helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const FRENCH = 'Société, santé, établissement, déploiement : « œuvre » d’équipe… É à ç ù';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM, and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]);
    expect(decodeText(bytes)).toEqual({ text: FRENCH, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(encodeUtf16(FRENCH, 'le', true))).toEqual({ text: FRENCH, encoding: 'utf-16le' });
    expect(decodeText(encodeUtf16(FRENCH, 'be', true))).toEqual({ text: FRENCH, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM from its alternating zero bytes', () => {
    expect(decodeText(encodeUtf16(FRENCH, 'le', false))).toEqual({ text: FRENCH, encoding: 'utf-16le' });
    expect(decodeText(encodeUtf16(FRENCH, 'be', false))).toEqual({ text: FRENCH, encoding: 'utf-16be' });
  });

  it('prefers strict UTF-8 when the bytes are valid UTF-8', () => {
    expect(decodeText(utf8(FRENCH))).toEqual({ text: FRENCH, encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 and gets the French characters right', () => {
    // é = E9, œ = 9C, ’ = 92, « » = AB BB, … = 85, É = C9
    const bytes = new Uint8Array([0xe9, 0x20, 0x9c, 0x20, 0x92, 0x20, 0xab, 0xbb, 0x20, 0x85, 0x20, 0xc9]);
    expect(decodeText(bytes)).toEqual({ text: 'é œ ’ «» … É', encoding: 'windows-1252' });
    expect(decodeText(encodeWindows1252(FRENCH))).toEqual({ text: FRENCH, encoding: 'windows-1252' });
  });

  it('does not mistake a chance UTF-8-looking pair in a Windows-1252 file for UTF-8', () => {
    // "CAFÉ…" is C9 85 in Windows-1252, which is also a valid UTF-8 sequence (U+0245).
    const bytes = encodeWindows1252('Le CAFÉ… et la santé de l’équipe, € 20');
    expect(decodeText(bytes)).toEqual({
      text: 'Le CAFÉ… et la santé de l’équipe, € 20',
      encoding: 'windows-1252',
    });
  });

  it('keeps both kinds of accents in a UTF-8 file with a stray Windows-1252 byte', () => {
    const bytes = new Uint8Array([...utf8('Société, santé, déploiement — '), 0xe9, ...utf8('tabli')]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Société, santé, déploiement — établi');
    expect(decoded.encoding).toBe('utf-8');
  });

  it('refuses binary files with a French reason naming what they look like', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(importErrorOf(() => decodeText(png))).toBe('Fichier binaire : ce n’est pas un texte (image PNG)');
    expect(importErrorOf(() => decodeText(utf8('%PDF-1.7\n%âãÏÓ')))).toBe(
      'Fichier binaire : ce n’est pas un texte (document PDF)',
    );
    expect(importErrorOf(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0])))).toMatch(
      /^Fichier binaire : ce n’est pas un texte \(archive ZIP/,
    );
  });

  it('refuses NUL bytes in what claims to be 8-bit text', () => {
    const bytes = utf8(
      'Intervieweuse : bonjour\u0000\u0000\u0000 et la suite du texte, assez longue pour compter',
    );
    expect(importErrorOf(() => decodeText(bytes))).toBe(
      'Fichier binaire : ce n’est pas un texte (octets nuls)',
    );
  });

  it('refuses text made largely of control characters', () => {
    const bytes = new Uint8Array(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 5 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26);
    expect(importErrorOf(() => decodeText(bytes))).toBe(
      'Fichier binaire : ce n’est pas un texte (caractères de contrôle)',
    );
  });

  it('accepts a DOS end-of-file marker and the odd form feed', () => {
    expect(decodeText(utf8('Q : bonjour\f\nR : salut\x1a')).text).toBe('Q : bonjour\f\nR : salut');
  });
});

describe('normalizeText', () => {
  it('converts CRLF, lone CR and Unicode separators to \\n', () => {
    expect(normalizeText('a\r\nb\rc\nd\u2028e\u2029f')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('drops the BOM and stray control characters, composes accents (NFC)', () => {
    expect(normalizeText('\uFEFFSante\u0301\u0007 ok')).toBe('Santé ok');
  });

  it('replaces lone surrogates, which would break XML exports', () => {
    expect(normalizeText('a\uD800b')).toBe('a\uFFFDb');
    expect(normalizeText('🏥')).toBe('🏥');
  });
});
