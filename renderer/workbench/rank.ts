import type { CodeNode } from '../../shared/domain';
import type { Lang } from '../../shared/i18n';
import { codeLabel, type CodeIndex } from '../lib/codes';
import { fold } from '../lib/text';

/**
 * The codes matching a query, best first: by name in the interface language, accent- and case-insensitive,
 * every word of the query present. Exact names first, then names starting with the query, then a word of the
 * name starting with it, then anywhere; the codebook's order within each rank.
 */
export function rankCodes(index: CodeIndex, query: string, lang: Lang): CodeNode[] {
  const q = fold(query).trim().replace(/\s+/g, ' ');
  if (!q) return [...index.ordered];
  const words = q.split(' ');
  const ranked: { code: CodeNode; rank: number; order: number }[] = [];
  index.ordered.forEach((code, order) => {
    const name = fold(codeLabel(code, lang));
    if (!words.every((w) => name.includes(w))) return;
    const rank =
      name === q
        ? 0
        : name.startsWith(q)
          ? 1
          : new RegExp(`(^|[^\\p{L}\\p{N}])${escape(q)}`, 'u').test(name)
            ? 2
            : 3;
    ranked.push({ code, rank, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.code);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
