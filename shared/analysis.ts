/** Types of the analysis views (recurrence matrix, co-occurrence, frequencies), shared by db/, API and UI. */

export type MatrixColumns =
  'projects' | 'actor-types' | 'organisations' | 'interviews' | 'interviewees' | 'years' | 'regions';
export const MATRIX_COLUMNS: readonly MatrixColumns[] = [
  'projects',
  'actor-types',
  'organisations',
  'interviews',
  'interviewees',
  'years',
  'regions',
];

export type MatrixUnit = 'projects' | 'interviews' | 'interviewees' | 'segments';
export const MATRIX_UNITS: readonly MatrixUnit[] = ['projects', 'interviews', 'interviewees', 'segments'];

/** The filter bar every analysis view shares. Interview-level filters leave project observations out. */
export interface AnalysisFilter {
  dateFrom?: string;
  dateTo?: string;
  projectIds?: string[];
  actorTypes?: string[];
  organisationIds?: string[];
  interviewers?: string[];
  interviewStatuses?: string[];
}

export interface MatrixRequest {
  /** A code id, or a branch key ('challenges', 'levers', …); default the challenges branch. */
  rows?: string;
  columns: MatrixColumns;
  unit: MatrixUnit;
  /** A row is recurring when its total reaches this (default 2). */
  threshold?: number;
  /** Count observations the thesis only implies as evidence too (default: shown apart, not counted). */
  includeImplied?: boolean;
  filter?: AnalysisFilter;
}

export interface MatrixCell {
  count: number;
  /** Distinct units seen through project observations, and through coded verbatims (may overlap). */
  fromObservations: number;
  fromVerbatims: number;
  /** Distinct units backed only by implied observations (not in count unless includeImplied). */
  implied: number;
}

export interface MatrixRow {
  codeId: string;
  parentId: string | null;
  depth: number;
  name: string;
  nameEn: string | null;
  taxonomyKey: string | null;
  color: string | null;
  /** Distinct units over all columns (not the sum of cells). */
  total: MatrixCell;
  recurring: boolean;
  cells: Record<string, MatrixCell>;
}

export interface MatrixColumn {
  key: string;
  label: string;
  labelEn: string | null;
  /** Distinct units in the column over all rows. */
  total: number;
  /** How many units exist in this column at all (for normalising, e.g. interviewees per actor type). */
  size: number;
}

export interface MatrixResult {
  rowsRoot: { id: string; name: string };
  columns: MatrixColumn[];
  rows: MatrixRow[];
  unit: MatrixUnit;
  threshold: number;
}

export interface EvidenceItem {
  source: 'verbatim' | 'observation';
  /** The unit this item counts for in the cell (a project, interview, interviewee or segment id). */
  unitKey: string;
  unitLabel: string;
  codeId: string;
  code: string;
  segmentId: string | null;
  observationId: string | null;
  quote: string | null;
  strength: 'explicit' | 'implied' | null;
  interviewId: string | null;
  interviewTitle: string | null;
  projectId: string | null;
  project: string | null;
  pseudonym: string | null;
  organisation: string | null;
}

export interface DrillDown {
  /** Items grouped by unit: there are exactly as many groups as the cell's count. */
  groups: { unitKey: string; unitLabel: string; items: EvidenceItem[] }[];
  impliedGroups: { unitKey: string; unitLabel: string; items: EvidenceItem[] }[];
}

export interface CooccurrencePair {
  a: string;
  b: string;
  /** Segments coded with both, plus pairs of overlapping segments coded with one each. */
  count: number;
}

export interface CodeFrequency {
  codeId: string;
  segments: number;
  interviews: number;
}
