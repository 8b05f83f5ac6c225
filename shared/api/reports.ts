import { z } from 'zod';
import { id, returns } from './method';

/**
 * Reports the consultants send the alliance's members: the portfolio report (indicators, charts, recurring
 * challenges with their verbatims, one sheet per project, the codebook's definitions) and interview
 * syntheses. 'reports.preview' answers the model the files are made from (for an on-screen preview, charts
 * drawn by renderer/charts from `charts`); 'reports.generate' answers the file itself.
 *
 * Every text in a model is final: labels resolved in the report's language, and, when pseudonymised, every
 * person's name replaced by their pseudonym (verbatims included).
 */

export type ReportKind = 'portfolio' | 'interviews';
export const REPORT_KINDS = ['portfolio', 'interviews'] as const;
export type ReportFormat = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'html';
export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'html'] as const;
export type ReportLang = 'fr' | 'en';

export interface ReportOptions {
  /** The projects the portfolio report covers (default: all). */
  projectIds?: string[];
  /** The interviews a synthesis covers (default: all with a transcript). */
  interviewIds?: string[];
  /** A saved matrix analysis whose rows, columns, unit, threshold and filter the recurrence section uses. */
  analysisId?: string;
  lang?: ReportLang;
  /** Verbatims in the report (default true). */
  withQuotes?: boolean;
  /** People's names replaced by their pseudonyms everywhere, quotes included (default false). */
  pseudonymise?: boolean;
  title?: string;
  author?: string;
  /** The period the report covers, shown on the cover (default: the span of the interviews' dates). */
  periodFrom?: string;
  periodTo?: string;
}

export interface ReportCover {
  title: string;
  subtitle: string;
  /** "février – juin 2023", or null when nothing is dated. */
  period: string | null;
  author: string | null;
  /** The day the report was made (ISO date) and the same, written out. */
  date: string;
  dateLabel: string;
  workspace: string;
}

/** A verbatim with its reference. */
export interface ReportQuote {
  segmentId: string;
  text: string;
  /** The interviewee's pseudonym (pseudonymised report) or name, or null when unknown. */
  speaker: string | null;
  position: string | null;
  organisation: string | null;
  interviewTitle: string;
  /** ISO date of the interview. */
  interviewDate: string | null;
  important: boolean;
  memo: string | null;
  /** The codes on the passage (labels). */
  codes: string[];
  /** The projects the passage is linked to (names). */
  projects: string[];
  /** "Pharma-1, Roche, 14 février 2023". */
  reference: string;
}

export interface ReportChartBar {
  key: string;
  label: string;
  value: number;
  /** Drawn highlighted (a recurring challenge). */
  highlight?: boolean;
}

export type ReportChartId =
  | 'funnel'
  | 'byLifecycleStage'
  | 'byStatus'
  | 'fundingByActorType'
  | 'fundingByCallYear'
  | 'sitesByRegion'
  | 'recurrence';

export interface ReportChart {
  id: ReportChartId;
  title: string;
  unit: 'count' | 'eur';
  /** Horizontal bars (long category labels) or columns (years). */
  layout: 'bars' | 'columns';
  bars: ReportChartBar[];
  /** Half a page wide (few short bars) or the whole width. */
  size: 'half' | 'full';
  /** Text under the chart (what a highlighted bar means). */
  note: string | null;
}

/**
 * What the report charts page (renderer/report-charts.html) is handed to draw: the charts of a model, drawn
 * by the same components as the Portfolio view.
 */
export interface ReportChartsInput {
  lang: ReportLang;
  /** Width of every chart, in CSS pixels (default 680). */
  width?: number;
  charts: { id: ReportChartId; title: string; bars: ReportChartBar[]; width?: number }[];
}

export interface ReportIndicator {
  key: string;
  label: string;
  value: number | null;
  unit: 'count' | 'eur';
  /** The value written out in the report's language ("166 880 €"). */
  display: string;
}

export interface ReportMatrix {
  /** The saved analysis's name, or the default's description. */
  source: string;
  rowsLabel: string;
  unitLabel: string;
  threshold: number;
  columns: { key: string; label: string; total: number }[];
  rows: {
    codeId: string;
    label: string;
    depth: number;
    total: number;
    recurring: boolean;
    /** Counts aligned with columns; implied-only evidence apart. */
    cells: number[];
    implied: number[];
  }[];
}

export interface RecurringChallenge {
  codeId: string;
  label: string;
  definition: string | null;
  count: number;
  /** Out of how many (projects, interviews… in the matrix's columns). */
  outOf: number;
  /** The columns where it is seen (project names…). */
  seenIn: string[];
  /** The columns where it is not seen (short to write when it is seen almost everywhere). */
  notSeenIn: string[];
  quotes: ReportQuote[];
}

export interface ProjectSheet {
  id: string;
  name: string;
  solution: string | null;
  summary: string | null;
  theme: string | null;
  callYear: number | null;
  status: string;
  methodStep: string | null;
  lifecycleStage: string | null;
  region: string | null;
  startDate: string | null;
  endDate: string | null;
  totalFundingEur: number;
  partners: { organisation: string; role: string; actorType: string | null; fundingEur: number | null }[];
  compositionWarnings: string[];
  sites: { organisation: string; region: string | null; status: string }[];
  steps: {
    key: string;
    label: string;
    status: string;
    statusKey: string;
    startDate: string | null;
    endDate: string | null;
    note: string | null;
  }[];
  stepsDone: number;
  challenges: {
    codeId: string;
    label: string;
    strength: string;
    status: string;
    levers: string | null;
    notes: string | null;
    evidence: ReportQuote[];
  }[];
}

export interface CodebookEntry {
  name: string;
  depth: number;
  definition: string | null;
}

export interface PortfolioReport {
  kind: 'portfolio';
  lang: ReportLang;
  pseudonymised: boolean;
  withQuotes: boolean;
  generatedAt: string;
  cover: ReportCover;
  indicators: ReportIndicator[];
  charts: ReportChart[];
  matrix: ReportMatrix;
  recurring: RecurringChallenge[];
  projects: ProjectSheet[];
  /** Every verbatim behind the matrix (the spreadsheet's Verbatims sheet); empty without quotes. */
  verbatims: ReportQuote[];
  /** The codebook's branches with their codes' definitions. */
  codebook: { branch: string; entries: CodebookEntry[] }[];
}

export interface InterviewSheet {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  mode: string | null;
  interviewer: string | null;
  status: string;
  topic: string | null;
  interviewees: { name: string; position: string | null; organisation: string | null }[];
  projects: string[];
  /** The interviewer's notes per guide axis, in the guide's order. */
  axisNotes: { axis: string; note: string }[];
  /** 'axis' when passages are tagged with guide axes, else 'code'. */
  groupedBy: 'axis' | 'code';
  groups: {
    key: string;
    label: string;
    branch: string | null;
    definition: string | null;
    /** Passages in the group (also when quotes are left out). */
    count: number;
    quotes: ReportQuote[];
  }[];
  memos: { title: string | null; body: string }[];
  segmentCount: number;
}

export interface InterviewsReport {
  kind: 'interviews';
  lang: ReportLang;
  pseudonymised: boolean;
  withQuotes: boolean;
  generatedAt: string;
  cover: ReportCover;
  interviews: InterviewSheet[];
  codebook: { branch: string; entries: CodebookEntry[] }[];
}

export type ReportModel = PortfolioReport | InterviewsReport;

export interface GeneratedReport {
  fileName: string;
  /** The media type of the file (application/pdf, …; application/zip for CSV). */
  mimeType: string;
  contentBase64: string;
  bytes: number;
  /** What could not be done as asked (charts left out when no Chromium was found…). */
  warnings: string[];
}

/** Progress of long work, for the host's event stream. */
export interface ReportProgress {
  step: 'data' | 'charts' | 'render' | 'write' | 'done';
  /** 0 to 1. */
  fraction: number;
  message: string;
}

const options = {
  projectIds: z.array(id).max(10_000).optional(),
  interviewIds: z.array(id).max(100_000).optional(),
  analysisId: id.optional(),
  lang: z.enum(['fr', 'en']).optional(),
  withQuotes: z.boolean().optional(),
  pseudonymise: z.boolean().optional(),
  title: z.string().max(300).optional(),
  author: z.string().max(300).optional(),
  periodFrom: z.string().max(10).optional(),
  periodTo: z.string().max(10).optional(),
};

export const reportRequest = z.object({ kind: z.enum(REPORT_KINDS), ...options }).strict();
export const reportGenerateRequest = z
  .object({ kind: z.enum(REPORT_KINDS), format: z.enum(REPORT_FORMATS), ...options })
  .strict();
export type ReportRequest = z.output<typeof reportRequest>;
export type ReportGenerateRequest = z.output<typeof reportGenerateRequest>;

export const reportsApi = {
  'reports.preview': returns<ReportModel>()(reportRequest),
  'reports.generate': returns<GeneratedReport>()(reportGenerateRequest),
} as const;
