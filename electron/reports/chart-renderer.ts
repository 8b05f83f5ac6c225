import fs from 'node:fs';
import path from 'node:path';
import type { ReportChartsInput } from '../../shared/api/reports';
import { contentTypeOf } from '../content-types';

/**
 * What reports need a browser engine for: drawing the charts (the same recharts components as the UI,
 * rendered by the built page renderer/report-charts.html) and printing an HTML report to PDF. Behind this
 * small interface so each shell brings its own engine: headless Chromium through playwright-core for the CLI
 * and the web host (below), Electron's own window and printToPDF for the desktop app
 * (setChartRendererFactory at startup).
 */
export interface ChartImage {
  id: string;
  /** A PNG at twice the CSS size (sharp in print); empty when only the SVG was asked for. */
  png: Buffer;
  /** The chart's SVG markup, for HTML reports. */
  svg: string;
  /** CSS pixels. */
  width: number;
  height: number;
}

export interface PdfOptions {
  /** Written in the footer of every page, with the page number. */
  footer: string;
  pageLabel: string;
  ofLabel: string;
}

export interface ChartRenderer {
  /** Draws the charts: their SVG markup, and a PNG of each unless `png` is false (HTML and PDF need none). */
  renderCharts(input: ReportChartsInput, options?: { png?: boolean }): Promise<ChartImage[]>;
  /** Prints a self-contained HTML page to an A4 PDF. */
  printPdf(html: string, options: PdfOptions): Promise<Buffer>;
  close(): Promise<void>;
}

export type ChartRendererFactory = () => Promise<ChartRenderer>;

/** Thrown when no engine can be had (no Chromium installed, renderer not built). */
export class ChartRendererUnavailable extends Error {}

let factory: ChartRendererFactory = () => chromiumChartRenderer();

/** The Electron shell sets its own at startup; tests may too. */
export function setChartRendererFactory(f: ChartRendererFactory): void {
  factory = f;
}

export function createChartRenderer(): Promise<ChartRenderer> {
  return factory();
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The built renderer folder holding report-charts.html, wherever this code runs from. */
export function reportChartsDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const candidates = [
    env.TERRAIN_RENDERER_DIR,
    path.join(here, '..', 'renderer'), // dist/host/cli.cjs, dist/electron/main.cjs
    path.join(here, '..', '..', 'dist', 'renderer'), // electron/reports/*.ts (tests)
    path.join(process.cwd(), 'dist', 'renderer'),
  ].filter((d): d is string => !!d);
  // The built page, not its source (renderer/report-charts.html loads a .tsx a browser cannot run).
  const built = (d: string) => {
    const page = path.join(d, 'report-charts.html');
    return fs.existsSync(page) && !fs.readFileSync(page, 'utf8').includes('.tsx');
  };
  return candidates.find(built) ?? null;
}

const ORIGIN = 'http://terrain-report.invalid';

/** The chart's SVG made fit for a document: scalable, not focusable, no interaction hooks. */
export function documentSvg(svg: string, width: number, height: number): string {
  let out = svg
    .replace(/\s(tabindex|role|cursor)="[^"]*"/g, '')
    .replace(/\sclass="recharts-surface"/, ' class="chart"')
    .replace(/<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"')
    .replace(/(<svg\b[^>]*?)\sstyle="[^"]*"/, '$1');
  if (!/<svg\b[^>]*\sviewBox=/.test(out))
    out = out.replace(/<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`);
  return out.replace(
    /xmlns="http:\/\/www\.w3\.org\/2000\/svg"(\s+xmlns="http:\/\/www\.w3\.org\/2000\/svg")+/,
    'xmlns="http://www.w3.org/2000/svg"',
  );
}

/**
 * Debian's Chromium (or CHROMIUM_PATH) driven by playwright-core. The chart page is served from the built
 * renderer folder through request interception on a made-up origin (module scripts do not load from
 * file://); every other request is refused, so a report never reaches the network.
 */
export async function chromiumChartRenderer(
  options: { executablePath?: string; rendererDir?: string } = {},
): Promise<ChartRenderer> {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath))
    throw new ChartRendererUnavailable(`Chromium introuvable (${executablePath}).`);
  const dir = options.rendererDir ?? reportChartsDir();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: 760, height: 900 } });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (dir && url.origin === ORIGIN) {
      const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
      if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        await route.fulfill({
          status: 200,
          contentType: contentTypeOf(file),
          body: fs.readFileSync(file),
        });
        return;
      }
    }
    await route.abort();
  });

  return {
    async renderCharts(input, renderOptions = {}) {
      if (!dir)
        throw new ChartRendererUnavailable(
          'Page des graphiques introuvable (dist/renderer/report-charts.html) : lancez « npm run build ».',
        );
      const page = await context.newPage();
      try {
        const width = Math.max(input.width ?? 680, ...input.charts.map((c) => c.width ?? 0));
        await page.setViewportSize({ width: width + 40, height: 900 });
        await page.goto(`${ORIGIN}/report-charts.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => !!window.terrainReportCharts, null, { timeout: 15_000 });
        await page.evaluate((data) => window.terrainReportCharts!.render(data), input);
        await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 15_000 });
        // Every chart's box and SVG in one round trip.
        const drawn = await page.evaluate(() =>
          [...document.querySelectorAll('figure[data-chart-id]')].map((f) => {
            const r = f.getBoundingClientRect();
            return {
              id: f.getAttribute('data-chart-id')!,
              x: r.left + window.scrollX,
              y: r.top + window.scrollY,
              width: r.width,
              height: r.height,
              svg: f.querySelector('svg.recharts-surface')?.outerHTML ?? '',
            };
          }),
        );
        const images: ChartImage[] = [];
        for (const c of drawn) {
          if (!c.svg || c.width === 0) continue;
          const png =
            renderOptions.png === false
              ? Buffer.alloc(0)
              : await page.screenshot({
                  type: 'png',
                  fullPage: true,
                  clip: { x: c.x, y: c.y, width: c.width, height: c.height },
                });
          const w = Math.round(c.width);
          const h = Math.round(c.height);
          images.push({ id: c.id, png, svg: documentSvg(c.svg, w, h), width: w, height: h });
        }
        return images;
      } finally {
        await page.close();
      }
    },

    async printPdf(html, pdf) {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: false,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: `<div style="width:100%;font-size:8px;color:#5c6675;padding:0 16mm;display:flex;justify-content:space-between;font-family:'Liberation Sans',Arial,sans-serif"><span>${esc(pdf.footer)}</span><span>${esc(pdf.pageLabel)} <span class="pageNumber"></span> ${esc(pdf.ofLabel)} <span class="totalPages"></span></span></div>`,
          margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
        });
      } finally {
        await page.close();
      }
    },

    async close() {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
    },
  };
}
