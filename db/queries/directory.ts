import type { Organisation, Person, ReferenceLists } from '../../shared/domain';
import type { Db } from '../workspace';

export function listOrganisations(db: Db): Organisation[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.actor_type AS actorType, o.structure_type AS structureType, o.region, o.sector, o.city,
         o.notes, o.parent_id AS parentId,
         (SELECT json_group_array(a.alias) FROM organisation_aliases a
            WHERE a.organisation_id = o.id AND a.deleted_at IS NULL) AS aliases
       FROM organisations o WHERE o.deleted_at IS NULL ORDER BY o.name COLLATE NOCASE`,
    )
    .all() as (Omit<Organisation, 'aliases'> & { aliases: string })[];
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }));
}

export function listPeople(db: Db): Person[] {
  return db
    .prepare(
      `SELECT p.id, p.full_name AS fullName, p.pseudonym, p.position, p.organisation_id AS organisationId,
         o.name AS organisation, p.hierarchy_level AS hierarchyLevel
       FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE p.deleted_at IS NULL ORDER BY p.full_name COLLATE NOCASE`,
    )
    .all() as Person[];
}

export function referenceLists(db: Db): ReferenceLists {
  const rows = db
    .prepare(
      `SELECT taxonomy, key, label_fr AS labelFr, label_en AS labelEn, parent_key AS parentKey, sort_order AS "order"
       FROM reference_items WHERE deleted_at IS NULL ORDER BY taxonomy, sort_order`,
    )
    .all() as ({ taxonomy: string } & ReferenceLists[string][number])[];
  const lists: ReferenceLists = {};
  for (const { taxonomy, ...item } of rows) (lists[taxonomy] ??= []).push(item);
  return lists;
}
