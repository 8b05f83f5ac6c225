import type {
  DrillDown,
  EvidenceItem,
  MatrixColumn,
  MatrixColumns,
  MatrixRequest,
  MatrixResult,
  MatrixRow,
  MatrixUnit,
} from '../../shared/analysis';
import type { CodeNode } from '../../shared/domain';
import { TerrainError } from '../../shared/errors';
import type { Db } from '../workspace';
import { codeTree } from '../queries/codebook';
import { evidenceCte } from './evidence';
import { evidenceStore } from './evidence-store';
import { countMatrix, type Observation } from './matrix-count';

const COLUMN_EXPR: Record<MatrixColumns, string> = {
  projects: 'ev.project',
  'actor-types': 'ev.actor',
  organisations: 'ev.org',
  interviews: 'ev.interview',
  interviewees: 'ev.person',
  years: 'CAST(ev.year AS TEXT)',
  regions: 'ev.region',
};

const UNIT_EXPR: Record<MatrixUnit, string> = {
  projects: 'ev.project',
  interviews: 'ev.interview',
  interviewees: 'ev.person',
  segments: 'ev.seg',
};

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
  const observations = db
    .prepare(
      `SELECT co.code_id AS code, co.project_id AS project, co.strength FROM challenge_observations co
       WHERE co.deleted_at IS NULL`,
    )
    .all() as Observation[];
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
    cells: Object.fromEntries(counts.cells[r]!),
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
 * that there are exactly as many groups as the number shown.
 */
export function drillDown(db: Db, req: MatrixRequest & { rowCodeId?: string; column?: string }): DrillDown {
  const { codes } = rowCodes(db, req.rows);
  const ev = evidenceCte(req.filter);
  const colExpr = COLUMN_EXPR[req.columns];
  const unitExpr = UNIT_EXPR[req.unit];
  const pairs = closure(codes).filter(([, row]) => !req.rowCodeId || row === req.rowCodeId);
  const codesInRow = [...new Set(pairs.map(([code]) => code))];
  const params: Record<string, unknown> = { ...ev.params, codes: JSON.stringify(codesInRow) };
  let colWhere = `${colExpr} IS NOT NULL`;
  if (req.column !== undefined) {
    params.column = req.column;
    colWhere = `${colExpr} = @column`;
  }
  const unitLabel: Record<MatrixUnit, string> = {
    projects: 'pr.name',
    interviews: 'i.title',
    interviewees: "coalesce(pe.pseudonym, 'Personne')",
    segments: 'substr(s.quote, 1, 80)',
  };
  const rows = db
    .prepare(
      `WITH ${ev.sql}
       SELECT DISTINCT ev.src AS source, ${unitExpr} AS unitKey, ${unitLabel[req.unit]} AS unitLabel,
         ev.code AS codeId, c.name AS code, ev.seg AS segmentId, ev.obs AS observationId, s.quote,
         CASE WHEN ev.src = 'observation' THEN ev.strength END AS strength,
         ev.interview AS interviewId, i.title AS interviewTitle, ev.project AS projectId, pr.name AS project,
         pe.pseudonym, o.name AS organisation
       FROM ev
       JOIN codes c ON c.id = ev.code
       LEFT JOIN segments s ON s.id = ev.seg
       LEFT JOIN interviews i ON i.id = ev.interview
       LEFT JOIN projects pr ON pr.id = ev.project
       LEFT JOIN people pe ON pe.id = ev.person
       LEFT JOIN organisations o ON o.id = ev.org
       WHERE ev.code IN (SELECT value FROM json_each(@codes)) AND ${unitExpr} IS NOT NULL AND ${colWhere}
       ORDER BY unitLabel, i.date, s.start_offset`,
    )
    .all(params) as EvidenceItem[];
  const groups = new Map<string, { unitKey: string; unitLabel: string; items: EvidenceItem[] }>();
  for (const item of rows) {
    const g = groups.get(item.unitKey) ?? { unitKey: item.unitKey, unitLabel: item.unitLabel, items: [] };
    g.items.push(item);
    groups.set(item.unitKey, g);
  }
  const counts = (g: { items: EvidenceItem[] }) =>
    req.includeImplied || g.items.some((i) => i.source === 'verbatim' || i.strength === 'explicit');
  const all = [...groups.values()];
  return { groups: all.filter(counts), impliedGroups: all.filter((g) => !counts(g)) };
}
