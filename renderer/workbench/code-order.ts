import type { CodeIndex } from '../lib/codes';

const cache = new WeakMap<CodeIndex, Map<string, number>>();

/**
 * A segment's codes in codebook order. The API does not promise an order, so sorting here keeps a segment's
 * colour (that of its first code) and its chips from changing when a code is added.
 */
export function sortCodeIds(ids: readonly string[], index: CodeIndex | undefined): string[] {
  if (!index || ids.length < 2) return [...ids];
  let order = cache.get(index);
  if (!order) {
    order = new Map(index.ordered.map((c, i) => [c.id, i]));
    cache.set(index, order);
  }
  const o = order;
  return [...ids].sort((a, b) => (o.get(a) ?? Infinity) - (o.get(b) ?? Infinity));
}
