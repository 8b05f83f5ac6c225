import type { DrillDown, MatrixColumn, MatrixRequest, MatrixResult, MatrixRow } from '../../shared/analysis';
import type { CodeNode } from '../../shared/domain';
import { TerrainError } from '../../shared/errors';
import type { Db } from '../workspace';
import { codeTree } from '../queries/codebook';
import { evidenceStore } from './evidence-store';
import { countMatrix, type EvidenceFact } from './matrix-count';
import { evidenceGroups, liveObservations } from './evidence-items';

/** The codes a matrix has as rows: a code (or branch) and all its descendants, in tree order with depth. */
export function rowCodes(
  db: Db,
  rows = 'challenges',
): { root: CodeNode; codes: (CodeNode & { depth: number })[] } {
  const tree = codeTree(db, { usage: false });
  const root =
    tree.find((c) => c.id === rows) ??
    tree.find((c) => c.kind === 'branch' && c.taxonomyKey === rows && !c.parentId);
  if (!root) throw new TerrainError('not_found', `Branche ou code introuvable : ${rows}.`);
  const depth = new Map<string, number>([[root.id, -1]]);
  const codes: (CodeNode & { depth: number })[] = [];
  for (const c of tree) {
    if (c.parentId && depth.has(c.parentId)) {
      depth.set(c.id, depth.get(c.parentId)! + 1);
      codes.push({ ...c, depth: depth.get(c.id)! });
    }
  }
  return { root, codes };
}

/** Each code paired with every row it counts in: itself and its ancestors up to (not including) the root. */
function closure(codes: CodeNode[]): [string, string][] {
  const parent = new Map(codes.map((c) => [c.id, c.parentId]));
  const pairs: [string, string][] = [];
  for (const c of codes) {
    for (let r: string | null | undefined = c.id; r && parent.has(r); r = parent.get(r))
      pairs.push([c.id, r]);
  }
  return pairs;
}

/**
 * The recurrence matrix: rows are codes (parents roll their children up), columns one dimension, each cell
 * the number of distinct units (projects, interviews, interviewees or coded segments) with evidence, from
 * project observations and coded verbatims alike, counted over the in-memory evidence store.
 */
export function recurrenceMatrix(db: Db, req: MatrixRequest): MatrixResult {
  const { root, codes } = rowCodes(db, req.rows);
  const threshold = req.threshold ?? 2;
  const store = evidenceStore(db);
  const rowIndex = new Map(codes.map((c, r) => [c.id, r]));
  const rowsOf: number[][] = [];
  for (const [code, row] of closure(codes)) (rowsOf[store.codes.of(code)] ??= []).push(rowIndex.get(row)!);
  const observations = liveObservations(db);
  const counts = countMatrix(store, {
    columns: req.columns,
    unit: req.unit,
    filter: req.filter,
    includeImplied: req.includeImplied,
    rowCount: codes.length,
    rowsOf,
    observations,
  });
  const columns = columnList(db, req, counts.sizes, counts.colTotals);
  const rows: MatrixRow[] = codes.map((c, r) => ({
    codeId: c.id,
    parentId: c.parentId === root.id ? null : c.parentId,
    depth: c.depth,
    name: c.name,
    nameEn: c.nameEn,
    taxonomyKey: c.taxonomyKey,
    color: c.color,
    total: counts.totals[r]!,
    recurring: counts.totals[r]!.count >= threshold,
    cells: counts.cells[r]!,
  }));
  return { rowsRoot: { id: root.id, name: root.name }, columns, rows, unit: req.unit, threshold };
}

/** The columns to show: every live project for project columns (an empty one says something too). */
function columnList(
  db: Db,
  req: MatrixRequest,
  sizes: Map<string, number>,
  totals: Map<string, number>,
): MatrixColumn[] {
  const col = (key: string, label: string, labelEn: string | null = null): MatrixColumn => ({
    key,
    label,
    labelEn,
    total: totals.get(key) ?? 0,
    size: sizes.get(key) ?? 0,
  });
  const present = [...new Set([...sizes.keys(), ...totals.keys()])];
  switch (req.columns) {
    case 'projects': {
      const projects = db
        .prepare('SELECT id, name FROM projects WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE')
        .all() as { id: string; name: string }[];
      const wanted = req.filter?.projectIds?.length ? new Set(req.filter.projectIds) : null;
      return projects.filter((p) => !wanted || wanted.has(p.id)).map((p) => col(p.id, p.name));
    }
    case 'actor-types': {
      const labels = db
        .prepare(
          "SELECT key, label_fr, label_en, sort_order FROM reference_items WHERE taxonomy = 'actor-type' AND deleted_at IS NULL",
        )
        .all() as { key: string; label_fr: string; label_en: string; sort_order: number }[];
      const byKey = new Map(labels.map((l) => [l.key, l]));
      return present
        .sort((a, b) => (byKey.get(a)?.sort_order ?? 999) - (byKey.get(b)?.sort_order ?? 999))
        .map((k) => col(k, byKey.get(k)?.label_fr ?? k, byKey.get(k)?.label_en ?? null));
    }
    case 'organisations':
    case 'interviews':
    case 'interviewees': {
      const sql = {
        organisations:
          'SELECT id, name AS label FROM organisations WHERE id IN (SELECT value FROM json_each(?))',
        interviews: 'SELECT id, title AS label FROM interviews WHERE id IN (SELECT value FROM json_each(?))',
        // People appear under their pseudonym: an analysis never shows a name.
        interviewees: `SELECT id, coalesce(pseudonym, 'Personne ' || substr(id, -4)) AS label FROM people
          WHERE id IN (SELECT value FROM json_each(?))`,
      }[req.columns];
      const rows = db.prepare(sql).all(JSON.stringify(present)) as { id: string; label: string }[];
      return rows.sort((a, b) => a.label.localeCompare(b.label, 'fr')).map((r) => col(r.id, r.label));
    }
    case 'years':
      return present.sort().map((y) => col(y, y));
    case 'regions':
      return present.sort((a, b) => a.localeCompare(b, 'fr')).map((r) => col(r, r));
  }
}

/**
 * The evidence behind a cell (row and column), a row (no column) or a column (no row), grouped by unit so
 * that there are exactly as many groups as the number shown: it is collected by the very count that gives
 * the matrix its numbers.
 */
export function drillDown(db: Db, req: MatrixRequest & { rowCodeId?: string; column?: string }): DrillDown {
  const { codes } = rowCodes(db, req.rows);
  const store = evidenceStore(db);
  // One row: the asked one (its code and descendants) or, for a column, every code of the branch.
  const rowsOf: number[][] = [];
  for (const [code, row] of closure(codes))
    if (!req.rowCodeId || row === req.rowCodeId) rowsOf[store.codes.of(code)] = [0];
  const facts: EvidenceFact[] = [];
  const counts = countMatrix(store, {
    columns: req.columns,
    unit: req.unit,
    filter: req.filter,
    includeImplied: req.includeImplied,
    rowCount: 1,
    rowsOf,
    observations: liveObservations(db),
    collect: (f) => facts.push(f),
  });
  const wanted = facts.filter((f) => req.column === undefined || counts.keys[f.col] === req.column);
  return evidenceGroups(db, store, req, wanted);
}
