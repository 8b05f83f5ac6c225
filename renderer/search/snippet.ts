import type { T } from '../i18n';
import { formatNumber } from '../lib/format';
/**
 * Search snippets arrive with matched words wrapped in \u0002 … \u0003 (see db/search.ts). They are cut into
 * plain and marked pieces and rendered as text and <mark> elements: never as HTML, so a transcript that
 * contains "<script>" stays text.
 */
export interface TextPiece {
  text: string;
  hit: boolean;
}

export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export function parseSnippet(snippet: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = pieces[pieces.length - 1];
    if (last && last.hit === hit) last.text += text;
    else pieces.push({ text, hit });
  };
  let hit = false;
  let buffer = '';
  for (const ch of snippet) {
    if (ch === HIT_START || ch === HIT_END) {
      push(buffer, hit);
      buffer = '';
      hit = ch === HIT_START;
    } else buffer += ch;
  }
  push(buffer, hit); // an unclosed marker still shows its text (marked)
  return pieces;
}

/** Folds one character the way the index does: no accents, lower case, ligatures spelt out. */
function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/gi, 'oe').replace(/æ/gi, 'ae').toLowerCase();
}

/**
 * Marks, in plain text, the words that start with one of the search terms (accent- and case-insensitively):
 * "reglementaire" marks "Réglementaire" and "réglementaires". Used for coding candidates, which come without
 * markers.
 */
export function highlightTerms(text: string, terms: readonly string[]): TextPiece[] {
  const folded = terms.map((t) => [...t].map(foldChar).join('')).filter(Boolean);
  if (folded.length === 0 || !text) return text ? [{ text, hit: false }] : [];
  const pieces: TextPiece[] = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = pieces[pieces.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else pieces.push({ text: piece, hit });
  };
  for (const m of text.matchAll(/([\p{L}\p{N}\p{M}]+)|([^\p{L}\p{N}\p{M}]+)/gu)) {
    if (m[1]) {
      const word = [...m[1]].map(foldChar).join('');
      push(
        m[1],
        folded.some((t) => word.startsWith(t)),
      );
    } else push(m[0], false);
  }
  return pieces;
}

/**
 * The line above the results: how many were found and how many are shown. Past the count's cap the total is
 * a floor, and says so.
 */
export function searchSummary(
  t: T,
  result: { total: number; capped: boolean },
  shown: number,
  query: string,
): string {
  if (result.total === 0) return t('gs.noResult', { query });
  const total = formatNumber(t.lang, result.total);
  if (result.capped) return t('gs.totalCapped', { total, shown });
  if (shown < result.total) return t('gs.totalShown', { total, shown });
  return t.count('gs.total', result.total);
}
