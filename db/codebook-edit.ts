import type { CodeKind } from '../shared/domain';
import { TerrainError } from '../shared/errors';
import type { Db } from './workspace';
import { record } from './history';

export interface CodeFields {
  name?: string;
  nameEn?: string | null;
  color?: string | null;
  definition?: string | null;
  inclusion?: string | null;
  exclusion?: string | null;
  example?: string | null;
  shortcut?: number | null;
}

const COLUMN: Record<keyof CodeFields, string> = {
  name: 'name',
  nameEn: 'name_en',
  color: 'color',
  definition: 'definition',
  inclusion: 'inclusion',
  exclusion: 'exclusion',
  example: 'example',
  shortcut: 'shortcut',
};

function columns(fields: CodeFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[COLUMN[k as keyof CodeFields]] = v;
  if (typeof out.name === 'string' && !out.name.trim())
    throw new TerrainError('invalid_input', 'Un code doit avoir un nom.');
  return out;
}

function liveCode(
  db: Db,
  id: string,
): { id: string; parent_id: string | null; kind: CodeKind; name: string } {
  const row = db
    .prepare('SELECT id, parent_id, kind, name FROM codes WHERE id = ? AND deleted_at IS NULL')
    .get(id) as { id: string; parent_id: string | null; kind: CodeKind; name: string } | undefined;
  if (!row) throw new TerrainError('not_found', 'Code introuvable.');
  return row;
}

function descendants(db: Db, id: string): string[] {
  return (
    db
      .prepare(
        `WITH RECURSIVE sub(id) AS (SELECT id FROM codes WHERE parent_id = ? AND deleted_at IS NULL
           UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL)
         SELECT id FROM sub`,
      )
      .all(id) as { id: string }[]
  ).map((r) => r.id);
}

/** A new code inherits its parent's kind and colour unless told otherwise. */
export function createCode(db: Db, input: CodeFields & { parentId: string | null; name: string }): string {
  const parent = input.parentId ? liveCode(db, input.parentId) : null;
  const parentRow = parent
    ? (db.prepare('SELECT color, kind FROM codes WHERE id = ?').get(parent.id) as {
        color: string | null;
        kind: CodeKind;
      })
    : null;
  const order = (
    db
      .prepare(
        'SELECT coalesce(max(sort_order), -1) + 1 AS n FROM codes WHERE parent_id IS ? AND deleted_at IS NULL',
      )
      .get(input.parentId) as { n: number }
  ).n;
  const { parentId: _p, ...fields } = input;
  return record(db, `Créer le code « ${input.name} »`, (rec) =>
    rec.insert('codes', {
      parent_id: input.parentId,
      kind: parentRow ? (parentRow.kind === 'branch' ? childKind(db, parent!.id) : parentRow.kind) : 'free',
      color: input.color ?? parentRow?.color ?? '#5d6d7e',
      sort_order: order,
      ...columns(fields),
    }),
  );
}

/** Children of a branch take the kind its seeded children have (a new challenge under the challenges). */
function childKind(db: Db, branchId: string): CodeKind {
  const row = db
    .prepare("SELECT kind FROM codes WHERE parent_id = ? AND kind != 'branch' AND deleted_at IS NULL LIMIT 1")
    .get(branchId) as { kind: CodeKind } | undefined;
  const key = (
    db.prepare('SELECT taxonomy_key FROM codes WHERE id = ?').get(branchId) as { taxonomy_key: string | null }
  ).taxonomy_key;
  const byBranch: Record<string, CodeKind> = {
    challenges: 'challenge',
    levers: 'lever',
    benefits: 'benefit',
    limits: 'limit',
    'collaboration-forms': 'collaboration-form',
    'actor-types': 'actor-type',
    lifecycle: 'lifecycle',
    'deployment-steps': 'deployment-step',
  };
  return row?.kind ?? (key ? byBranch[key] : undefined) ?? 'free';
}

export function updateCode(db: Db, id: string, fields: CodeFields): void {
  const code = liveCode(db, id);
  const values = columns(fields);
  if (Object.keys(values).length === 0) return;
  record(db, `Modifier le code « ${code.name} »`, (rec) => rec.update('codes', id, values));
}

/** Moves a code under a new parent at a position among its siblings; a code cannot go under itself. */
export function moveCode(db: Db, id: string, parentId: string | null, index: number): void {
  const code = liveCode(db, id);
  if (parentId) {
    liveCode(db, parentId);
    if (parentId === id || descendants(db, id).includes(parentId)) {
      throw new TerrainError(
        'invalid_input',
        'Un code ne peut pas être déplacé sous lui-même ou sous un de ses sous-codes.',
      );
    }
  }
  const siblings = (
    db
      .prepare(
        'SELECT id FROM codes WHERE parent_id IS ? AND deleted_at IS NULL AND id != ? ORDER BY sort_order, name',
      )
      .all(parentId, id) as { id: string }[]
  ).map((r) => r.id);
  const at = Math.max(0, Math.min(index, siblings.length));
  siblings.splice(at, 0, id);
  record(db, `Déplacer le code « ${code.name} »`, (rec) => {
    rec.update('codes', id, { parent_id: parentId });
    siblings.forEach((sid, i) => {
      const current = (
        db.prepare('SELECT sort_order FROM codes WHERE id = ?').get(sid) as { sort_order: number }
      ).sort_order;
      if (current !== i) rec.update('codes', sid, { sort_order: i });
    });
  });
}

/**
 * Merges source into target: the source's codings, observations and sub-codes move to the target, then the
 * source goes to the trash. Nothing is lost: a segment coded with both keeps one coding of the target.
 */
export function mergeCodes(db: Db, sourceId: string, targetId: string): { movedCodings: number } {
  const source = liveCode(db, sourceId);
  const target = liveCode(db, targetId);
  if (sourceId === targetId) throw new TerrainError('invalid_input', 'Choisissez deux codes différents.');
  if (descendants(db, sourceId).includes(targetId)) {
    throw new TerrainError('invalid_input', 'Impossible de fusionner un code dans un de ses sous-codes.');
  }
  let moved = 0;
  record(db, `Fusionner « ${source.name} » dans « ${target.name} »`, (rec) => {
    const codings = db
      .prepare('SELECT id, segment_id FROM segment_codes WHERE code_id = ? AND deleted_at IS NULL')
      .all(sourceId) as { id: string; segment_id: string }[];
    const hasTarget = db.prepare(
      'SELECT 1 FROM segment_codes WHERE segment_id = ? AND code_id = ? AND deleted_at IS NULL',
    );
    for (const c of codings) {
      if (hasTarget.get(c.segment_id, targetId)) rec.remove('segment_codes', c.id);
      else rec.update('segment_codes', c.id, { code_id: targetId });
      moved++;
    }
    const observations = db
      .prepare('SELECT id FROM challenge_observations WHERE code_id = ? AND deleted_at IS NULL')
      .all(sourceId) as { id: string }[];
    for (const o of observations) rec.update('challenge_observations', o.id, { code_id: targetId });
    const children = db
      .prepare('SELECT id FROM codes WHERE parent_id = ? AND deleted_at IS NULL')
      .all(sourceId) as {
      id: string;
    }[];
    for (const c of children) rec.update('codes', c.id, { parent_id: targetId });
    rec.remove('codes', sourceId);
  });
  return { movedCodings: moved };
}

/** Sends a code and its sub-codes to the trash. Their codings stay attached, so a restore brings all back. */
export function deleteCode(db: Db, id: string): { codes: number; codings: number } {
  const code = liveCode(db, id);
  const ids = [id, ...descendants(db, id)];
  const codings = (
    db
      .prepare(
        `SELECT count(*) AS n FROM segment_codes WHERE deleted_at IS NULL AND code_id IN (${ids.map(() => '?').join(',')})`,
      )
      .get(...ids) as { n: number }
  ).n;
  const at = new Date().toISOString();
  record(db, `Supprimer le code « ${code.name} »`, (rec) => {
    for (const cid of ids) rec.remove('codes', cid, at);
  });
  return { codes: ids.length, codings };
}
