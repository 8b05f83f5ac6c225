import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../shared/csv';
import type { ReportFormat, ReportKind } from '../../shared/api/reports';
import type { Workspace } from '../../db/workspace';
import { createWorkspace } from '../../db/create';
import { tempDir } from '../../test/support/temp';
import {
  ChartRendererUnavailable,
  chromiumChartRenderer,
  setChartRendererFactory,
  type ChartRenderer,
} from './chart-renderer';
import { generateReport, type ReportFile } from './generate';
import { docxText, htmlText, pdfPages, pdfText, xlsxText, xlsxWorkbook, zipTexts } from './testing';

/**
 * Each format of the demo's portfolio report, opened by a reader as a member would (mammoth for Word, exceljs
 * for the workbook, pdftotext for the PDF, the HTML's own text, the CSV archive unzipped and parsed): the four
 * projects and the recurring challenges are in every one.
 */
const PROJECTS = [
  'Adlin Science',
  'DirectoSanté x Pfizer',
  'GutyCare x Takeda',
  'Octopize x Roche x CHU de Brest',
];
const RECURRING = [
  'Professionnels de santé',
  'Interopérabilité, confidentialité et sécurité des données',
  'Modèle d’affaires',
];
const NOW = new Date('2024-03-15T10:00:00Z');

let dir: string;
let ws: Workspace;
let renderer: ChartRenderer;
const files = new Map<string, ReportFile>();

async function make(
  kind: ReportKind,
  format: ReportFormat,
  extra: Record<string, unknown> = {},
): Promise<ReportFile> {
  const key = `${kind}.${format}.${JSON.stringify(extra)}`;
  if (!files.has(key)) {
    files.set(
      key,
      await generateReport(
        ws.db,
        { kind, format, ...extra },
        { chartRenderer: renderer, now: NOW, workspacePath: ws.path },
      ),
    );
  }
  return files.get(key)!;
}

/** Apostrophes vary between the data (') and typography (’): compare without them. */
const norm = (s: string) => s.replace(/[’']/g, "'").replace(/\s+/g, ' ');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'terrain-reports-'));
  ws = createWorkspace(path.join(dir, 'demo.terrain'), { demo: true });
  renderer = await chromiumChartRenderer();
}, 60_000);

afterAll(async () => {
  await renderer?.close();
  ws?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the portfolio report, format by format', () => {
  it('PDF: a real document with a cover, the projects, the recurring challenges and charts', async () => {
    const file = await make('portfolio', 'pdf');
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.fileName).toBe('rapport-de-portefeuille-2024-03-15.pdf');
    const out = path.join(dir, file.fileName);
    fs.writeFileSync(out, file.bytes);
    expect(pdfPages(out)).toBeGreaterThan(8);
    const text = norm(pdfText(out));
    expect(text).toContain('Rapport de portefeuille');
    expect(text).toContain('Sommaire');
    for (const p of PROJECTS) expect(text).toContain(p);
    for (const r of RECURRING) expect(text).toContain(norm(r));
    // Chart labels are text in the PDF (vector SVG), not pictures.
    expect(text).toContain('Projets par étape de la méthode');
    expect(text).toContain('Thématiques');
    expect(text).toMatch(/41\s720\s€/);
    expect(file.warnings).toEqual([]);
  });

  it('DOCX: Heading 1 and Heading 2 styles, a table of contents, tables and chart pictures', async () => {
    const file = await make('portfolio', 'docx');
    expect(file.fileName.endsWith('.docx')).toBe(true);
    const { html, text } = await docxText(file.bytes);
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(h1).toEqual(
      expect.arrayContaining([
        'Indicateurs clés',
        'Enjeux récurrents',
        'Matrice de récurrence',
        'Fiches projets',
      ]),
    );
    for (const p of PROJECTS)
      expect(
        h2.some((h) => h.includes(p.replace(/&/g, '&amp;'))),
        p,
      ).toBe(true);
    for (const r of RECURRING) expect(norm(h2.join('|'))).toContain(norm(r));
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThan(10);
    expect((html.match(/<img /g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(text).toContain('Sommaire');
    expect(text).toContain('Quand on dit « données synthétiques »');
    // The table of contents is a real field Word refreshes on opening.
    const { unzipSync, strFromU8 } = await import('fflate');
    const parts = unzipSync(new Uint8Array(file.bytes));
    const documentXml = strFromU8(parts['word/document.xml']!);
    expect(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/.test(documentXml)).toBe(true);
    expect(strFromU8(parts['word/settings.xml']!).includes('updateFields')).toBe(true);
    expect(/w:styleId="Heading1"/.test(strFromU8(parts['word/styles.xml']!))).toBe(true);
  });

  it('XLSX: the sheets, funding as numbers in euros, dates as dates', async () => {
    const file = await make('portfolio', 'xlsx');
    const wb = await xlsxWorkbook(file.bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Indicateurs',
      'Projets',
      'Partenaires',
      'Sites',
      'Étapes',
      'Enjeux',
      'Matrice',
      'Verbatims',
    ]);
    const partners = wb.getWorksheet('Partenaires')!;
    const header = (partners.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Projet', 'Organisation', 'Rôle', 'Type d’acteur', 'Financement']);
    const funding: number[] = [];
    partners.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(5);
      if (cell.value !== null && cell.value !== undefined) {
        expect(typeof cell.value).toBe('number');
        expect(cell.numFmt).toContain('€');
        funding.push(cell.value as number);
      }
    });
    expect(funding.reduce((a, b) => a + b, 0)).toBe(166_880);

    const verbatims = wb.getWorksheet('Verbatims')!;
    let dates = 0;
    verbatims.eachRow((row, n) => {
      if (n === 1) return;
      const date = row.getCell(7).value;
      expect(date).toBeInstanceOf(Date);
      expect((date as Date).getUTCFullYear()).toBe(2023);
      dates++;
    });
    expect(dates).toBeGreaterThan(10);
    const projects = wb.getWorksheet('Projets')!;
    const guty = projects
      .getRows(2, projects.rowCount - 1)!
      .find((r) => String(r.getCell(1).value).startsWith('GutyCare'))!;
    expect(guty.getCell(4).value).toBe(2021); // call year
    expect(guty.getCell(11).value).toBeGreaterThan(0); // total funding
    expect(guty.getCell(11).numFmt).toContain('€');

    const matrix = wb.getWorksheet('Matrice')!;
    const rows: string[] = [];
    matrix.eachRow(
      (row, n) => n > 1 && rows.push(`${String(row.getCell(1).value).trim()}=${row.getCell(6).value}`),
    );
    expect(rows).toContain('Professionnels de santé=3');
    expect(rows).toContain("Modèle d'affaires=2");
    const text = xlsxText(wb);
    for (const p of PROJECTS) expect(text).toContain(p);
  });

  it('CSV: a ZIP of one CSV per table, as French Excel opens them', async () => {
    const file = await make('portfolio', 'csv');
    expect(file.fileName.endsWith('.zip')).toBe(true);
    expect(file.mimeType).toBe('application/zip');
    const csv = zipTexts(file.bytes);
    expect(Object.keys(csv).sort()).toEqual(
      [
        'enjeux.csv',
        'etapes.csv',
        'indicateurs.csv',
        'matrice.csv',
        'partenaires.csv',
        'projets.csv',
        'sites.csv',
        'verbatims.csv',
      ].sort(),
    );
    const { unzipSync } = await import('fflate');
    expect([...unzipSync(new Uint8Array(file.bytes))['projets.csv']!.subarray(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    const matrix = parseCsv(csv['matrice.csv']!);
    expect(matrix.separator).toBe(';');
    expect(matrix.rows[0]!.slice(1, 5).map((h) => h.slice(0, 8))).toEqual([
      'Adlin Sc',
      'DirectoS',
      'GutyCare',
      'Octopize',
    ]);
    const row = matrix.rows.find((r) => r[0]!.trim() === 'Professionnels de santé')!;
    expect(row.slice(1)).toEqual(['1', '0', '1', '1', '3', 'oui']);
    const partners = parseCsv(csv['partenaires.csv']!);
    expect(partners.rows.some((r) => r[4] === '41720' || Number(r[4]) > 0)).toBe(true);
    const verbatims = parseCsv(csv['verbatims.csv']!);
    expect(verbatims.rows[1]![6]).toMatch(/^2023-\d\d-\d\d$/);
  });

  it('HTML: one self-contained file, inline CSS and SVG charts, nothing fetched', async () => {
    const file = await make('portfolio', 'html');
    const html = file.bytes.toString('utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(html).not.toMatch(/<script|<link |\ssrc=|url\(/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    const text = norm(htmlText(html));
    for (const p of PROJECTS) expect(text).toContain(p);
    for (const r of RECURRING) expect(text).toContain(norm(r));
  });

  it('English: labels and taxonomy in English', async () => {
    const file = await make('portfolio', 'html', { lang: 'en' });
    const text = htmlText(file.bytes.toString('utf8'));
    expect(text).toContain('Portfolio report');
    expect(text).toContain('Recurring challenges');
    expect(text).toContain('Health professionals');
    expect(text).toContain('Projects by method step');
    expect(file.fileName).toBe('portfolio-report-2024-03-15.html');
  });

  it('without Chromium, Word and HTML still come, charts as tables, and say so; PDF refuses clearly', async () => {
    setChartRendererFactory(() =>
      Promise.reject(new ChartRendererUnavailable('Chromium introuvable (test).')),
    );
    try {
      const docx = await generateReport(ws.db, { kind: 'portfolio', format: 'docx' }, { now: NOW });
      expect(docx.warnings[0]).toMatch(/graphiques/);
      const { html } = await docxText(docx.bytes);
      expect(html).not.toContain('<img ');
      expect(html).toContain('Thématiques');
      await expect(generateReport(ws.db, { kind: 'portfolio', format: 'pdf' }, { now: NOW })).rejects.toThrow(
        /Chromium/,
      );
    } finally {
      setChartRendererFactory(() => chromiumChartRenderer());
    }
  });

  it('reports progress and can be cancelled', async () => {
    const steps: string[] = [];
    await generateReport(
      ws.db,
      { kind: 'portfolio', format: 'xlsx' },
      { onProgress: (p) => steps.push(`${p.step}:${p.fraction.toFixed(2)}`), now: NOW },
    );
    expect(steps[0]).toMatch(/^data:/);
    expect(steps.at(-1)).toBe('done:1.00');
    const abort = new AbortController();
    abort.abort();
    await expect(
      generateReport(ws.db, { kind: 'portfolio', format: 'xlsx' }, { signal: abort.signal }),
    ).rejects.toThrow(/annulée/);
  });
});

describe('the interview synthesis, format by format', () => {
  it('reads in every format', async () => {
    const pdf = await make('interviews', 'pdf');
    const out = path.join(tempDir(), 'synthese.pdf');
    fs.writeFileSync(out, pdf.bytes);
    const pdfTxt = norm(pdfText(out));
    expect(pdfTxt).toContain('Synthèse des entretiens');
    expect(pdfTxt).toContain('Entretien — responsable acquisition de données, Roche');

    const { html } = await docxText((await make('interviews', 'docx')).bytes);
    const plain = html.replace(/<a id="[^"]*"><\/a>/g, '');
    expect(plain).toMatch(/<h1>Entretien — responsable acquisition de données, Roche<\/h1>/);
    expect(plain).toMatch(/<h2>Enjeux du déploiement › Interopérabilité/);

    const wb = await xlsxWorkbook((await make('interviews', 'xlsx')).bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Entretiens', 'Verbatims', 'Codebook']);
    expect(wb.getWorksheet('Entretiens')!.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    expect(typeof wb.getWorksheet('Entretiens')!.getRow(2).getCell(10).value).toBe('number');

    const csv = zipTexts((await make('interviews', 'csv')).bytes);
    expect(Object.keys(csv).sort()).toEqual(['codebook.csv', 'entretiens.csv', 'verbatims.csv']);

    const page = (await make('interviews', 'html')).bytes.toString('utf8');
    expect(htmlText(page)).toContain('Verbatims par code');
  });
});
