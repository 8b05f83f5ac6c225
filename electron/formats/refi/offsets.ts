/**
 * Text positions across the REFI-QDA boundary.
 *
 * Terrain counts UTF-16 code units into its stored text (no BOM, `\n` line endings, NFC). The standard counts
 * Unicode code points from the start of the plain-text file. Writers differ: NVivo 12 counts UTF-16 units
 * (an emoji is two), some tools count a CRLF as one character because they read the file with universal
 * newlines, and a writer may or may not count the byte-order mark. The reader therefore tries every reading
 * the file allows and keeps the one under which the selections fall on word boundaries (and match the
 * excerpt some writers put in the selection's name); the writer always writes code points.
 */
import type { OffsetReading } from './model';

/** The stored text and, for each UTF-16 index of the raw text (0..raw.length), its index in the stored text. */
export interface NormalizedText {
  text: string;
  /** Null when the stored text is the raw text (identity). */
  map: Int32Array | null;
}

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\uD800-\uDFFF]/;

function isStrayControl(c: number): boolean {
  return (
    (c <= 0x08 && c >= 0x00) ||
    (c >= 0x0e && c <= 0x1f) ||
    c === 0x7f ||
    (c >= 0x80 && c <= 0x84) ||
    (c >= 0x86 && c <= 0x9f)
  );
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The same text as `normalizeText` (electron/formats/text.ts) gives, for a raw text without its BOM, with the
 * position map from raw to stored text: CRLF and lone CR (and VT, FF, NEL, LS, PS) become `\n`, stray control
 * characters go, lone surrogates become U+FFFD, then NFC.
 */
export function normalizeWithMap(raw: string): NormalizedText {
  let step1 = raw;
  let map1: Int32Array | null = null;
  if (NEEDS_WORK.test(raw)) {
    const n = raw.length;
    map1 = new Int32Array(n + 1);
    const parts: string[] = [];
    let pos = 0;
    let runStart = 0;
    const flush = (i: number) => {
      if (i > runStart) parts.push(raw.slice(runStart, i));
    };
    for (let i = 0; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 0x20 && c < 0x7f) {
        map1[i] = pos++;
        continue;
      }
      if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) {
        flush(i);
        runStart = i + 1;
        map1[i] = pos;
      } else if (c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) {
        flush(i);
        parts.push('\n');
        runStart = i + 1;
        map1[i] = pos++;
      } else if (isStrayControl(c)) {
        flush(i);
        runStart = i + 1;
        map1[i] = pos;
      } else if (isHigh(c) && isLow(raw.charCodeAt(i + 1))) {
        map1[i] = pos++;
        map1[i + 1] = pos++;
        i++;
      } else if (isHigh(c) || isLow(c)) {
        flush(i);
        parts.push('\uFFFD');
        runStart = i + 1;
        map1[i] = pos++;
      } else {
        map1[i] = pos++;
      }
    }
    flush(n);
    map1[n] = pos;
    step1 = parts.join('');
  }

  const nfc = step1.normalize('NFC');
  if (nfc === step1) return { text: step1, map: map1 };

  // NFC changes lengths (a letter and its combining accent become one character). Normalising word by word
  // gives the same text (a space is a stable starter: nothing composes across it) and lets each word's
  // positions be mapped on their own.
  const map2 = new Int32Array(step1.length + 1);
  const out: string[] = [];
  let pos = 0;
  const chunk = /[^\s]+|\s+/g;
  for (let m = chunk.exec(step1); m; m = chunk.exec(step1)) {
    const word = m[0];
    const at = m.index;
    const norm = word.normalize('NFC');
    out.push(norm);
    if (norm === word) {
      for (let k = 0; k < word.length; k++) map2[at + k] = pos + k;
    } else if (word.length <= 2000) {
      for (let k = 0; k < word.length; k++)
        map2[at + k] = pos + Math.min(word.slice(0, k).normalize('NFC').length, norm.length);
    } else {
      for (let k = 0; k < word.length; k++) map2[at + k] = pos + Math.round((k * norm.length) / word.length);
    }
    pos += norm.length;
  }
  map2[step1.length] = pos;
  const text = out.join('');
  if (!map1) return { text, map: map2 };
  const map = new Int32Array(map1.length);
  for (let i = 0; i < map1.length; i++) map[i] = map2[map1[i]!]!;
  return { text, map };
}

/** For each code point index of `text` (0..count), its UTF-16 index; null when the two coincide. */
export function codePointToUnit(text: string): Int32Array | null {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(i);
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i++;
  }
  out.push(text.length);
  return Int32Array.from(out);
}

/**
 * Converts UTF-16 positions of `text` to code points (for export). A position inside a surrogate pair (which
 * Terrain refuses to store) counts as after the pair.
 */
export function unitToCodePoint(text: string): (unit: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (unit) => unit;
  const before = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = cp;
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      before[i + 1] = cp + 1;
      i++;
    }
    cp++;
  }
  before[text.length] = cp;
  return (unit) => before[Math.max(0, Math.min(unit, text.length))]!;
}

export interface RawSelection {
  start: number;
  end: number;
  /** The selection's name, which some writers fill with the start of the selected text. */
  name: string | null;
}

export type Placement = { ok: true; start: number; end: number } | { ok: false; reason: string };

interface Candidate extends Omit<OffsetReading, 'midWordBounds'> {
  /** Raw position as written -> index into the stored text, or -1 when outside the text. */
  place(position: number): number;
}

const WORD = /[\p{L}\p{N}]/u;
const isWordUnit = (text: string, i: number) => WORD.test(text[i] ?? '');

/** True when a bound at `p` does not cut a word (letters or digits on both sides) nor a surrogate pair. */
function cleanBound(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return true;
  if (isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))) return false;
  return !(isWordUnit(text, p - 1) && isWordUnit(text, p));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a selection's name reads like the start of its text (null when the name is no excerpt). */
export function excerptMatches(name: string | null, selected: string): boolean | null {
  if (!name) return null;
  const n = collapse(name.normalize('NFC'))
    .replace(/(…|\.\.\.)$/, '')
    .trim();
  if (n.length < 8 || /^[\w-]+:\s*\d+$/.test(n)) return null;
  const head = n.slice(0, 40);
  return collapse(selected).startsWith(head);
}

function candidates(raw: string, hasBom: boolean, norm: NormalizedText, preferUtf16: boolean): Candidate[] {
  const toStored = (i: number) => (norm.map ? norm.map[i]! : i);
  const bases: { crlf: OffsetReading['crlf']; text: string; toRaw: Int32Array | null }[] = [];
  if (raw.includes('\r\n')) {
    bases.push({ crlf: 'two', text: raw, toRaw: null });
    const lfToRaw: number[] = [];
    const parts: string[] = [];
    let runStart = 0;
    for (let i = 0; i < raw.length; i++) {
      if (raw.charCodeAt(i) === 0x0d && raw.charCodeAt(i + 1) === 0x0a) {
        parts.push(raw.slice(runStart, i));
        runStart = i + 1;
        continue;
      }
      lfToRaw.push(i);
    }
    parts.push(raw.slice(runStart));
    lfToRaw.push(raw.length);
    bases.push({ crlf: 'one', text: parts.join(''), toRaw: Int32Array.from(lfToRaw) });
  } else {
    bases.push({ crlf: 'none', text: raw, toRaw: null });
  }
  const out: Candidate[] = [];
  const units: OffsetReading['unit'][] = preferUtf16 ? ['utf16', 'codepoint'] : ['codepoint', 'utf16'];
  for (const base of bases) {
    const cps = codePointToUnit(base.text);
    for (const unit of units) {
      // Without characters outside the BMP both units agree: one candidate, named as preferred.
      if (!cps && unit !== units[0]) continue;
      for (const bomCounted of hasBom ? [false, true] : [false]) {
        out.push({
          unit,
          crlf: base.crlf,
          bomCounted,
          place(position) {
            let p = bomCounted ? position - 1 : position;
            if (p < 0) p = 0;
            let u: number;
            if (unit === 'codepoint' && cps) {
              if (p >= cps.length) return -1;
              u = cps[p]!;
            } else {
              if (p > base.text.length) return -1;
              u = p;
            }
            return toStored(base.toRaw ? base.toRaw[u]! : u);
          },
        });
      }
    }
  }
  return out;
}

function scoreOf(c: Candidate, text: string, selections: readonly RawSelection[]): number {
  let score = 0;
  for (const sel of selections) {
    const s = c.place(sel.start);
    const e = c.place(sel.end);
    if (s < 0 || e < 0 || e <= s) {
      score -= 10;
      continue;
    }
    const selected = text.slice(s, e);
    if (!selected.trim()) score -= 5;
    if (cleanBound(text, s)) score += 1;
    if (cleanBound(text, e)) score += 1;
    if (excerptMatches(sel.name, selected)) score += 4;
  }
  return score;
}

/**
 * Places a source's selections in its stored text. `raw` is the decoded file without its BOM (`hasBom`
 * tells whether it had one), `norm` its stored form. Answers the reading chosen and, per selection, its
 * range in the stored text or why it could not be placed.
 */
export function placeSelections(
  raw: string,
  hasBom: boolean,
  norm: NormalizedText,
  selections: readonly RawSelection[],
  options: { preferUtf16?: boolean } = {},
): { reading: OffsetReading; placements: Placement[] } {
  const all = candidates(raw, hasBom, norm, options.preferUtf16 ?? false);
  const text = norm.text;
  // A sample is enough to choose, and keeps huge projects fast.
  const sample = selections.length > 3000 ? selections.filter((_, i) => i % 5 === 0) : selections;
  let best = all[0]!;
  if (all.length > 1 && sample.length > 0) {
    let bestScore = -Infinity;
    for (const c of all) {
      const score = scoreOf(c, text, sample);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
  }
  let midWordBounds = 0;
  const placements = selections.map((sel): Placement => {
    if (!Number.isInteger(sel.start) || !Number.isInteger(sel.end) || sel.start < 0 || sel.end < 0) {
      return { ok: false, reason: 'positions illisibles' };
    }
    if (sel.end <= sel.start) return { ok: false, reason: 'sélection vide (fin avant ou au début)' };
    let s = best.place(sel.start);
    let e = best.place(sel.end);
    if (s < 0 || e < 0) {
      return { ok: false, reason: `au-delà de la fin du texte (position ${sel.end})` };
    }
    // Never cut an emoji in two: widen to the whole character.
    if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
    if (e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
    if (e <= s) return { ok: false, reason: 'sélection vide une fois les fins de ligne normalisées' };
    if (!text.slice(s, e).trim()) return { ok: false, reason: 'le passage ne contient que des espaces' };
    if (!cleanBound(text, s) || !cleanBound(text, e)) midWordBounds++;
    return { ok: true, start: s, end: e };
  });
  return {
    reading: { unit: best.unit, crlf: best.crlf, bomCounted: best.bomCounted, midWordBounds },
    placements,
  };
}

/** The reading in French, for reports ("points de code Unicode, CRLF compté pour deux caractères"). */
export function describeReading(r: OffsetReading): string {
  const parts = [r.unit === 'codepoint' ? 'points de code Unicode' : 'unités UTF-16'];
  if (r.crlf === 'two') parts.push('CRLF compté pour deux caractères');
  if (r.crlf === 'one') parts.push('CRLF compté pour un caractère');
  if (r.bomCounted) parts.push('BOM compté');
  return parts.join(', ');
}
