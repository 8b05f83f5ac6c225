import { TerrainError } from '../shared/errors';
import type { Db } from './workspace';
import { record } from './history';

import type { TrashItem, TrashKind } from '../shared/api';

const TABLE: Record<TrashKind, { table: string; label: string }> = {
  interview: { table: 'interviews', label: 'title' },
  code: { table: 'codes', label: 'name' },
  project: { table: 'projects', label: 'name' },
  organisation: { table: 'organisations', label: 'name' },
  person: { table: 'people', label: 'full_name' },
  transcript: { table: 'transcripts', label: 'title' },
};

/**
 * What the user deleted, newest first. Sub-codes deleted together with their parent are listed once, under
 * the parent, and come back with it.
 */
export function listTrash(db: Db): TrashItem[] {
  const items: TrashItem[] = [];
  for (const [kind, { table, label }] of Object.entries(TABLE) as [TrashKind, (typeof TABLE)[TrashKind]][]) {
    const extra =
      kind === 'code'
        ? `AND NOT EXISTS (SELECT 1 FROM codes p WHERE p.id = t.parent_id AND p.deleted_at = t.deleted_at)`
        : '';
    const rows = db
      .prepare(
        `SELECT t.id, t.${label} AS label, t.deleted_at AS deletedAt FROM ${table} t WHERE t.deleted_at IS NOT NULL ${extra}`,
      )
      .all() as { id: string; label: string; deletedAt: string }[];
    for (const r of rows) items.push({ kind, ...r });
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export function restoreFromTrash(db: Db, kind: TrashKind, id: string): void {
  const { table, label } = TABLE[kind];
  const row = db.prepare(`SELECT ${label} AS label, deleted_at FROM ${table} WHERE id = ?`).get(id) as
    { label: string; deleted_at: string | null } | undefined;
  if (!row || row.deleted_at === null)
    throw new TerrainError('not_found', 'Cet élément n’est pas dans la corbeille.');
  record(db, `Restaurer « ${row.label} »`, (rec) => {
    rec.update(table, id, { deleted_at: null });
    if (kind === 'code') {
      const sub = db
        .prepare(
          `WITH RECURSIVE sub(id) AS (SELECT id FROM codes WHERE parent_id = ? AND deleted_at = ?
             UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at = ?)
           SELECT id FROM sub`,
        )
        .all(id, row.deleted_at, row.deleted_at) as { id: string }[];
      for (const s of sub) rec.update('codes', s.id, { deleted_at: null });
    }
  });
}
