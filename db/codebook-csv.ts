import { parseCsv, toCsv } from '../shared/csv';
import type { Db } from './workspace';
import { codeTree } from './queries/codebook';
import { record } from './history';

const HEADER = [
  'id',
  'chemin',
  'nom',
  'nom_en',
  'couleur',
  'definition',
  'inclusion',
  'exclusion',
  'exemple',
  'cle_taxonomie',
];
const PATH_SEPARATOR = ' > ';

/** The codebook as a spreadsheet: one row per code, its place in the tree written as a path of names. */
export function exportCodebookCsv(db: Db): string {
  const rows = db
    .prepare('SELECT id, inclusion, exclusion, example FROM codes WHERE deleted_at IS NULL')
    .all() as { id: string; inclusion: string | null; exclusion: string | null; example: string | null }[];
  const extra = new Map(rows.map((r) => [r.id, r]));
  const tree = codeTree(db, { usage: false });
  const byId = new Map(tree.map((c) => [c.id, c]));
  const pathOf = (id: string | null): string[] => {
    const names: string[] = [];
    for (let c = id ? byId.get(id) : undefined; c; c = c.parentId ? byId.get(c.parentId) : undefined)
      names.unshift(c.name);
    return names;
  };
  return toCsv([
    HEADER,
    ...tree.map((c) => [
      c.id,
      pathOf(c.parentId).join(PATH_SEPARATOR),
      c.name,
      c.nameEn,
      c.color,
      c.definition,
      extra.get(c.id)?.inclusion,
      extra.get(c.id)?.exclusion,
      extra.get(c.id)?.example,
      c.taxonomyKey,
    ]),
  ]);
}

export interface CsvImportReport {
  created: number;
  updated: number;
  errors: { line: number; message: string }[];
}

/**
 * Reads a codebook spreadsheet: a row updates the code with its id (or taxonomy key, or same path and name)
 * and otherwise creates it under its path, whose codes must exist or come earlier in the file. Bad rows are
 * reported with their line; the good ones are applied together as one undoable action.
 */
export function importCodebookCsv(db: Db, csv: string): CsvImportReport {
  const { rows, lines } = parseCsv(csv);
  const report: CsvImportReport = { created: 0, updated: 0, errors: [] };
  if (rows.length === 0) return { ...report, errors: [{ line: 1, message: 'Fichier vide.' }] };
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('nom') < 0)
    return { ...report, errors: [{ line: lines[0]!, message: 'Colonne « nom » absente de l’en-tête.' }] };

  record(db, 'Importer le codebook (CSV)', (rec) => {
    const live = () =>
      db.prepare('SELECT id, parent_id, name, taxonomy_key FROM codes WHERE deleted_at IS NULL').all() as {
        id: string;
        parent_id: string | null;
        name: string;
        taxonomy_key: string | null;
      }[];
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r]!;
      const line = lines[r]!;
      const get = (name: string) => {
        const i = col(name);
        const v = i >= 0 ? row[i]?.trim() : undefined;
        return v === undefined || v === '' ? null : v;
      };
      const name = get('nom');
      if (!name) {
        report.errors.push({ line, message: 'Nom du code manquant.' });
        continue;
      }
      const color = get('couleur');
      if (color && !/^#[0-9a-fA-F]{6}$/.test(color)) {
        report.errors.push({ line, message: `Couleur invalide « ${color} » (attendu #RRGGBB).` });
        continue;
      }
      const codes = live();
      // Resolve the parent path name by name from the root.
      let parentId: string | null = null;
      let pathOk = true;
      for (const part of (get('chemin') ?? '')
        .split(PATH_SEPARATOR.trim())
        .map((s) => s.trim())
        .filter(Boolean)) {
        const next = codes.find((c) => c.parent_id === parentId && c.name === part);
        if (!next) {
          report.errors.push({ line, message: `Code parent introuvable : « ${part} ».` });
          pathOk = false;
          break;
        }
        parentId = next.id;
      }
      if (!pathOk) continue;
      const values = {
        name,
        name_en: get('nom_en'),
        color,
        definition: get('definition'),
        inclusion: get('inclusion'),
        exclusion: get('exclusion'),
        example: get('exemple'),
      };
      const id = get('id');
      const key = get('cle_taxonomie');
      const existing =
        (id && codes.find((c) => c.id === id)) ||
        (key && codes.find((c) => c.taxonomy_key === key)) ||
        codes.find((c) => c.parent_id === parentId && c.name === name);
      if (existing) {
        rec.update('codes', existing.id, { ...values, parent_id: parentId });
        report.updated++;
      } else {
        const parent = parentId
          ? (db.prepare('SELECT kind, color FROM codes WHERE id = ?').get(parentId) as {
              kind: string;
              color: string | null;
            })
          : null;
        rec.insert('codes', {
          ...values,
          color: color ?? parent?.color ?? '#5d6d7e',
          parent_id: parentId,
          kind: parent && parent.kind !== 'branch' ? parent.kind : 'free',
          taxonomy_key: key,
          sort_order: codes.filter((c) => c.parent_id === parentId).length,
        });
        report.created++;
      }
    }
  });
  return report;
}
