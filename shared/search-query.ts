/**
 * Turns what a user types in the search box into an FTS5 query, so that ordinary French text never trips
 * the FTS5 grammar (apostrophes, hyphens, colons are separators to the index anyway). Supported:
 *   mots simples            every word must appear (AND)
 *   "une phrase exacte"     a phrase
 *   déploi*                 a prefix
 *   OU / OR, SAUF / NOT     between terms
 * Accents and case are ignored by the index itself (unicode61 remove_diacritics 2).
 */
export type SearchQueryResult = { ok: true; fts: string; terms: string[] } | { ok: false; message: string };

const OPERATORS: Record<string, string> = {
  OU: 'OR',
  OR: 'OR',
  SAUF: 'NOT',
  NOT: 'NOT',
  ET: 'AND',
  AND: 'AND',
};

/** Splits into index tokens the way unicode61 does: letters and digits, anything else separates. */
export function tokens(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}

export function toFtsQuery(input: string): SearchQueryResult {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Saisissez un ou plusieurs mots à rechercher.' };
  if (text.length > 500) return { ok: false, message: 'Recherche trop longue (500 caractères au plus).' };
  const quoteCount = (text.match(/"/g) ?? []).length;
  if (quoteCount % 2 === 1)
    return { ok: false, message: 'Guillemet non fermé : fermez la phrase recherchée par ".' };

  const parts: string[] = [];
  const terms: string[] = [];
  let pendingOperator: string | null = null;
  const push = (part: string) => {
    if (parts.length > 0) parts.push(pendingOperator ?? 'AND');
    else if (pendingOperator === 'NOT') {
      // FTS5 has no leading NOT; a query that only excludes is refused with a message below.
      parts.push('NOT');
    }
    pendingOperator = null;
    parts.push(part);
  };

  for (const m of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = tokens(m[1]);
      if (words.length === 0) continue;
      terms.push(...words);
      push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = m[2]!;
    const op = OPERATORS[raw];
    if (op && raw === raw.toUpperCase()) {
      if (parts.length === 0 && op !== 'NOT')
        return { ok: false, message: `« ${raw} » ne peut pas commencer la recherche.` };
      pendingOperator = op;
      continue;
    }
    const prefix = raw.endsWith('*');
    const words = tokens(raw);
    if (words.length === 0) continue;
    terms.push(...words);
    if (words.length === 1) push(`"${words[0]}"${prefix ? '*' : ''}`);
    else push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
  }
  if (pendingOperator) return { ok: false, message: 'La recherche se termine par un opérateur (OU, SAUF…).' };
  if (parts.length === 0)
    return { ok: false, message: 'Aucun mot à rechercher (seulement de la ponctuation).' };
  if (parts[0] === 'NOT')
    return { ok: false, message: 'Une recherche ne peut pas seulement exclure : ajoutez un mot à trouver.' };
  return { ok: true, fts: parts.join(' '), terms };
}

/** Folds text the way the index does, for highlighting and for locating hits in a transcript. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
