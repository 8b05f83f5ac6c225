/**
 * Accent- and case-insensitive search: French users often type without accents, so "societe" must find
 * "Société" and "oeuvre" must find "œuvre".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** True when every word of the query occurs (folded) in one of the texts. An empty query matches all. */
export function matchesQuery(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join(' \u0000 '));
  return words.every((w) => haystack.includes(w));
}
