/**
 * REFI-QDA interchange (.qdpx projects, .qdc codebooks).
 *
 * external_ids: the identifiers other systems know our rows by. A code, source, selection, coding or note
 * imported from a REFI-QDA file keeps its GUID here (system 'refi'), so exporting it again writes the same
 * GUID and importing the same file twice merges instead of duplicating. One external id names one live row
 * per entity; a row may carry several (two files merged into the same code).
 *
 * attributes: what a REFI-QDA project holds that has no column of its own in Terrain (case variables that
 * map to no field, cases and sets that map to no person or project, users). `source` tells where a value
 * came from; 'refi-case:<guid>' and 'refi-set:<guid>' group the rows of one case or set, so an export can
 * write that case or set back with its GUID. target_id is null for values of the workspace as a whole.
 */
const common = `
  id TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT`;

export const refiAttributes = `
CREATE TABLE external_ids (${common},
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  system TEXT NOT NULL,
  external_id TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX external_ids_unique ON external_ids(system, entity, external_id) WHERE deleted_at IS NULL;
CREATE INDEX external_ids_entity ON external_ids(entity, entity_id);

CREATE TABLE attributes (${common},
  target_type TEXT NOT NULL,
  target_id TEXT,
  name TEXT NOT NULL,
  value TEXT,
  source TEXT
) STRICT;
CREATE INDEX attributes_target ON attributes(target_type, target_id);
CREATE INDEX attributes_source ON attributes(source);
`;
