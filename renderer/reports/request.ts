import type {
  ReportFormat,
  ReportGenerateRequest,
  ReportKind,
  ReportLang,
  ReportRequest,
} from '../../shared/api/reports';

/**
 * What the user has chosen in the Reports view, before it becomes an API request. A selection of `null` means
 * "the default" (every project; every interview with a transcript), which the request leaves out so the report
 * follows the workspace as it grows.
 */
export interface ReportDraft {
  kind: ReportKind;
  format: ReportFormat;
  lang: ReportLang;
  withQuotes: boolean;
  pseudonymise: boolean;
  projectIds: string[] | null;
  interviewIds: string[] | null;
  /** A saved matrix analysis, or '' for the default matrix. */
  analysisId: string;
  title: string;
  author: string;
  /** ISO dates (YYYY-MM-DD) or ''. */
  periodFrom: string;
  periodTo: string;
}

/** Pseudonymised by default: a report is made to leave the machine. */
export function defaultDraft(lang: ReportLang): ReportDraft {
  return {
    kind: 'portfolio',
    format: 'pdf',
    lang,
    withQuotes: true,
    pseudonymise: true,
    projectIds: null,
    interviewIds: null,
    analysisId: '',
    title: '',
    author: '',
    periodFrom: '',
    periodTo: '',
  };
}

export type DraftProblem = 'noProjects' | 'noInterviews' | 'period';

/** Why the draft cannot be previewed or generated as it stands, or null. */
export function draftProblem(draft: ReportDraft): DraftProblem | null {
  if (draft.kind === 'portfolio' && draft.projectIds?.length === 0) return 'noProjects';
  if (draft.kind === 'interviews' && draft.interviewIds?.length === 0) return 'noInterviews';
  if (draft.periodFrom && draft.periodTo && draft.periodFrom > draft.periodTo) return 'period';
  return null;
}

/** The preview request: only what differs from the API's defaults, texts trimmed. */
export function toPreviewRequest(draft: ReportDraft): ReportRequest {
  const request: ReportRequest = {
    kind: draft.kind,
    lang: draft.lang,
    withQuotes: draft.withQuotes,
    pseudonymise: draft.pseudonymise,
  };
  if (draft.kind === 'portfolio') {
    if (draft.projectIds?.length) request.projectIds = [...draft.projectIds];
    if (draft.analysisId) request.analysisId = draft.analysisId;
  } else if (draft.interviewIds?.length) {
    request.interviewIds = [...draft.interviewIds];
  }
  const title = draft.title.trim();
  const author = draft.author.trim();
  if (title) request.title = title;
  if (author) request.author = author;
  if (draft.periodFrom) request.periodFrom = draft.periodFrom;
  if (draft.periodTo) request.periodTo = draft.periodTo;
  return request;
}

export function toGenerateRequest(draft: ReportDraft): ReportGenerateRequest {
  return { ...toPreviewRequest(draft), format: draft.format };
}

/**
 * Toggles one id in a selection whose `null` stands for `defaults`. Answers null again when the result is the
 * default set (in any order), so choosing everything back does not pin today's list.
 */
export function toggleSelection(
  selection: readonly string[] | null,
  id: string,
  defaults: readonly string[],
): string[] | null {
  const current = selection ?? defaults;
  const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  return sameSet(next, defaults) ? null : next;
}

/** The ids shown as chosen: the selection, or the defaults when there is none. */
export function chosenIds(selection: readonly string[] | null, defaults: readonly string[]): Set<string> {
  return new Set(selection ?? defaults);
}

/** A selection set to exactly `ids` (null when that is the default set). */
export function selectionOf(ids: readonly string[], defaults: readonly string[]): string[] | null {
  return sameSet(ids, defaults) ? null : [...ids];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

// ---------------------------------------------------------------------------------------------------------
// Progress of a generation
// ---------------------------------------------------------------------------------------------------------

export type GenerationStep = 'data' | 'browser' | 'charts' | 'render' | 'write';

/**
 * The steps a generation goes through, as the generator runs them: the data; a browser for PDFs and for the
 * charts of a portfolio report (DOCX, HTML, PDF); the layout; the file.
 */
export function generationSteps(kind: ReportKind, format: ReportFormat): GenerationStep[] {
  const charts = kind === 'portfolio' && (format === 'pdf' || format === 'docx' || format === 'html');
  const steps: GenerationStep[] = ['data'];
  if (charts) steps.push('charts');
  else if (format === 'pdf') steps.push('browser');
  steps.push('render', 'write');
  return steps;
}

/** Typical time of each step (ms) on a consultant's laptop, to name the step under way. */
const STEP_MS: Record<GenerationStep, number> = {
  data: 900,
  browser: 1500,
  charts: 3000,
  render: 1800,
  write: Infinity,
};

/**
 * The step most likely under way after `elapsedMs` (the API answers once, at the end): each step lasts its
 * typical time, and the last one lasts until the answer comes.
 */
export function stepAt(steps: readonly GenerationStep[], elapsedMs: number): GenerationStep {
  let left = elapsedMs;
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i]!;
    left -= STEP_MS[step];
    if (left < 0) return step;
  }
  return steps[steps.length - 1] ?? 'write';
}
