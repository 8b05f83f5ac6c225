import type { ChartImage, ChartRenderer, PdfOptions } from './chart-renderer';
import { documentSvg } from './chart-renderer';

/**
 * What this renderer needs of an Electron BrowserWindow, described structurally so that this file stays
 * free of 'electron' (only main.ts creates the windows and passes them in).
 */
export interface OffscreenWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    capturePage(rect: { x: number; y: number; width: number; height: number }): Promise<{ toPNG(): Buffer }>;
    printToPDF(options: Record<string, unknown>): Promise<Buffer>;
  };
  setContentSize(width: number, height: number): void;
  destroy(): void;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(win: OffscreenWindow, expression: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await win.webContents.executeJavaScript(`Boolean(${expression})`))) {
    if (Date.now() > until) throw new Error(`Les graphiques ne se sont pas affichés (${expression}).`);
    await pause(50);
  }
}

/**
 * The desktop app's engine for reports: hidden windows of Electron itself (the chart page served from
 * app://terrain/, then printToPDF), so an installed Terrain needs no separate Chromium.
 */
export function electronChartRenderer(openWindow: () => OffscreenWindow, chartsUrl: string): ChartRenderer {
  const windows = new Set<OffscreenWindow>();
  const open = () => {
    const win = openWindow();
    windows.add(win);
    return win;
  };
  const close = (win: OffscreenWindow) => {
    windows.delete(win);
    win.destroy();
  };
  return {
    async renderCharts(input, options = {}) {
      const win = open();
      try {
        const width = Math.max(input.width ?? 680, ...input.charts.map((c) => c.width ?? 0));
        win.setContentSize(width + 40, 900);
        await win.loadURL(chartsUrl);
        await waitFor(win, 'window.terrainReportCharts');
        await win.webContents.executeJavaScript(
          `window.terrainReportCharts.render(${JSON.stringify(input)})`,
        );
        await waitFor(win, "document.body.dataset.ready === 'true'");
        const drawn = (await win.webContents
          .executeJavaScript(`[...document.querySelectorAll('figure[data-chart-id]')].map((f) => {
          const r = f.getBoundingClientRect();
          return { id: f.getAttribute('data-chart-id'), x: r.left, y: r.top, width: r.width, height: r.height,
            svg: f.querySelector('svg.recharts-surface')?.outerHTML ?? '' };
        })`)) as { id: string; x: number; y: number; width: number; height: number; svg: string }[];
        const images: ChartImage[] = [];
        for (const c of drawn) {
          if (!c.svg || c.width === 0) continue;
          // Bring the chart into view before capturing it: capturePage takes what the window shows.
          await win.webContents.executeJavaScript(`window.scrollTo(0, ${Math.max(0, c.y - 10)})`);
          const top = (await win.webContents.executeJavaScript(
            `document.querySelector('figure[data-chart-id="${c.id}"]').getBoundingClientRect().top`,
          )) as number;
          const png =
            options.png === false
              ? Buffer.alloc(0)
              : (
                  await win.webContents.capturePage({
                    x: Math.round(c.x),
                    y: Math.round(top),
                    width: Math.round(c.width),
                    height: Math.round(c.height),
                  })
                ).toPNG();
          const w = Math.round(c.width);
          const h = Math.round(c.height);
          images.push({ id: c.id, png, svg: documentSvg(c.svg, w, h), width: w, height: h });
        }
        return images;
      } finally {
        close(win);
      }
    },
    async printPdf(html: string, pdf: PdfOptions) {
      const win = open();
      try {
        await win.loadURL(
          `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`,
        );
        const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
        return await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: `<div style="width:100%;font-size:8px;color:#5c6675;padding:0 16mm;display:flex;justify-content:space-between"><span>${esc(pdf.footer)}</span><span>${esc(pdf.pageLabel)} <span class="pageNumber"></span> ${esc(pdf.ofLabel)} <span class="totalPages"></span></span></div>`,
          margins: { top: 0.63, bottom: 0.71, left: 0.63, right: 0.63 },
        });
      } finally {
        close(win);
      }
    },
    async close() {
      for (const win of [...windows]) close(win);
    },
  };
}
