import { ImportError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Mostly UTF-8 with a few bytes that are not: those bytes were read as Windows-1252. */
  mixed?: boolean;
}

/** Signatures of files people pick by mistake; the label ends up in the French refusal. */
const SIGNATURES: { bytes: number[]; offset?: number; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'image PNG' },
  { bytes: [0xff, 0xd8, 0xff], what: 'image JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'image GIF' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'document PDF' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'archive ZIP : peut-être un document Word ou OpenDocument renommé',
  },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'archive ZIP' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'document Office protégé ou ancien format',
  },
  { bytes: [0x1f, 0x8b], what: 'archive compressée' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'archive RAR' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'archive 7-Zip' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'programme' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'fichier audio ou vidéo' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'fichier audio' },
  { bytes: [0x49, 0x44, 0x33], what: 'fichier audio' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'fichier audio ou vidéo' },
  { bytes: [0x66, 0x4c, 0x61, 0x43], what: 'fichier audio' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'base de données SQLite' },
];

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[offset + i] !== sig[i]) return false;
  return true;
}

/** What a file's first bytes say it is, when it is one of the binary formats above. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) if (startsWith(bytes, sig.bytes, sig.offset)) return sig.what;
  return null;
}

function refuseBinary(what: string): never {
  throw new ImportError(`Fichier binaire : ce n’est pas un texte (${what})`);
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF8_LOOSE = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Windows-1252 bytes 0x80..0x9F (the rest is Latin-1). Node 20's TextDecoder accepts the label
 * 'windows-1252' but decodes as Latin-1 (0x92 would become U+0092 instead of ’), so the table is ours.
 * The five unassigned bytes map to the C1 code points, as the WHATWG Encoding standard does.
 */
export const WINDOWS_1252_80_9F: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function cp1252Unit(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_9F[byte - 0x80]! : byte;
}

/** Decodes Windows-1252 in chunks (no per-character string concatenation). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const units = new Uint16Array(CHUNK);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - i);
    for (let k = 0; k < n; k++) units[k] = cp1252Unit(bytes[i + k]!);
    parts.push(String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]));
  }
  return parts.join('');
}

/** UTF-16 without a BOM: most characters of a French text have a zero high byte. */
function sniffUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < zeroOdd * 0.1) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < zeroEven * 0.1) return 'utf-16be';
  return null;
}

/** Length of a valid UTF-8 multi-byte sequence starting at i, or 0 when the bytes are not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let len: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) len = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    len = 3;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    len = 4;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + len > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < len; k++) {
    const c = bytes[i + k]!;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return len;
}

/**
 * Bytes that are not valid UTF-8: either a Windows-1252 file (few or no valid multi-byte sequences), or a
 * UTF-8 file with a few stray Windows-1252 bytes (pasted from another file). The second is decoded
 * piecewise so that neither kind of accent is mangled.
 */
function decodeInvalidUtf8(bytes: Uint8Array): DecodedText {
  // Sequences that are UTF-8 beyond reasonable doubt: 3 and 4 bytes, or 2 bytes led by C2/C3/C5 (é, à, ç,
  // œ, «, », no-break space...). In Windows-1252 those leads are Â, Ã, Å, which French text hardly
  // ever puts before a symbol, whereas every accented letter of a Windows-1252 file is an invalid byte.
  let utf8Evidence = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len) {
      if (len > 2 || b === 0xc2 || b === 0xc3 || b === 0xc5) utf8Evidence++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  if (utf8Evidence === 0 || utf8Evidence * 4 < invalid)
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len) {
      i += len;
      continue;
    }
    if (i > runStart) parts.push(UTF8_LOOSE.decode(bytes.subarray(runStart, i)));
    parts.push(String.fromCharCode(cp1252Unit(bytes[i]!)));
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(UTF8_LOOSE.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), encoding: 'utf-8', mixed: true };
}

/** Control characters that never occur in a real transcript (tab, line breaks and form feed excluded). */
function isStrayControl(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) ||
    c === 0x7f ||
    (c >= 0x80 && c <= 0x9f && c !== 0x85) ||
    c === 0xfffd
  );
}

function assertMostlyPrintable(text: string): void {
  const n = Math.min(text.length, 1_000_000);
  let count = 0;
  for (let i = 0; i < n; i++) if (isStrayControl(text.charCodeAt(i))) count++;
  if (n > 0 && ((count >= 2 && count > n * 0.01) || count > n * 0.1)) refuseBinary('caractères de contrôle');
}

/**
 * Decodes the bytes of a text file: BOM first (UTF-8, UTF-16 LE/BE), then UTF-16 without BOM (many
 * alternating zero bytes), then strict UTF-8, then Windows-1252 (the encoding of French Windows
 * files). The BOM is not part of the text. Throws ImportError when the bytes are not text at all
 * (known binary signature, zero bytes in an 8-bit file, many control characters).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const signature = binarySignature(bytes);
  if (signature) refuseBinary(signature);
  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      decoded = { text: UTF8_STRICT.decode(bytes), encoding: 'utf-8' };
    } catch {
      decoded = decodeInvalidUtf8(bytes.subarray(3));
    }
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
    } else {
      if (bytes.indexOf(0) !== -1) refuseBinary('octets nuls');
      try {
        decoded = { text: UTF8_STRICT.decode(bytes), encoding: 'utf-8' };
      } catch {
        decoded = decodeInvalidUtf8(bytes);
      }
    }
  }
  // A DOS end-of-file marker (Ctrl+Z) is not content.
  // eslint-disable-next-line no-control-regex
  if (decoded.text.endsWith('\x1a')) decoded.text = decoded.text.replace(/\x1a+$/, '');
  if (decoded.text.charCodeAt(0) === 0xfeff) decoded.text = decoded.text.slice(1);
  assertMostlyPrintable(decoded.text);
  return decoded;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]/g;

/**
 * The stored form of a transcript: no BOM, `\n` line endings (CRLF, lone CR, NEL, vertical tab, form
 * feed and the Unicode line/paragraph separators all become `\n`), no stray control characters (they
 * would break XML exports), no lone surrogates, NFC.
 */
export function normalizeText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // eslint-disable-next-line no-control-regex
  t = t.replace(/\r\n?|[\x0b\x0c\x85\u2028\u2029]/g, '\n');
  t = t.replace(STRAY_CONTROLS, '');
  t = t.replace(LONE_SURROGATE, '\uFFFD');
  return t.normalize('NFC');
}
