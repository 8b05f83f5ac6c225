import path from 'node:path';
import type {
  CodebookEntry,
  InterviewSheet,
  InterviewsReport,
  PortfolioReport,
  ProjectSheet,
  RecurringChallenge,
  ReportChart,
  ReportChartBar,
  ReportCover,
  ReportIndicator,
  ReportLang,
  ReportMatrix,
  ReportOptions,
  ReportQuote,
} from '../../shared/api/reports';
import type { MatrixRequest, MatrixResult } from '../../shared/analysis';
import { MATRIX_COLUMNS, MATRIX_UNITS } from '../../shared/analysis';
import type { CodeNode, ProjectDetail, ReferenceLists } from '../../shared/domain';
import { TerrainError } from '../../shared/errors';
import { directoryPseudonymiser } from '../../shared/pseudonymise';
import type { Db } from '../../db/workspace';
import { drillDown, recurrenceMatrix } from '../../db/analysis/matrix';
import { codeTree } from '../../db/queries/codebook';
import { dashboard } from '../../db/queries/dashboard';
import { listOrganisations, referenceLists } from '../../db/queries/directory';
import { getInterview, listInterviews } from '../../db/queries/interviews';
import { getProject, listProjects } from '../../db/queries/projects';
import { listSavedAnalyses } from '../../db/saved-analyses';
import {
  interviewDateSpan,
  interviewMemos,
  interviewsOfProjects,
  pseudonymDirectory,
  segmentInfo,
  segmentsWithCodes,
  type SegmentInfo,
} from '../../db/queries/report-data';
import { labels, type Labels } from './labels';

/**
 * The report models: everything a report holds, gathered from the workspace, labelled in the report's
 * language and, when asked, pseudonymised. Every format (PDF, DOCX, XLSX, CSV, HTML) is written from a model
 * and from nothing else, so what a member reads is the same whatever the format.
 */

export interface ModelOptions extends ReportOptions {
  /** The workspace's file, for the cover (its name). */
  workspacePath?: string;
  /** The moment the report is made (tests pass a fixed one). */
  now?: Date;
}

const DEFAULT_MATRIX: MatrixRequest = {
  rows: 'challenges',
  columns: 'projects',
  unit: 'projects',
  threshold: 2,
};
/** Charts with few short bars, drawn half a page wide. */
const HALF_CHARTS = new Set(['byStatus', 'byLifecycleStage', 'fundingByCallYear', 'sitesByRegion']);
/** How many verbatims illustrate a recurring challenge or an observation. */
const QUOTES_PER_ITEM = 3;

interface Context {
  db: Db;
  L: Labels;
  lang: ReportLang;
  refs: ReferenceLists;
  codes: Map<string, CodeNode>;
  projectNames: Map<string, string>;
}

function context(db: Db, lang: ReportLang): Context {
  const codes = new Map(codeTree(db, { usage: false }).map((c) => [c.id, c]));
  const projectNames = new Map(
    (db.prepare('SELECT id, name FROM projects').all() as { id: string; name: string }[]).map((p) => [
      p.id,
      p.name,
    ]),
  );
  return { db, L: labels(lang), lang, refs: referenceLists(db), codes, projectNames };
}

function refLabel(ctx: Context, taxonomy: string, key: string | null): string | null {
  if (key === null || key === '') return null;
  const item = ctx.refs[taxonomy]?.find((r) => r.key === key);
  if (!item) return key;
  return ctx.lang === 'en' ? item.labelEn || item.labelFr : item.labelFr;
}

function codeLabel(ctx: Context, codeId: string): string {
  const c = ctx.codes.get(codeId);
  if (!c) return codeId;
  return ctx.lang === 'en' ? (c.nameEn ?? c.name) : c.name;
}

/** "Adoption par l'utilisateur final › Professionnels de santé": the code under its parents (not the branch). */
function codePath(ctx: Context, codeId: string): string {
  const parts: string[] = [];
  for (let c = ctx.codes.get(codeId); c; c = c.parentId ? ctx.codes.get(c.parentId) : undefined) {
    if (!c.parentId || !ctx.codes.has(c.parentId)) break; // the branch itself is not named
    parts.unshift(codeLabel(ctx, c.id));
  }
  return parts.length ? parts.join(' › ') : codeLabel(ctx, codeId);
}

function barLabel(ctx: Context, bar: { label: string; labelEn: string | null }): string {
  return ctx.lang === 'en' ? (bar.labelEn ?? bar.label) : bar.label;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------
// Quotes
// ---------------------------------------------------------------------------------------------------------

function toQuote(ctx: Context, s: SegmentInfo, codeFilter?: (codeId: string) => boolean): ReportQuote {
  const speaker = s.personName;
  const reference = [
    [speaker, s.organisation].filter(Boolean).join(', '),
    s.interviewDate ? ctx.L.date(s.interviewDate) : s.interviewTitle,
  ]
    .filter(Boolean)
    .join(' — ');
  return {
    segmentId: s.segmentId,
    text: s.quote.trim(),
    speaker,
    position: s.position,
    organisation: s.organisation,
    interviewTitle: s.interviewTitle,
    interviewDate: s.interviewDate,
    important: s.important,
    memo: s.memo,
    codes: s.codeIds.filter((c) => !codeFilter || codeFilter(c)).map((c) => codeLabel(ctx, c)),
    projects: s.projectIds.map((p) => ctx.projectNames.get(p) ?? p),
    reference,
  };
}

/**
 * The most telling passages: the interviewee's words (not the interviewer's questions), those flagged
 * important first, then the longer ones (up to a paragraph: beyond, length says no more), one per interview
 * before a second from the same interview.
 */
export function pickQuotes(infos: readonly SegmentInfo[], max = QUOTES_PER_ITEM): SegmentInfo[] {
  const score = (s: SegmentInfo) => (s.important ? 10_000 : 0) + Math.min(s.quote.trim().length, 450);
  const candidates = infos
    .filter((s) => s.speakerRole !== 'interviewer' && s.quote.trim().length > 0)
    .sort((a, b) => score(b) - score(a) || a.segmentId.localeCompare(b.segmentId));
  const chosen: SegmentInfo[] = [];
  const interviews = new Set<string>();
  for (const s of candidates) {
    if (chosen.length >= max) break;
    if (interviews.has(s.interviewId)) continue;
    chosen.push(s);
    interviews.add(s.interviewId);
  }
  for (const s of candidates) {
    if (chosen.length >= max) break;
    if (!chosen.includes(s)) chosen.push(s);
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------------------
// Cover and pseudonymisation
// ---------------------------------------------------------------------------------------------------------

function cover(
  ctx: Context,
  options: ModelOptions,
  title: string,
  subtitle: string,
  span: { from: string | null; to: string | null },
  now: Date,
): ReportCover {
  const from = options.periodFrom ?? span.from;
  const to = options.periodTo ?? span.to;
  return {
    title: options.title?.trim() || title,
    subtitle,
    period: ctx.L.period(from, to),
    author: options.author?.trim() || null,
    date: isoDay(now),
    dateLabel: ctx.L.date(isoDay(now)),
    workspace: options.workspacePath ? path.basename(options.workspacePath).replace(/\.terrain$/, '') : '',
  };
}

/**
 * The people whose names a pseudonymised report replaces: the directory's (with aliases and their speaker
 * labels), and the interviewers typed on interviews who are nobody in the directory.
 */
export function reportPseudonymiser(db: Db, L: Labels) {
  return directoryPseudonymiser(pseudonymDirectory(db), {
    interviewer: (n) => L('interviewer.pseudonym', { n }),
    ambiguous: L('person.ambiguous'),
  });
}

// ---------------------------------------------------------------------------------------------------------
// Portfolio report
// ---------------------------------------------------------------------------------------------------------

function matrixRequest(db: Db, options: ModelOptions): { req: MatrixRequest; source: string | null } {
  let req: MatrixRequest = { ...DEFAULT_MATRIX };
  let source: string | null = null;
  if (options.analysisId) {
    const saved = listSavedAnalyses(db).find((a) => a.id === options.analysisId);
    if (!saved) throw new TerrainError('not_found', 'Analyse enregistrée introuvable.');
    if (saved.kind !== 'matrix')
      throw new TerrainError(
        'invalid_input',
        `L’analyse « ${saved.name} » n’est pas une matrice de récurrence.`,
      );
    const s = (saved.settings ?? {}) as Record<string, unknown>;
    req = {
      rows: typeof s.rows === 'string' ? s.rows : DEFAULT_MATRIX.rows,
      columns: MATRIX_COLUMNS.includes(s.columns as never)
        ? (s.columns as MatrixRequest['columns'])
        : 'projects',
      unit: MATRIX_UNITS.includes(s.unit as never) ? (s.unit as MatrixRequest['unit']) : 'projects',
      threshold: typeof s.threshold === 'number' && s.threshold >= 1 ? Math.floor(s.threshold) : 2,
      includeImplied: s.includeImplied === true,
      filter: s.filter && typeof s.filter === 'object' ? (s.filter as MatrixRequest['filter']) : undefined,
    };
    source = saved.name;
  }
  if (options.projectIds?.length) req = { ...req, filter: { ...req.filter, projectIds: options.projectIds } };
  return { req, source };
}

function sameUnitAsColumns(req: MatrixRequest): boolean {
  return req.columns === req.unit;
}

/** A recurring row is left out when a recurring row below it says the same (its child with the same count). */
function mostSpecificRecurring(matrix: MatrixResult): MatrixResult['rows'] {
  const recurring = matrix.rows.filter((r) => r.recurring);
  const parentOf = new Map(matrix.rows.map((r) => [r.codeId, r.parentId]));
  const isBelow = (child: string, ancestor: string) => {
    for (let p = parentOf.get(child); p; p = parentOf.get(p)) if (p === ancestor) return true;
    return false;
  };
  return recurring
    .filter(
      (r) => !recurring.some((c) => c !== r && isBelow(c.codeId, r.codeId) && c.total.count >= r.total.count),
    )
    .sort((a, b) => b.total.count - a.total.count);
}

function projectSheet(ctx: Context, p: ProjectDetail, withQuotes: boolean): ProjectSheet {
  const { L } = ctx;
  const stepKeys = (ctx.refs['deployment-step'] ?? []).map((s) => s.key);
  for (const s of p.steps) if (!stepKeys.includes(s.stepKey)) stepKeys.push(s.stepKey);
  const evidenceIds = p.observations.flatMap((o) => o.evidence.map((e) => e.segmentId));
  const infos = withQuotes ? segmentInfo(ctx.db, evidenceIds) : new Map<string, SegmentInfo>();
  return {
    id: p.id,
    name: p.name,
    solution: p.solution,
    summary: p.summary,
    theme: p.theme,
    callYear: p.callYear,
    status: L(`status.${p.status}`),
    methodStep: refLabel(ctx, 'method-step', p.methodStep),
    lifecycleStage: refLabel(ctx, 'lifecycle-stage', p.lifecycleStage),
    region: p.region,
    startDate: p.startDate,
    endDate: p.endDate,
    totalFundingEur: p.totalFundingEur,
    partners: p.partners.map((x) => ({
      organisation: x.organisation,
      role: L(`role.${x.role}`),
      actorType: refLabel(ctx, 'actor-type', x.actorType),
      fundingEur: x.fundingEur,
    })),
    compositionWarnings: ctx.lang === 'fr' ? p.composition.warnings : [],
    sites: p.sites.map((s) => ({
      organisation: s.organisation,
      region: s.region,
      status: L(`site.${s.status}` as 'site.active'),
    })),
    steps: stepKeys.map((key) => {
      const s = p.steps.find((x) => x.stepKey === key);
      const status = s?.status ?? 'not-started';
      return {
        key,
        label: refLabel(ctx, 'deployment-step', key) ?? key,
        status: L(`step.${status}`),
        statusKey: status,
        startDate: s?.startDate ?? null,
        endDate: s?.endDate ?? null,
        note: s?.note ?? null,
      };
    }),
    stepsDone: p.stepsDone,
    challenges: p.observations.map((o) => ({
      codeId: o.codeId,
      label: codePath(ctx, o.codeId),
      strength: L(`strength.${o.strength}`),
      status: L(`observation.${o.status}`),
      levers: o.levers,
      notes: o.notes,
      evidence: pickQuotes(
        o.evidence.map((e) => infos.get(e.segmentId)).filter((s): s is SegmentInfo => !!s),
      ).map((s) => toQuote(ctx, s)),
    })),
  };
}

function charts(
  ctx: Context,
  selected: ProjectDetail[],
  matrix: ReportMatrix,
  recurringCount: number,
): { charts: ReportChart[]; indicators: ReportIndicator[] } {
  const { L, db } = ctx;
  const all = dashboard(db);
  const ids = new Set(selected.map((p) => p.id));
  // Count bars: the dashboard's, restricted to the chosen projects.
  const countBars = (bars: typeof all.funnel, keepEmpty: boolean): ReportChartBar[] =>
    bars
      .map((b) => ({
        key: b.key,
        label: barLabel(ctx, b),
        value: b.projectIds.filter((id) => ids.has(id)).length,
      }))
      .filter((b) => keepEmpty || b.value > 0);
  // Sums: recomputed from the chosen projects' partners and sites, in the dashboard's order and labels.
  const sumBars = (
    bars: typeof all.funnel,
    items: { key: string; value: number }[],
    labelOf: (key: string) => string,
  ): ReportChartBar[] => {
    const sums = new Map<string, number>();
    for (const it of items) sums.set(it.key, (sums.get(it.key) ?? 0) + it.value);
    const order = bars.map((b) => b.key);
    return [...sums.entries()]
      .sort(
        ([a], [b]) =>
          (order.indexOf(a) < 0 ? 1e9 : order.indexOf(a)) - (order.indexOf(b) < 0 ? 1e9 : order.indexOf(b)) ||
          a.localeCompare(b),
      )
      .map(([key, value]) => {
        const bar = bars.find((b) => b.key === key);
        return { key, label: bar ? barLabel(ctx, bar) : labelOf(key), value };
      });
  };
  const funded = selected.flatMap((p) =>
    p.partners.filter((x) => x.fundingEur !== null).map((x) => ({ ...x, project: p })),
  );
  const orgRegion = new Map(listOrganisations(db).map((o) => [o.id, o.region]));
  const sites = selected.flatMap((p) =>
    p.sites.map((s) => ({ ...s, region: s.region ?? orgRegion.get(s.organisationId) ?? null })),
  );
  const notSet = L('notSet');

  const chartList: ReportChart[] = [
    { id: 'funnel', layout: 'bars', unit: 'count', bars: countBars(all.funnel, true) },
    { id: 'byStatus', layout: 'bars', unit: 'count', bars: countBars(all.byStatus, false) },
    { id: 'byLifecycleStage', layout: 'bars', unit: 'count', bars: countBars(all.byLifecycleStage, false) },
    {
      id: 'fundingByActorType',
      layout: 'bars',
      unit: 'eur',
      bars: sumBars(
        all.fundingByActorType,
        funded.map((x) => ({ key: x.actorType ?? '', value: x.fundingEur! })),
        (k) => (k ? (refLabel(ctx, 'actor-type', k) ?? k) : notSet),
      ),
    },
    {
      id: 'fundingByCallYear',
      layout: 'columns',
      unit: 'eur',
      bars: sumBars(
        all.fundingByCallYear,
        funded.map((x) => ({ key: x.project.callYear?.toString() ?? '', value: x.fundingEur! })),
        (k) => k || notSet,
      ),
    },
    {
      id: 'sitesByRegion',
      layout: 'bars',
      unit: 'count',
      bars: sumBars(
        all.sitesByRegion,
        sites.map((s) => ({ key: s.region ?? '', value: 1 })),
        (k) => k || notSet,
      ),
    },
    {
      id: 'recurrence',
      layout: 'bars',
      unit: 'count',
      bars: matrix.rows
        .filter((r) => r.total > 0)
        .sort((a, b) => b.total - a.total)
        .slice(0, 15)
        .map((r) => ({ key: r.codeId, label: r.label, value: r.total, highlight: r.recurring })),
    },
  ].map((c) => ({
    ...c,
    layout: c.layout as ReportChart['layout'],
    unit: c.unit as ReportChart['unit'],
    id: c.id as ReportChart['id'],
    title: L(`chart.${c.id}` as 'chart.funnel'),
    size: (HALF_CHARTS.has(c.id) && c.bars.length <= 6 ? 'half' : 'full') as ReportChart['size'],
    note: c.id === 'recurrence' ? L('chart.recurrence.note', { threshold: matrix.threshold }) : null,
  }));

  const establishments = new Set([
    ...selected.flatMap((p) =>
      p.partners.filter((x) => x.role === 'establishment').map((x) => x.organisationId),
    ),
    ...sites.map((s) => s.organisationId),
  ]);
  const industrial = funded.filter((x) => x.role === 'industrial');
  const total = funded.reduce((n, x) => n + x.fundingEur!, 0);
  const avg = industrial.length
    ? Math.round(industrial.reduce((n, x) => n + x.fundingEur!, 0) / industrial.length)
    : null;
  const indicator = (key: string, value: number | null, unit: 'count' | 'eur'): ReportIndicator => ({
    key,
    label: L(`indicator.${key}` as 'indicator.projects'),
    value,
    unit,
    display: value === null ? '—' : unit === 'eur' ? L.euros(value) : L.number(value),
  });
  return {
    charts: chartList,
    indicators: [
      indicator('projects', selected.length, 'count'),
      indicator('establishmentsReached', establishments.size, 'count'),
      indicator('totalFundingEur', total, 'eur'),
      indicator('avgFundingPerProjectPerIndustrialEur', avg, 'eur'),
      indicator('sites', sites.length, 'count'),
      indicator('regions', new Set(sites.map((s) => s.region).filter(Boolean)).size, 'count'),
      indicator('recurring', recurringCount, 'count'),
    ],
  };
}

function codebookAppendix(ctx: Context, only?: Set<string>): { branch: string; entries: CodebookEntry[] }[] {
  const tree = [...ctx.codes.values()];
  const depth = new Map<string, number>();
  const out: { branch: string; entries: CodebookEntry[] }[] = [];
  let current: { branch: string; entries: CodebookEntry[] } | null = null;
  for (const c of tree) {
    if (!c.parentId || !ctx.codes.has(c.parentId)) {
      depth.set(c.id, -1);
      current = { branch: codeLabel(ctx, c.id), entries: [] };
      out.push(current);
      continue;
    }
    const d = (depth.get(c.parentId) ?? -1) + 1;
    depth.set(c.id, d);
    if (!current || !c.definition?.trim() || (only && !only.has(c.id))) continue;
    current.entries.push({ name: codeLabel(ctx, c.id), depth: d, definition: c.definition.trim() });
  }
  return out.filter((b) => b.entries.length > 0);
}

export type ProgressFn = (fraction: number, message: string) => void;

/** What both reports read from their options, with the defaults a report falls back on. */
function reportSetup(db: Db, options: ModelOptions) {
  const lang = options.lang ?? 'fr';
  return {
    lang,
    withQuotes: options.withQuotes ?? true,
    now: options.now ?? new Date(),
    ctx: context(db, lang),
  };
}

/**
 * The rows a report is asked for (null: no choice, all of them). An id that does not exist is refused
 * rather than left out, so that a report never silently covers less than was asked.
 */
function knownSelection(
  summaries: readonly { id: string }[],
  ids: readonly string[] | undefined,
  what: string,
): Set<string> | null {
  if (!ids?.length) return null;
  const known = new Set(summaries.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw new TerrainError('not_found', `${what} introuvable (${unknown.join(', ')}).`);
  return new Set(ids);
}

export function buildPortfolioReport(
  db: Db,
  options: ModelOptions = {},
  progress?: ProgressFn,
): PortfolioReport {
  const { lang, withQuotes, now, ctx } = reportSetup(db, options);
  const { L } = ctx;

  const summaries = listProjects(db);
  const wanted = knownSelection(summaries, options.projectIds, 'Projet');
  const details = summaries.filter((p) => !wanted || wanted.has(p.id)).map((p) => getProject(db, p.id));
  progress?.(0.2, 'projects');

  const { req, source } = matrixRequest(db, options);
  const result = recurrenceMatrix(db, req);
  const unitLabel = L(`unit.${req.unit}`);
  const rowsRoot = result.rowsRoot.id ? codeLabel(ctx, result.rowsRoot.id) : result.rowsRoot.name;
  // Columns in natural order ("Projet 2" before "Projet 10"), cells following them.
  const collator = new Intl.Collator(ctx.L.locale, { numeric: true, sensitivity: 'base' });
  const columnOrder = result.columns
    .map((c, i) => ({ c, i, label: ctx.lang === 'en' ? (c.labelEn ?? c.label) : c.label }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const matrix: ReportMatrix = {
    source: source ? L('matrix.saved', { name: source }) : L('matrix.default'),
    rowsLabel: rowsRoot,
    unitLabel,
    threshold: result.threshold,
    columns: columnOrder.map(({ c, label }) => ({ key: c.key, label, total: c.total })),
    rows: result.rows.map((r) => ({
      codeId: r.codeId,
      label: codeLabel(ctx, r.codeId),
      depth: r.depth,
      total: r.total.count,
      recurring: r.recurring,
      cells: columnOrder.map(({ c }) => r.cells[c.key]?.count ?? 0),
      implied: columnOrder.map(({ c }) => r.cells[c.key]?.implied ?? 0),
    })),
  };
  progress?.(0.4, 'matrix');
  const matrixRow = (codeId: string) => matrix.rows.find((r) => r.codeId === codeId)!;

  const descendants = (codeId: string): string[] => {
    const out = [codeId];
    for (const c of ctx.codes.values()) if (c.parentId && out.includes(c.parentId)) out.push(c.id);
    return out;
  };
  // Every verbatim behind the matrix, in one query: the recurring challenges' quotes are picked from it.
  const evidence = withQuotes
    ? drillDown(db, req).groups.flatMap((g) => g.items.filter((i) => i.segmentId))
    : [];
  const infos = segmentInfo(
    db,
    evidence.map((i) => i.segmentId!),
  );
  const recurring: RecurringChallenge[] = mostSpecificRecurring(result).map((row) => {
    let quotes: ReportQuote[] = [];
    if (withQuotes) {
      const inRow = new Set(descendants(row.codeId));
      let ids = evidence.filter((i) => inRow.has(i.codeId)).map((i) => i.segmentId!);
      let rowInfos = ids.map((id) => infos.get(id)).filter((s): s is SegmentInfo => !!s);
      if (new Set(ids).size < QUOTES_PER_ITEM) {
        // Few passages linked to the projects: the challenge's other coded passages may say it too.
        ids = [...new Set([...ids, ...segmentsWithCodes(db, [...inRow], options.projectIds)])];
        rowInfos = [...segmentInfo(db, ids).values()];
      }
      quotes = pickQuotes([...new Map(rowInfos.map((s) => [s.segmentId, s])).values()]).map((s) =>
        toQuote(ctx, s, (c) => inRow.has(c)),
      );
    }
    return {
      codeId: row.codeId,
      label: codePath(ctx, row.codeId),
      definition: ctx.codes.get(row.codeId)?.definition ?? null,
      count: row.total.count,
      outOf: sameUnitAsColumns(req) ? result.columns.length : result.columns.reduce((n, c) => n + c.size, 0),
      seenIn: matrix.columns.filter((_, i) => matrixRow(row.codeId).cells[i]! > 0).map((c) => c.label),
      notSeenIn: matrix.columns.filter((_, i) => matrixRow(row.codeId).cells[i]! === 0).map((c) => c.label),
      quotes,
    };
  });
  progress?.(0.6, 'recurring');

  const projects = details.map((p) => projectSheet(ctx, p, withQuotes));
  const { charts: chartList, indicators } = charts(ctx, details, matrix, recurring.length);

  const inRows = new Set(result.rows.map((r) => r.codeId));
  const verbatims: ReportQuote[] = [...infos.values()]
    .filter((s) => s.speakerRole !== 'interviewer')
    .sort(
      (a, b) =>
        (a.interviewDate ?? '').localeCompare(b.interviewDate ?? '') ||
        a.interviewId.localeCompare(b.interviewId) ||
        a.start - b.start,
    )
    .map((s) => toQuote(ctx, s, (c) => inRows.has(c)));
  progress?.(0.8, 'verbatims');

  const interviewIds = options.projectIds?.length ? interviewsOfProjects(db, options.projectIds) : undefined;
  const model: PortfolioReport = {
    kind: 'portfolio',
    lang,
    pseudonymised: !!options.pseudonymise,
    withQuotes,
    generatedAt: now.toISOString(),
    cover: cover(
      ctx,
      options,
      L('portfolio.title'),
      L('portfolio.subtitle'),
      interviewDateSpan(db, interviewIds),
      now,
    ),
    indicators,
    charts: chartList,
    matrix,
    recurring,
    projects,
    verbatims,
    codebook: codebookAppendix(ctx),
  };
  const out = options.pseudonymise ? reportPseudonymiser(db, L).deep(model) : model;
  progress?.(1, 'model');
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Interview synthesis
// ---------------------------------------------------------------------------------------------------------

export function buildInterviewsReport(
  db: Db,
  options: ModelOptions = {},
  progress?: ProgressFn,
): InterviewsReport {
  const { lang, withQuotes, now, ctx } = reportSetup(db, options);
  const { L } = ctx;

  const summaries = listInterviews(db);
  const wanted = knownSelection(summaries, options.interviewIds, 'Entretien');
  let ids: string[];
  if (wanted) {
    ids = summaries.filter((i) => wanted.has(i.id)).map((i) => i.id);
  } else if (options.projectIds?.length) {
    const linked = new Set(interviewsOfProjects(db, options.projectIds));
    ids = summaries.filter((i) => linked.has(i.id) && i.transcriptCount > 0).map((i) => i.id);
  } else {
    ids = summaries.filter((i) => i.transcriptCount > 0).map((i) => i.id);
  }
  const memos = interviewMemos(db, ids);
  const codeOrder = new Map([...ctx.codes.keys()].map((id, i) => [id, i]));
  const rootOf = (codeId: string): string | null => {
    let c = ctx.codes.get(codeId);
    while (c?.parentId && ctx.codes.has(c.parentId)) c = ctx.codes.get(c.parentId);
    return c && c.id !== codeId ? codeLabel(ctx, c.id) : null;
  };
  const used = new Set<string>();

  const interviews: InterviewSheet[] = ids.map((id, n) => {
    const detail = getInterview(db, id);
    const segments = detail.transcripts.flatMap((t) => t.segments);
    const infos = segmentInfo(
      db,
      segments.map((s) => s.id),
    );
    // Passages tagged with a guide axis would be grouped by axis; the schema has no such tag yet, so by code.
    const groups = new Map<string, SegmentInfo[]>();
    for (const s of segments) {
      const info = infos.get(s.id);
      if (!info) continue;
      for (const c of s.codeIds) {
        if (!ctx.codes.has(c)) continue;
        used.add(c);
        groups.set(c, [...(groups.get(c) ?? []), info]);
      }
    }
    const axes = detail.guide?.axes ?? [];
    progress?.((n + 1) / ids.length, 'interviews');
    return {
      id: detail.id,
      title: detail.title,
      date: detail.date,
      place: detail.place,
      mode: detail.mode ? L(`mode.${detail.mode}`) : null,
      interviewer: detail.interviewer,
      status: L(`interviewStatus.${detail.status}`),
      topic: detail.topic,
      interviewees: detail.interviewees.map((p) => ({
        name: p.name,
        position: p.position,
        organisation: p.organisation,
      })),
      projects: detail.projectIds.map((p) => ctx.projectNames.get(p) ?? p),
      axisNotes: axes
        .filter((a) => detail.axisNotes[a.id]?.trim())
        .map((a) => ({ axis: lang === 'en' ? a.labelEn : a.labelFr, note: detail.axisNotes[a.id]! })),
      groupedBy: 'code',
      groups: [...groups.entries()]
        .sort(([a], [b]) => (codeOrder.get(a) ?? 0) - (codeOrder.get(b) ?? 0))
        .map(([codeId, list]) => ({
          key: codeId,
          label: codeLabel(ctx, codeId),
          branch: rootOf(codeId),
          definition: ctx.codes.get(codeId)?.definition ?? null,
          count: list.length,
          quotes: withQuotes ? list.sort((a, b) => a.start - b.start).map((s) => toQuote(ctx, s)) : [],
        })),
      memos: memos.get(id) ?? [],
      segmentCount: segments.length,
    };
  });

  const model: InterviewsReport = {
    kind: 'interviews',
    lang,
    pseudonymised: !!options.pseudonymise,
    withQuotes,
    generatedAt: now.toISOString(),
    cover: cover(
      ctx,
      options,
      L('interviews.title'),
      L('interviews.subtitle'),
      interviewDateSpan(db, ids),
      now,
    ),
    interviews,
    codebook: codebookAppendix(ctx, used),
  };
  return options.pseudonymise ? reportPseudonymiser(db, L).deep(model) : model;
}
