import type { InterviewsReport, PortfolioReport, ReportQuote } from '../../shared/api/reports';
import { labels, type LabelKey } from './labels';

/**
 * The report as tables, for the spreadsheet (one sheet each) and the CSV archive (one file each): the same
 * columns, with typed values — numbers stay numbers (euros too), dates are Dates — so a spreadsheet can sum
 * and sort them.
 */
export type CellValue = string | number | boolean | Date | null;
export type ColumnType = 'text' | 'longtext' | 'number' | 'eur' | 'date' | 'bool';

export interface ReportTable {
  /** The sheet's name (≤ 31 characters) and the CSV file's base name. */
  name: string;
  file: string;
  columns: { header: string; type: ColumnType }[];
  rows: CellValue[][];
  /** Rows to show in bold (recurring rows of the matrix). */
  strongRows?: number[];
}

export function isoToDate(iso: string | null | undefined): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function quoteRow(q: ReportQuote): CellValue[] {
  return [
    q.text,
    q.codes.join(' ; '),
    q.projects.join(' ; '),
    q.speaker,
    q.organisation,
    q.interviewTitle,
    isoToDate(q.interviewDate),
    q.important,
    q.memo,
  ];
}

export function portfolioTables(model: PortfolioReport): ReportTable[] {
  const L = labels(model.lang);
  const col = (key: LabelKey, type: ColumnType = 'text') => ({ header: L(key), type });
  const m = model.matrix;
  const tables: ReportTable[] = [
    {
      name: L('sheet.indicators'),
      file: 'indicateurs',
      columns: [col('col.indicator'), col('col.value', 'number')],
      rows: model.indicators.map((i) => [i.label, i.value]),
    },
    {
      name: L('sheet.projects'),
      file: 'projets',
      columns: [
        col('col.project'),
        col('col.solution', 'longtext'),
        col('col.theme'),
        col('col.callYear', 'number'),
        col('col.status'),
        col('col.methodStep'),
        col('col.lifecycleStage'),
        col('col.region'),
        col('col.start', 'date'),
        col('col.end', 'date'),
        col('col.totalFunding', 'eur'),
        col('col.stepsDone', 'number'),
        col('project.challenges', 'longtext'),
      ],
      rows: model.projects.map((p) => [
        p.name,
        p.solution,
        p.theme,
        p.callYear,
        p.status,
        p.methodStep,
        p.lifecycleStage,
        p.region,
        isoToDate(p.startDate),
        isoToDate(p.endDate),
        p.totalFundingEur,
        p.stepsDone,
        p.challenges.map((c) => c.label).join(' ; '),
      ]),
    },
    {
      name: L('sheet.partners'),
      file: 'partenaires',
      columns: [
        col('col.project'),
        col('col.organisation'),
        col('col.role'),
        col('col.actorType'),
        col('col.funding', 'eur'),
      ],
      rows: model.projects.flatMap((p) =>
        p.partners.map((x) => [p.name, x.organisation, x.role, x.actorType, x.fundingEur]),
      ),
    },
    {
      name: L('sheet.sites'),
      file: 'sites',
      columns: [col('col.project'), col('col.organisation'), col('col.region'), col('col.status')],
      rows: model.projects.flatMap((p) => p.sites.map((s) => [p.name, s.organisation, s.region, s.status])),
    },
    {
      name: L('sheet.steps'),
      file: 'etapes',
      columns: [
        col('col.project'),
        col('col.step'),
        col('col.status'),
        col('col.start', 'date'),
        col('col.end', 'date'),
        col('col.note', 'longtext'),
      ],
      rows: model.projects.flatMap((p) =>
        p.steps.map((s) => [p.name, s.label, s.status, isoToDate(s.startDate), isoToDate(s.endDate), s.note]),
      ),
    },
    {
      name: L('sheet.challenges'),
      file: 'enjeux',
      columns: [
        col('col.project'),
        col('col.challenge'),
        col('col.strength'),
        col('col.status'),
        col('col.levers', 'longtext'),
        col('project.notes', 'longtext'),
        col('col.evidence', 'number'),
      ],
      rows: model.projects.flatMap((p) =>
        p.challenges.map((c) => [
          p.name,
          c.label,
          c.strength,
          c.status,
          c.levers,
          c.notes,
          c.evidence.length,
        ]),
      ),
    },
    {
      name: L('sheet.matrix'),
      file: 'matrice',
      columns: [
        { header: m.rowsLabel, type: 'text' },
        ...m.columns.map((c) => ({ header: c.label, type: 'number' as const })),
        col('matrix.total', 'number'),
        col('matrix.recurring', 'bool'),
      ],
      rows: m.rows.map((r) => [`${'  '.repeat(r.depth)}${r.label}`, ...r.cells, r.total, r.recurring]),
      strongRows: m.rows.map((r, i) => (r.recurring ? i : -1)).filter((i) => i >= 0),
    },
  ];
  if (model.withQuotes) {
    tables.push({
      name: L('sheet.verbatims'),
      file: 'verbatims',
      columns: [
        col('col.quote', 'longtext'),
        col('col.codes'),
        col('col.projects'),
        col('col.speaker'),
        col('col.organisation'),
        col('col.interview'),
        col('col.date', 'date'),
        col('col.important', 'bool'),
        col('col.memo', 'longtext'),
      ],
      rows: model.verbatims.map(quoteRow),
    });
  }
  return tables;
}

export function interviewTables(model: InterviewsReport): ReportTable[] {
  const L = labels(model.lang);
  const col = (key: LabelKey, type: ColumnType = 'text') => ({ header: L(key), type });
  const tables: ReportTable[] = [
    {
      name: L('sheet.interviews'),
      file: 'entretiens',
      columns: [
        col('col.interview'),
        col('col.date', 'date'),
        col('col.place'),
        col('col.mode'),
        col('col.interviewer'),
        col('col.interviewees'),
        col('col.projects'),
        col('col.topic'),
        col('col.status'),
        col('col.segments', 'number'),
      ],
      rows: model.interviews.map((iv) => [
        iv.title,
        isoToDate(iv.date),
        iv.place,
        iv.mode,
        iv.interviewer,
        iv.interviewees.map((p) => [p.name, p.organisation].filter(Boolean).join(', ')).join(' ; '),
        iv.projects.join(' ; '),
        iv.topic,
        iv.status,
        iv.segmentCount,
      ]),
    },
  ];
  if (model.withQuotes) {
    tables.push({
      name: L('sheet.verbatims'),
      file: 'verbatims',
      columns: [
        col('col.interview'),
        col('col.branch'),
        col('col.group'),
        col('col.quote', 'longtext'),
        col('col.speaker'),
        col('col.organisation'),
        col('col.date', 'date'),
        col('col.important', 'bool'),
        col('col.memo', 'longtext'),
      ],
      rows: model.interviews.flatMap((iv) =>
        iv.groups.flatMap((g) =>
          g.quotes.map((q) => [
            iv.title,
            g.branch,
            g.label,
            q.text,
            q.speaker,
            q.organisation,
            isoToDate(q.interviewDate),
            q.important,
            q.memo,
          ]),
        ),
      ),
    });
  }
  tables.push({
    name: L('sheet.codebook'),
    file: 'codebook',
    columns: [col('col.branch'), col('col.code'), col('col.definition', 'longtext')],
    rows: model.codebook.flatMap((b) => b.entries.map((e) => [b.branch, e.name, e.definition])),
  });
  return tables;
}
