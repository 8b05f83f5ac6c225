import { createHash } from 'node:crypto';
import type { Db } from '../workspace';
import { insertRow } from '../rows';
import { nowIso } from '../ids';

/** The system name REFI-QDA GUIDs are kept under in external_ids. */
export const REFI = 'refi';

/** Terrain rows a REFI-QDA GUID can stand for, and their tables. */
export const ENTITY_TABLE = {
  code: 'codes',
  transcript: 'transcripts',
  segment: 'segments',
  segment_code: 'segment_codes',
  memo: 'memos',
  person: 'people',
  project: 'projects',
} as const;

export type Entity = keyof typeof ENTITY_TABLE;

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** Lower case, no braces; null when not a GUID. (Terrain's own ids are UUIDv7, valid GUIDs already.) */
export function canonical(guid: string | null | undefined): string | null {
  const m = guid ? GUID.exec(guid.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** A GUID derived from a name (UUID v5 layout over SHA-1): stable across workspaces and exports. */
export function nameGuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`terrain:${namespace}:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The live row a GUID names: one it was imported as, or one whose own id it is (a file Terrain wrote). */
export function findByGuid(db: Db, entity: Entity, guid: string): string | null {
  const table = ENTITY_TABLE[entity];
  const g = canonical(guid);
  if (!g) return null;
  const mapped = db
    .prepare(
      `SELECT e.entity_id AS id FROM external_ids e JOIN ${table} t ON t.id = e.entity_id AND t.deleted_at IS NULL
       WHERE e.system = ? AND e.entity = ? AND e.external_id = ? AND e.deleted_at IS NULL`,
    )
    .get(REFI, entity, g) as { id: string } | undefined;
  if (mapped) return mapped.id;
  const own = db.prepare(`SELECT id FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(g) as
    { id: string } | undefined;
  return own?.id ?? null;
}

/**
 * Remembers that `entityId` is known as `guid` in REFI-QDA files. A GUID names one row per entity: when it
 * named another (since deleted) row, it now names this one.
 */
export function rememberGuid(db: Db, entity: Entity, entityId: string, guid: string): void {
  const g = canonical(guid);
  if (!g || g === entityId) return;
  const existing = db
    .prepare(
      'SELECT id, entity_id FROM external_ids WHERE system = ? AND entity = ? AND external_id = ? AND deleted_at IS NULL',
    )
    .get(REFI, entity, g) as { id: string; entity_id: string } | undefined;
  if (existing) {
    if (existing.entity_id !== entityId) {
      db.prepare('UPDATE external_ids SET entity_id = ?, updated_at = ? WHERE id = ?').run(
        entityId,
        nowIso(),
        existing.id,
      );
    }
    return;
  }
  insertRow(db, 'external_ids', { entity, entity_id: entityId, system: REFI, external_id: g });
}

/** The GUID to write for each row of an entity that has one from an import (the oldest wins). */
export function guidMap(db: Db, entity: Entity): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT entity_id, external_id FROM external_ids WHERE system = ? AND entity = ? AND deleted_at IS NULL
       ORDER BY created_at, id`,
    )
    .all(REFI, entity) as { entity_id: string; external_id: string }[];
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.entity_id)) out.set(r.entity_id, r.external_id);
  return out;
}
