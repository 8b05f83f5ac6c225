/**
 * Pure helpers of the analysis views: heat colours, row order and visibility in the recurrence matrix,
 * normalisation by column size, the filter sent to the API. No React, no API: unit-tested beside.
 */
import type { AnalysisFilter, MatrixCell, MatrixColumns, MatrixRow, MatrixUnit } from '../../shared/analysis';
import type { CodeNode } from '../../shared/domain';

// ---------- Heat scale ----------

/**
 * The heat scale: five steps of the accent blue, light to dark, each with the text colour that keeps at
 * least WCAG AA contrast (4.5:1) on it. Level 0 (no evidence) is the plain surface.
 */
export const HEAT_STEPS: readonly { bg: string; fg: string }[] = [
  { bg: '#ffffff', fg: '#5c6675' },
  { bg: '#e3edf9', fg: '#1d2430' },
  { bg: '#c2d7f0', fg: '#1d2430' },
  { bg: '#8fb4e2', fg: '#1d2430' },
  { bg: '#3f78c0', fg: '#ffffff' },
  { bg: '#1d4f8c', fg: '#ffffff' },
];
export const HEAT_LEVELS = HEAT_STEPS.length - 1;

/** The heat level (0 for nothing, 1…5) of a value on a scale whose top is `max`. */
export function heatLevel(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((value / max) * HEAT_LEVELS)));
}

export function heatStyle(value: number, max: number): { background: string; color: string } {
  const step = HEAT_STEPS[heatLevel(value, max)]!;
  return { background: step.bg, color: step.fg };
}

/** The ranges the legend shows for each level, e.g. max 10 → [1–2], [3–4]… (levels no integer reaches are left out). */
export function heatLegend(max: number, integers = true): { level: number; from: number; to: number }[] {
  if (!(max > 0)) return [];
  const out: { level: number; from: number; to: number }[] = [];
  for (let level = 1; level <= HEAT_LEVELS; level++) {
    const hi = (level / HEAT_LEVELS) * max;
    const lo = ((level - 1) / HEAT_LEVELS) * max;
    if (integers) {
      const from = Math.floor(lo) + 1;
      const to = Math.floor(hi);
      if (to >= from) out.push({ level, from, to });
    } else {
      out.push({ level, from: Math.round(lo), to: Math.round(hi) });
    }
  }
  return out;
}

/** WCAG relative luminance contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// ---------- Normalisation ----------

/** A count as a share of its column's size, in percent (null when the column has no size to divide by). */
export function normalised(count: number, size: number): number | null {
  if (!(size > 0)) return null;
  return (count / size) * 100;
}

export function formatPercent(value: number | null, locale: string): string {
  if (value === null) return '–';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value > 0 && value < 10 ? 1 : 0 }).format(value)} %`;
}

/** The value a cell is shown (and heated) with: its count, or its share of the column when normalising. */
export function cellValue(cell: MatrixCell | undefined, size: number, normalise: boolean): number {
  const count = cell?.count ?? 0;
  return normalise ? (normalised(count, size) ?? 0) : count;
}

/** The top of the heat scale: the largest cell value of the matrix (totals are not heated). */
export function matrixMax(
  rows: readonly MatrixRow[],
  columns: readonly { key: string; size: number }[],
  normalise: boolean,
): number {
  let max = 0;
  for (const row of rows)
    for (const col of columns) max = Math.max(max, cellValue(row.cells[col.key], col.size, normalise));
  return max;
}

// ---------- Rows: order and collapse ----------

export type RowSort = 'tree' | 'total';

/**
 * The rows in the order to show: tree order, or by total (largest first) among siblings, children staying
 * under their parent so the roll-ups still read. Ties keep tree order.
 */
export function sortRows<R extends { codeId: string; parentId: string | null; total: { count: number } }>(
  rows: readonly R[],
  sort: RowSort,
): R[] {
  if (sort === 'tree') return [...rows];
  const ids = new Set(rows.map((r) => r.codeId));
  const position = new Map(rows.map((r, i) => [r.codeId, i]));
  const children = new Map<string | null, R[]>();
  for (const row of rows) {
    const parent = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    const list = children.get(parent);
    if (list) list.push(row);
    else children.set(parent, [row]);
  }
  const out: R[] = [];
  const walk = (parent: string | null) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => b.total.count - a.total.count || position.get(a.codeId)! - position.get(b.codeId)!,
    );
    for (const row of list) {
      out.push(row);
      walk(row.codeId);
    }
  };
  walk(null);
  return out;
}

/** The codes that have children among the rows (they get a ▸/▾ toggle). */
export function parentIds(rows: readonly Pick<MatrixRow, 'codeId' | 'parentId'>[]): Set<string> {
  const ids = new Set(rows.map((r) => r.codeId));
  return new Set(rows.map((r) => r.parentId).filter((p): p is string => !!p && ids.has(p)));
}

/** The rows left visible when some parents are collapsed: none of a collapsed row's descendants. */
export function visibleRows<R extends Pick<MatrixRow, 'codeId' | 'parentId'>>(
  rows: readonly R[],
  collapsed: ReadonlySet<string>,
): R[] {
  if (collapsed.size === 0) return [...rows];
  const parent = new Map(rows.map((r) => [r.codeId, r.parentId]));
  const hidden = (row: R) => {
    const seen = new Set<string>();
    for (let p = row.parentId; p && !seen.has(p); p = parent.get(p) ?? null) {
      if (collapsed.has(p)) return true;
      seen.add(p);
    }
    return false;
  };
  return rows.filter((r) => !hidden(r));
}

// ---------- Codes and branches ----------

/**
 * The code id a matrix's rows start from: `rows` as a code id, or a root branch's taxonomy key
 * ('challenges', 'levers'…), else the challenges branch, else the first root. Undefined before codes load.
 */
export function resolveBranch(codes: readonly CodeNode[] | undefined, rows: string): string | undefined {
  if (!codes || codes.length === 0) return undefined;
  const roots = codes.filter((c) => !c.parentId);
  return (
    codes.find((c) => c.id === rows)?.id ??
    roots.find((c) => c.taxonomyKey === rows)?.id ??
    roots.find((c) => c.taxonomyKey === 'challenges')?.id ??
    roots[0]?.id
  );
}

/** A code's descendants (not itself), in the order given (tree order from codes.tree). */
export function descendantIds(codes: readonly CodeNode[], rootId: string): string[] {
  const inside = new Set([rootId]);
  const out: string[] = [];
  for (const c of codes) {
    if (c.parentId && inside.has(c.parentId)) {
      inside.add(c.id);
      out.push(c.id);
    }
  }
  // codes.tree is depth-first, but do not rely on it: add children found after their parent in a second pass.
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of codes) {
      if (!inside.has(c.id) && c.parentId && inside.has(c.parentId)) {
        inside.add(c.id);
        out.push(c.id);
        grew = true;
      }
    }
  }
  return out;
}

// ---------- Filters ----------

export interface FilterState {
  dateFrom: string;
  dateTo: string;
  projectIds: string[];
  actorTypes: string[];
  organisationIds: string[];
  interviewers: string[];
  interviewStatuses: string[];
}

export const NO_FILTER: FilterState = {
  dateFrom: '',
  dateTo: '',
  projectIds: [],
  actorTypes: [],
  organisationIds: [],
  interviewers: [],
  interviewStatuses: [],
};

/** The API filter: empty fields left out, so an untouched bar sends nothing. */
export function toApiFilter(f: FilterState): AnalysisFilter {
  const out: AnalysisFilter = {};
  if (f.dateFrom) out.dateFrom = f.dateFrom;
  if (f.dateTo) out.dateTo = f.dateTo;
  if (f.projectIds.length) out.projectIds = [...f.projectIds].sort();
  if (f.actorTypes.length) out.actorTypes = [...f.actorTypes].sort();
  if (f.organisationIds.length) out.organisationIds = [...f.organisationIds].sort();
  if (f.interviewers.length) out.interviewers = [...f.interviewers].sort();
  if (f.interviewStatuses.length) out.interviewStatuses = [...f.interviewStatuses].sort();
  return out;
}

export function activeFilters(f: FilterState): number {
  return (
    (f.dateFrom ? 1 : 0) +
    (f.dateTo ? 1 : 0) +
    (f.projectIds.length ? 1 : 0) +
    (f.actorTypes.length ? 1 : 0) +
    (f.organisationIds.length ? 1 : 0) +
    (f.interviewers.length ? 1 : 0) +
    (f.interviewStatuses.length ? 1 : 0)
  );
}

/** Interview-level filters leave project observations out of every count (they have no interview). */
export function dropsObservations(f: FilterState): boolean {
  return !!(
    f.dateFrom ||
    f.dateTo ||
    f.actorTypes.length ||
    f.organisationIds.length ||
    f.interviewers.length ||
    f.interviewStatuses.length
  );
}

// ---------- Saved analyses ----------

export type AnalysisTab = 'matrix' | 'actors' | 'years' | 'cooccurrence' | 'frequencies';
export const ANALYSIS_TABS: readonly AnalysisTab[] = [
  'matrix',
  'actors',
  'years',
  'cooccurrence',
  'frequencies',
];

export interface MatrixSettings {
  /** A code id or a root branch's taxonomy key. */
  rows: string;
  columns: MatrixColumns;
  unit: MatrixUnit;
  threshold: number;
  includeImplied: boolean;
  sort: RowSort;
  normalise: boolean;
  collapsed: string[];
}

export interface ChartSettings {
  unit: MatrixUnit;
  normalise: boolean;
}

export interface CooccurrenceSettings {
  branch: string;
  /** Chosen codes; when any, they replace the branch. */
  codeIds: string[];
}

export interface FrequencySettings {
  branch: string;
  rollUp: boolean;
}

export interface AnalysisSettings {
  tab: AnalysisTab;
  filters: FilterState;
  matrix: MatrixSettings;
  actors: ChartSettings;
  years: ChartSettings;
  cooccurrence: CooccurrenceSettings;
  frequencies: FrequencySettings;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  tab: 'matrix',
  filters: NO_FILTER,
  matrix: {
    rows: 'challenges',
    columns: 'projects',
    unit: 'projects',
    threshold: 2,
    includeImplied: false,
    sort: 'tree',
    normalise: false,
    collapsed: [],
  },
  actors: { unit: 'interviewees', normalise: false },
  years: { unit: 'projects', normalise: false },
  cooccurrence: { branch: 'challenges', codeIds: [] },
  frequencies: { branch: 'challenges', rollUp: true },
};

/** The kind a saved analysis is filed under (the API knows three). */
export function kindOfTab(tab: AnalysisTab): 'matrix' | 'cooccurrence' | 'frequencies' {
  return tab === 'cooccurrence' ? 'cooccurrence' : tab === 'frequencies' ? 'frequencies' : 'matrix';
}

const COLUMNS: readonly string[] = [
  'projects',
  'actor-types',
  'organisations',
  'interviews',
  'interviewees',
  'years',
  'regions',
];
const UNITS: readonly string[] = ['projects', 'interviews', 'interviewees', 'segments'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
const strs = (v: unknown, d: string[]) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : d;
const oneOf = <T extends string>(v: unknown, allowed: readonly string[], d: T): T =>
  typeof v === 'string' && allowed.includes(v) ? (v as T) : d;

/**
 * Reads saved settings back, whatever their age: every field is checked and anything missing or malformed
 * takes its default, so an analysis saved by an older version still opens.
 */
export function readSettings(raw: unknown): AnalysisSettings {
  const d = DEFAULT_SETTINGS;
  const s = isObj(raw) ? raw : {};
  const f = isObj(s.filters) ? s.filters : {};
  const m = isObj(s.matrix) ? s.matrix : {};
  const a = isObj(s.actors) ? s.actors : {};
  const y = isObj(s.years) ? s.years : {};
  const c = isObj(s.cooccurrence) ? s.cooccurrence : {};
  const q = isObj(s.frequencies) ? s.frequencies : {};
  const threshold = typeof m.threshold === 'number' && m.threshold >= 1 ? Math.floor(m.threshold) : 2;
  return {
    tab: oneOf(s.tab, ANALYSIS_TABS, d.tab),
    filters: {
      dateFrom: str(f.dateFrom, ''),
      dateTo: str(f.dateTo, ''),
      projectIds: strs(f.projectIds, []),
      actorTypes: strs(f.actorTypes, []),
      organisationIds: strs(f.organisationIds, []),
      interviewers: strs(f.interviewers, []),
      interviewStatuses: strs(f.interviewStatuses, []),
    },
    matrix: {
      rows: str(m.rows, d.matrix.rows) || d.matrix.rows,
      columns: oneOf(m.columns, COLUMNS, d.matrix.columns),
      unit: oneOf(m.unit, UNITS, d.matrix.unit),
      threshold,
      includeImplied: bool(m.includeImplied, false),
      sort: oneOf(m.sort, ['tree', 'total'], d.matrix.sort),
      normalise: bool(m.normalise, false),
      collapsed: strs(m.collapsed, []),
    },
    actors: { unit: oneOf(a.unit, UNITS, d.actors.unit), normalise: bool(a.normalise, false) },
    years: { unit: oneOf(y.unit, UNITS, d.years.unit), normalise: bool(y.normalise, false) },
    cooccurrence: {
      branch: str(c.branch, d.cooccurrence.branch) || d.cooccurrence.branch,
      codeIds: strs(c.codeIds, []),
    },
    frequencies: {
      branch: str(q.branch, d.frequencies.branch) || d.frequencies.branch,
      rollUp: bool(q.rollUp, true),
    },
  };
}
