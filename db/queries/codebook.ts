import type { CodeNode } from '../../shared/domain';
import type { Db } from '../workspace';
import { codeFrequencies } from '../analysis/frequencies';

/** The whole live codebook in tree order, with usage counts (segments and distinct interviews) per code. */
export function codeTree(db: Db, options: { usage?: boolean } = {}): CodeNode[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.parent_id AS parentId, c.name, c.name_en AS nameEn, c.color, c.definition, c.kind,
         c.taxonomy_key AS taxonomyKey, c.sort_order AS "order", 0 AS segmentCount, 0 AS interviewCount
       FROM codes c WHERE c.deleted_at IS NULL`,
    )
    .all() as CodeNode[];
  // Analyses only need the shape; the codebook shows how much each code is used.
  if (options.usage !== false) {
    const usage = new Map(codeFrequencies(db).map((f) => [f.codeId, f]));
    for (const r of rows) {
      r.segmentCount = usage.get(r.id)?.segments ?? 0;
      r.interviewCount = usage.get(r.id)?.interviews ?? 0;
    }
  }
  // Depth-first order so a flat list reads as the tree; orphans (parent deleted) surface at the root.
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, CodeNode[]>();
  for (const r of rows) {
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  for (const list of children.values())
    list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'fr'));
  const out: CodeNode[] = [];
  const walk = (parent: string | null) => {
    for (const c of children.get(parent) ?? []) {
      out.push(c);
      walk(c.id);
    }
  };
  walk(null);
  return out;
}
