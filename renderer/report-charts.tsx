import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ReportChartsInput } from '../shared/api/reports';
import { PortfolioChart } from './charts';
import './report-charts.css';

/**
 * The page reports draw their charts with: the same chart components as the Portfolio view, at a fixed size
 * and without animation. A report generator (headless Chromium, or Electron's own window) opens the built
 * page, hands it the charts — `window.terrainReportCharts.render(input)`, or `window.__TERRAIN_REPORT_CHARTS__`
 * set before the page loads — waits for `document.body.dataset.ready`, then captures each
 * `figure[data-chart-id]` (PNG screenshot, and the SVG's markup for HTML reports).
 */
declare global {
  interface Window {
    __TERRAIN_REPORT_CHARTS__?: ReportChartsInput;
    terrainReportCharts?: { render(input: ReportChartsInput): Promise<void> };
  }
}

const container = document.getElementById('charts')!;
const root = createRoot(container);

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Every chart drawn: its bars and value labels are in the SVG. */
function drawn(input: ReportChartsInput): boolean {
  return input.charts.every((c) => {
    const figure = container.querySelector(`figure[data-chart-id="${c.id}"]`);
    const svg = figure?.querySelector('svg.recharts-surface');
    if (!svg) return false;
    const wanted = c.bars.filter((b) => b.value > 0).length;
    return svg.querySelectorAll('.recharts-bar-rectangle').length >= wanted;
  });
}

async function render(input: ReportChartsInput): Promise<void> {
  document.body.dataset.ready = 'false';
  document.documentElement.lang = input.lang;
  flushSync(() =>
    root.render(
      <>
        {input.charts.map((c) => (
          <figure key={c.id} data-chart-id={c.id} aria-label={c.title}>
            <PortfolioChart
              id={c.id}
              bars={c.bars}
              lang={input.lang}
              width={c.width ?? input.width ?? 680}
              title={c.title}
              isAnimationActive={false}
            />
          </figure>
        ))}
      </>,
    ),
  );
  const deadline = performance.now() + 10_000;
  await frame();
  while (!drawn(input) && performance.now() < deadline) await frame();
  await frame();
  document.body.dataset.ready = 'true';
}

window.terrainReportCharts = { render };
if (window.__TERRAIN_REPORT_CHARTS__) void render(window.__TERRAIN_REPORT_CHARTS__);
