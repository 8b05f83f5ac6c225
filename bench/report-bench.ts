import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openWorkspace } from '../db/workspace';
import { newId, nowIso } from '../db/ids';
import type { ReportFormat, ReportKind } from '../shared/api/reports';
import { chromiumChartRenderer } from '../electron/reports/chart-renderer';
import { buildReportModel, generateReport } from '../electron/reports/generate';
import { generateWorkspace } from './generate';

/**
 * `npm run bench -- --report 50 [--runs 3] [--keep dir]`: a generated portfolio of N projects (partners with
 * funding, steps, 2–6 challenge observations each backed by verbatims, interviews with coded passages), then
 * every report format timed as a user gets it from the command line: a fresh Chromium for each PDF, DOCX and
 * HTML, charts drawn, file written. Prints the median of the runs; asserts nothing (target: PDF and DOCX
 * under 10 s for 50 projects).
 */
export async function benchReports(
  projects: number,
  options: { runs?: number; keep?: string } = {},
): Promise<void> {
  const runs = options.runs ?? 3;
  const dir = options.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-report-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `portefeuille-${projects}.terrain`);
  const spec = {
    interviews: projects * 4,
    segments: projects * 160,
    projects,
    codes: 100,
    words: 1500,
  };
  const gen = generateWorkspace(file, spec);
  const ws = openWorkspace(file);
  addEvidence(ws.db);
  const counts = ws.db
    .prepare(
      `SELECT (SELECT count(*) FROM projects) AS projects, (SELECT count(*) FROM interviews) AS interviews,
        (SELECT count(*) FROM segments) AS segments, (SELECT count(*) FROM challenge_observations) AS observations,
        (SELECT count(*) FROM observation_evidence) AS evidence`,
    )
    .get() as Record<string, number>;
  console.log(
    `Workspace: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')} (generated in ${gen.seconds.toFixed(1)} s)`,
  );

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
    const t0 = performance.now();
    const out = await fn();
    return [out, (performance.now() - t0) / 1000];
  };

  const modelTimes: number[] = [];
  for (let i = 0; i < runs; i++)
    modelTimes.push((await time(() => buildReportModel(ws.db, { kind: 'portfolio' })))[1]);
  console.log(`\nReport model (data only): ${median(modelTimes).toFixed(2)} s`);

  const rows: string[][] = [['report', 'format', 'median s', 'runs (s)', 'size', 'pages']];
  const cases: [ReportKind, ReportFormat, boolean][] = [
    ['portfolio', 'pdf', false],
    ['portfolio', 'docx', false],
    ['portfolio', 'html', false],
    ['portfolio', 'xlsx', false],
    ['portfolio', 'csv', false],
    ['portfolio', 'pdf', true],
    ['interviews', 'pdf', false],
    ['interviews', 'docx', false],
  ];
  // A synthesis covers one interview or a handful: ten here (all 4×N at once would be a book).
  const interviewIds = (
    ws.db.prepare('SELECT id FROM interviews ORDER BY date, id LIMIT 10').all() as { id: string }[]
  ).map((r) => r.id);
  for (const [kind, format, pseudonymise] of cases) {
    const times: number[] = [];
    let size = 0;
    let pages = '';
    for (let i = 0; i < runs; i++) {
      const [out, seconds] = await time(async () => {
        const f = await generateReport(
          ws.db,
          { kind, format, pseudonymise, interviewIds: kind === 'interviews' ? interviewIds : undefined },
          { workspacePath: file },
        );
        const target = path.join(
          dir,
          `${kind}${pseudonymise ? '-pseudo' : ''}.${format === 'csv' ? 'zip' : format}`,
        );
        fs.writeFileSync(target, f.bytes);
        return { bytes: f.bytes.length, target };
      });
      times.push(seconds);
      size = out.bytes;
      if (format === 'pdf')
        pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out.target], { encoding: 'utf8' }))?.[1] ?? '';
    }
    rows.push([
      `${kind}${kind === 'interviews' ? ` (${interviewIds.length})` : ''}${pseudonymise ? ' (pseudonymised)' : ''}`,
      format,
      median(times).toFixed(2),
      times.map((t) => t.toFixed(2)).join(' '),
      `${(size / 1024).toFixed(0)} KiB`,
      pages,
    ]);
  }

  // What the browser part costs: launching Chromium, drawing the charts.
  const [renderer, launch] = await time(() => chromiumChartRenderer());
  const model = buildReportModel(ws.db, { kind: 'portfolio' });
  const [, draw] = await time(() =>
    renderer.renderCharts({
      lang: 'fr',
      charts:
        model.kind === 'portfolio'
          ? model.charts.map((c) => ({ id: c.id, title: c.title, bars: c.bars }))
          : [],
    }),
  );
  await renderer.close();
  ws.close();

  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\nReports of ${projects} projects (${runs} runs each, fresh Chromium per run):`);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  console.log(
    `\nChromium launch: ${launch.toFixed(2)} s; drawing the ${model.kind === 'portfolio' ? model.charts.length : 0} charts: ${draw.toFixed(2)} s`,
  );
  console.log(options.keep ? `Files kept in ${dir}` : '');
  if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The generator leaves observations without evidence: back each one with up to three passages of its
 * project (coded with its challenge, as a consultant would), so project sheets carry quotes.
 */
function addEvidence(db: ReturnType<typeof openWorkspace>['db']): void {
  const now = nowIso();
  const observations = db
    .prepare('SELECT id, project_id, code_id FROM challenge_observations WHERE deleted_at IS NULL')
    .all() as { id: string; project_id: string; code_id: string }[];
  const passages = db.prepare(
    `SELECT sp.segment_id AS id FROM segment_projects sp WHERE sp.project_id = ? AND sp.deleted_at IS NULL
     ORDER BY sp.segment_id LIMIT 3 OFFSET ?`,
  );
  const code = db.prepare(
    `INSERT INTO segment_codes (id, created_at, updated_at, segment_id, code_id)
     SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM segment_codes WHERE segment_id = ? AND code_id = ? AND deleted_at IS NULL)`,
  );
  const evidence = db.prepare(
    'INSERT INTO observation_evidence (id, created_at, updated_at, observation_id, segment_id) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    observations.forEach((o, i) => {
      for (const { id } of passages.all(o.project_id, (i % 4) * 3) as { id: string }[]) {
        code.run(newId(), now, now, id, o.code_id, id, o.code_id);
        evidence.run(newId(), now, now, o.id, id);
      }
    });
  })();
}
