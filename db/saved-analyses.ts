import { TerrainError } from '../shared/errors';
import type { Db } from './workspace';
import { record } from './history';

export interface SavedAnalysis {
  id: string;
  name: string;
  kind: string;
  settings: unknown;
  updatedAt: string;
}

export function listSavedAnalyses(db: Db): SavedAnalysis[] {
  return (
    db
      .prepare(
        'SELECT id, name, kind, settings, updated_at AS updatedAt FROM saved_analyses WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE',
      )
      .all() as (Omit<SavedAnalysis, 'settings'> & { settings: string })[]
  ).map((r) => ({ ...r, settings: JSON.parse(r.settings) as unknown }));
}

/** Saves a named view with its settings and filters; saving under an existing name replaces it. */
export function saveAnalysis(
  db: Db,
  input: { id?: string; name: string; kind: string; settings: unknown },
): string {
  const name = input.name.trim();
  if (!name) throw new TerrainError('invalid_input', 'Donnez un nom à l’analyse.');
  const existing =
    input.id ??
    (
      db.prepare('SELECT id FROM saved_analyses WHERE name = ? AND deleted_at IS NULL').get(name) as
        { id: string } | undefined
    )?.id;
  return record(db, `Enregistrer l’analyse « ${name} »`, (rec) => {
    const values = { name, kind: input.kind, settings: JSON.stringify(input.settings) };
    if (existing) {
      rec.update('saved_analyses', existing, values);
      return existing;
    }
    return rec.insert('saved_analyses', values);
  });
}

export function deleteSavedAnalysis(db: Db, id: string): void {
  const row = db.prepare('SELECT name FROM saved_analyses WHERE id = ? AND deleted_at IS NULL').get(id) as
    { name: string } | undefined;
  if (!row) throw new TerrainError('not_found', 'Analyse enregistrée introuvable.');
  record(db, `Supprimer l’analyse « ${row.name} »`, (rec) => rec.remove('saved_analyses', id));
}
