import type { CodeNode } from '../../shared/domain';
import type { Db } from '../workspace';

/** The whole live codebook in tree order, with usage counts (segments and distinct interviews) per code. */
export function codeTree(db: Db, options: { usage?: boolean } = {}): CodeNode[] {
  // Without usage counts (analyses only need the shape) the tree comes from the codes table alone.
  const usage =
    options.usage === false
      ? 'SELECT NULL AS code_id, 0 AS segment_count, 0 AS interview_count WHERE 0'
      : null;
  const rows = db
    .prepare(
      `WITH usage AS (${
        usage ??
        `
         SELECT sc.code_id, count(DISTINCT s.id) AS segment_count, count(DISTINCT t.interview_id) AS interview_count
         FROM segment_codes sc
         JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
         JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
         JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
         WHERE sc.deleted_at IS NULL
         GROUP BY sc.code_id`
      })
       SELECT c.id, c.parent_id AS parentId, c.name, c.name_en AS nameEn, c.color, c.definition, c.kind,
         c.taxonomy_key AS taxonomyKey, c.sort_order AS "order",
         coalesce(u.segment_count, 0) AS segmentCount, coalesce(u.interview_count, 0) AS interviewCount
       FROM codes c LEFT JOIN usage u ON u.code_id = c.id
       WHERE c.deleted_at IS NULL`,
    )
    .all() as CodeNode[];
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
