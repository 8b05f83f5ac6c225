import type {
  GeneratedReport,
  ReportFormat,
  ReportGenerateRequest,
  ReportModel,
  ReportProgress,
  ReportRequest,
} from '../../shared/api/reports';
import { TerrainError } from '../../shared/errors';
import type { Db } from '../../db/workspace';
import {
  ChartRendererUnavailable,
  createChartRenderer,
  type ChartImage,
  type ChartRenderer,
} from './chart-renderer';
import { interviewsDocx, portfolioDocx } from './docx';
import { interviewsHtml, portfolioHtml } from './html';
import { labels } from './labels';
import { buildInterviewsReport, buildPortfolioReport } from './model';
import { interviewTables, portfolioTables } from './tables';
import { reportCsvZip } from './csv';
import { reportXlsx } from './xlsx';

/**
 * Makes a report file: the model (data), the charts (drawn by a ChartRenderer: headless Chromium here, the
 * Electron window in the app), then the format. Long work reports its progress and can be cancelled between
 * steps (AbortSignal).
 */
export interface GenerateOptions {
  /** A renderer to use (kept open); without one, a new one is made for this report and closed after. */
  chartRenderer?: ChartRenderer;
  onProgress?: (progress: ReportProgress) => void;
  signal?: AbortSignal;
  /** The workspace's file (its name goes on the cover). */
  workspacePath?: string;
  now?: Date;
}

export interface ReportFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  warnings: string[];
}

const MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'application/zip',
  html: 'text/html; charset=utf-8',
};
/** Chart widths in CSS pixels: the text width of an A4 page, and half of it (gutter taken off). */
const FULL_WIDTH = 660;
const HALF_WIDTH = 320;
/** CSV is several tables, so one ZIP of CSV files (see csv.ts). */
const EXTENSION: Record<ReportFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  csv: 'zip',
  html: 'html',
};

export function buildReportModel(
  db: Db,
  request: ReportRequest,
  options: { workspacePath?: string; now?: Date; onProgress?: GenerateOptions['onProgress'] } = {},
): ReportModel {
  const progress = (fraction: number, message: string) =>
    options.onProgress?.({ step: 'data', fraction: fraction * 0.4, message });
  const modelOptions = { ...request, workspacePath: options.workspacePath, now: options.now };
  return request.kind === 'portfolio'
    ? buildPortfolioReport(db, modelOptions, progress)
    : buildInterviewsReport(db, modelOptions, progress);
}

export function reportFileName(model: ReportModel, format: ReportFormat): string {
  const slug = model.cover.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'rapport'}-${model.cover.date}.${EXTENSION[format]}`;
}

export async function generateReport(
  db: Db,
  request: ReportGenerateRequest,
  options: GenerateOptions = {},
): Promise<ReportFile> {
  const { format } = request;
  const report = (step: ReportProgress['step'], fraction: number, message: string) =>
    options.onProgress?.({ step, fraction, message });
  const checkCancelled = () => {
    if (options.signal?.aborted) throw new TerrainError('conflict', 'Génération du rapport annulée.');
  };
  checkCancelled();
  const model = buildReportModel(db, request, options);
  const L = labels(model.lang);
  const warnings: string[] = [];
  checkCancelled();

  // Charts: drawn for the formats that show them (the portfolio report's PDF, DOCX and HTML).
  const needsBrowser =
    format === 'pdf' || (model.kind === 'portfolio' && (format === 'docx' || format === 'html'));
  let renderer: ChartRenderer | null = options.chartRenderer ?? null;
  const owned = !renderer && needsBrowser;
  let charts: ChartImage[] | null = [];
  try {
    if (owned) {
      report('charts', 0.42, 'browser');
      try {
        renderer = await createChartRenderer();
      } catch (err) {
        if (!(err instanceof ChartRendererUnavailable)) throw err;
        if (format === 'pdf')
          throw new TerrainError(
            'internal',
            `Impossible de produire un PDF : ${err.message} Installez Chromium.`,
          );
        renderer = null;
      }
    }
    if (model.kind === 'portfolio' && needsBrowser) {
      const drawable = model.charts.filter((c) => c.bars.length > 0);
      if (!renderer) charts = null;
      else {
        report('charts', 0.45, 'charts');
        try {
          charts = await renderer.renderCharts(
            {
              lang: model.lang,
              width: FULL_WIDTH,
              charts: drawable.map((c) => ({
                id: c.id,
                title: c.title,
                bars: c.bars,
                width: c.size === 'half' ? HALF_WIDTH : FULL_WIDTH,
              })),
            },
            { png: format === 'docx' },
          );
        } catch (err) {
          if (!(err instanceof ChartRendererUnavailable) || format === 'pdf') throw err;
          charts = null;
        }
      }
      if (charts === null) warnings.push(L('warning.noCharts'));
    }
    checkCancelled();
    report('render', 0.6, format);

    let bytes: Buffer;
    switch (format) {
      case 'html':
        bytes = Buffer.from(
          model.kind === 'portfolio' ? portfolioHtml(model, charts) : interviewsHtml(model),
          'utf8',
        );
        break;
      case 'pdf': {
        const html = model.kind === 'portfolio' ? portfolioHtml(model, charts) : interviewsHtml(model);
        bytes = await renderer!.printPdf(html, {
          footer: `${model.cover.title} — ${model.cover.dateLabel}`,
          pageLabel: L('footer.page'),
          ofLabel: L('footer.of'),
        });
        break;
      }
      case 'docx':
        bytes = model.kind === 'portfolio' ? await portfolioDocx(model, charts) : await interviewsDocx(model);
        break;
      case 'xlsx':
        bytes = await reportXlsx(
          model,
          model.kind === 'portfolio' ? portfolioTables(model) : interviewTables(model),
        );
        break;
      case 'csv':
        bytes = reportCsvZip(
          model,
          model.kind === 'portfolio' ? portfolioTables(model) : interviewTables(model),
        );
        break;
    }
    checkCancelled();
    report('done', 1, 'done');
    return { fileName: reportFileName(model, format), mimeType: MIME[format], bytes, warnings };
  } finally {
    if (owned && renderer) await renderer.close();
  }
}

/** The API's answer: the file in base64, for the renderer to save where the user says. */
export function toGenerated(file: ReportFile): GeneratedReport {
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    contentBase64: file.bytes.toString('base64'),
    bytes: file.bytes.length,
    warnings: file.warnings,
  };
}
