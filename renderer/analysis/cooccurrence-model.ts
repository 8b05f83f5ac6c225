/** Pure helpers of the co-occurrence view (unit-tested). */
import type { CooccurrencePair } from '../../shared/analysis';

/**
 * The symmetric grid of a list of pairs: the codes that take part in any pair, in the codebook's order
 * (codes unknown to the order last), a count lookup for any two of them, and the largest count.
 */
export function cooccurrenceGrid(
  pairs: readonly CooccurrencePair[],
  order: readonly string[],
): { ids: string[]; count: (a: string, b: string) => number; max: number } {
  const counts = new Map<string, number>();
  const present = new Set<string>();
  let max = 0;
  for (const p of pairs) {
    if (p.a === p.b || p.count <= 0) continue;
    counts.set(`${p.a}|${p.b}`, p.count);
    counts.set(`${p.b}|${p.a}`, p.count);
    present.add(p.a);
    present.add(p.b);
    max = Math.max(max, p.count);
  }
  const position = new Map(order.map((id, i) => [id, i]));
  const ids = [...present].sort(
    (x, y) => (position.get(x) ?? Infinity) - (position.get(y) ?? Infinity) || x.localeCompare(y),
  );
  return { ids, count: (a, b) => counts.get(`${a}|${b}`) ?? 0, max };
}

/** The strongest pairs first (ties in a stable order), at most `limit`. */
export function strongestPairs(pairs: readonly CooccurrencePair[], limit: number): CooccurrencePair[] {
  return [...pairs]
    .filter((p) => p.count > 0 && p.a !== p.b)
    .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
    .slice(0, limit);
}
