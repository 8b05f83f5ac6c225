import type {
  DrillDown,
  EvidenceItem,
  MatrixCell,
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
import { evidenceCte, type EvidenceNeeds } from './evidence';

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

function emptyCell(): MatrixCell {
  return { count: 0, fromObservations: 0, fromVerbatims: 0, implied: 0 };
}

/**
 * The recurrence matrix: rows are codes (parents roll their children up), columns one dimension, each cell
 * the number of distinct units (projects, interviews, interviewees or coded segments) with evidence, from
 * project observations and coded verbatims alike, computed in a handful of set-based queries.
 */
export function recurrenceMatrix(db: Db, req: MatrixRequest): MatrixResult {
  const { root, codes } = rowCodes(db, req.rows);
  const threshold = req.threshold ?? 2;
  const ev = evidenceCte(req.filter, needsOf(req.columns, req.unit));
  const colExpr = COLUMN_EXPR[req.columns];
  const unitExpr = UNIT_EXPR[req.unit];
  const counted = req.includeImplied ? '1' : "ev.strength = 'explicit'";
  // One row per (matrix row, column, unit) with the kinds of evidence seen for it; everything else is
  // aggregated from these in one pass.
  const units = db
    .prepare(
      `WITH ${ev.sql},
       cl AS (SELECT json_extract(value, '$[0]') AS code, json_extract(value, '$[1]') AS row FROM json_each(@closure))
       SELECT cl.row AS row, ${colExpr} AS col, ${unitExpr} AS unit,
         max(ev.src = 'observation' AND ${counted}) AS obs, max(ev.src = 'verbatim') AS verb,
         max(ev.strength = 'implied') AS imp
       FROM ev JOIN cl ON cl.code = ev.code
       WHERE ${unitExpr} IS NOT NULL AND ${colExpr} IS NOT NULL
       GROUP BY cl.row, col, unit`,
    )
    .all({ ...ev.params, closure: JSON.stringify(closure(codes)) }) as {
    row: string;
    col: string;
    unit: string;
    obs: number;
    verb: number;
    imp: number;
  }[];

  const cells = new Map<string, Record<string, MatrixCell>>();
  const rowUnits = new Map<string, Map<string, { obs: number; verb: number; imp: number }>>();
  const colUnits = new Map<string, Set<string>>();
  const sizes = new Map<string, Set<string>>();
  for (const u of units) {
    const rowCells = cells.get(u.row) ?? {};
    const cell = (rowCells[u.col] ??= emptyCell());
    cells.set(u.row, rowCells);
    tally(cell, u);
    const ru = rowUnits.get(u.row) ?? new Map<string, { obs: number; verb: number; imp: number }>();
    const seen = ru.get(u.unit) ?? { obs: 0, verb: 0, imp: 0 };
    ru.set(u.unit, { obs: seen.obs | u.obs, verb: seen.verb | u.verb, imp: seen.imp | u.imp });
    rowUnits.set(u.row, ru);
    if (!sizes.has(u.col)) sizes.set(u.col, new Set());
    sizes.get(u.col)!.add(u.unit);
    if (u.obs || u.verb) {
      if (!colUnits.has(u.col)) colUnits.set(u.col, new Set());
      colUnits.get(u.col)!.add(u.unit);
    }
  }
  const columns = columnList(
    db,
    req,
    new Map([...sizes].map(([k, v]) => [k, v.size])),
    new Map([...colUnits].map(([k, v]) => [k, v.size])),
  );
  const rows: MatrixRow[] = codes.map((c) => {
    const total = emptyCell();
    for (const u of rowUnits.get(c.id)?.values() ?? []) tally(total, u);
    return {
      codeId: c.id,
      parentId: c.parentId === root.id ? null : c.parentId,
      depth: c.depth,
      name: c.name,
      nameEn: c.nameEn,
      taxonomyKey: c.taxonomyKey,
      color: c.color,
      total,
      recurring: total.count >= threshold,
      cells: cells.get(c.id) ?? {},
    };
  });
  return { rowsRoot: { id: root.id, name: root.name }, columns, rows, unit: req.unit, threshold };
}

function tally(cell: MatrixCell, u: { obs: number; verb: number; imp: number }): void {
  if (u.obs || u.verb) cell.count++;
  if (u.obs) cell.fromObservations++;
  if (u.verb) cell.fromVerbatims++;
  if (u.imp && !u.obs && !u.verb) cell.implied++;
}

/** Which joins the question needs: no people for a projects × projects matrix, no projects for interviews. */
function needsOf(columns: MatrixColumns, unit: MatrixUnit): EvidenceNeeds {
  const projectSide = (x: string) => x === 'projects' || x === 'years' || x === 'regions';
  const personSide = (x: string) => x === 'actor-types' || x === 'organisations' || x === 'interviewees';
  return {
    person: personSide(columns) || personSide(unit),
    project: projectSide(columns) || projectSide(unit),
    requireProject: projectSide(columns) || projectSide(unit),
  };
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
