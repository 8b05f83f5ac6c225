import type {
  InterviewsReport,
  PortfolioReport,
  ProjectSheet,
  ReportChart,
  ReportCover,
  ReportModel,
  ReportQuote,
} from '../../shared/api/reports';
import type { ChartImage } from './chart-renderer';
import { interviewFacts, labels, projectFacts, seenInPhrase, type Labels } from './labels';

/**
 * The reports as one self-contained HTML file: inline CSS, charts as inline SVG, no script, no external
 * request (a Content-Security-Policy that allows none says so to the browser). The PDF is this page printed
 * by Chromium, so both read the same.
 */

export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const CSS = `
:root { --text:#1d2430; --muted:#5c6675; --accent:#1f5fa8; --accent-weak:#e7effa; --border:#d9dde3;
  --surface-2:#f6f7f9; --danger:#b03a2e; --ok:#117a65; }
* { box-sizing: border-box; }
html { font-size: 10.5pt; }
body { margin: 0; color: var(--text); background: #fff; line-height: 1.45;
  font-family: 'Liberation Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; }
main { max-width: 190mm; margin: 0 auto; padding: 0 0 24px; }
h1 { font-size: 19pt; color: var(--accent); margin: 0 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--accent);
  break-after: avoid; }
h2 { font-size: 13.5pt; margin: 22px 0 6px; break-after: avoid; }
h3 { font-size: 11pt; margin: 14px 0 4px; break-after: avoid; }
h4 { font-size: 10pt; margin: 10px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; break-after: avoid; }
p { margin: 4px 0 8px; }
section.chapter { break-before: page; padding-top: 2px; }
.cover { min-height: 255mm; display: flex; flex-direction: column; justify-content: space-between; break-after: page; }
.cover .band { height: 14px; background: linear-gradient(90deg, var(--accent), #4f8fd6 60%, var(--ok)); border-radius: 2px; }
.cover .brand { margin-top: 18mm; color: var(--muted); font-size: 10pt; letter-spacing: .14em; text-transform: uppercase; }
.cover h1.title { border: 0; font-size: 30pt; color: var(--text); margin: 8mm 0 4mm; line-height: 1.15; padding: 0; }
.cover .subtitle { font-size: 13pt; color: var(--muted); max-width: 150mm; }
.cover dl { display: grid; grid-template-columns: 40mm 1fr; gap: 3mm 6mm; margin: 0 0 10mm; font-size: 11pt; }
.cover dt { color: var(--muted); }
.cover dd { margin: 0; font-weight: 600; }
.cover .notice { border-left: 4px solid var(--ok); background: #eef7f4; padding: 8px 12px; font-size: 9.5pt; margin-bottom: 6px; }
.cover .confidential { color: var(--muted); font-size: 9pt; }
nav.toc { break-after: page; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { padding: 5px 0; border-bottom: 1px dotted var(--border); }
nav.toc li.sub { padding-left: 18px; font-size: 9.5pt; color: var(--muted); }
nav.toc a { color: inherit; text-decoration: none; }
.kpis { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; margin: 12px 0 18px; }
.kpi { border: 1px solid var(--border); border-radius: 6px; padding: 10px 12px; background: var(--surface-2); break-inside: avoid; }
.kpi .value { font-size: 18pt; font-weight: 700; color: var(--accent); white-space: nowrap; }
.kpi .label { color: var(--muted); font-size: 9pt; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin-top: 8px; }
.charts figure.full { grid-column: 1 / -1; }
figure.chart { margin: 0; break-inside: avoid; border: 1px solid var(--border); border-radius: 6px; padding: 8px 10px 6px; }
figure.chart figcaption { font-weight: 700; margin-bottom: 4px; }
figure.chart .note { color: var(--muted); font-size: 8.5pt; margin-top: 2px; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 9pt; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid var(--border); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--accent-weak); font-weight: 700; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.center, th.center { text-align: center; }
table.matrix th:first-child { width: 32%; }
table.matrix th.col { font-size: 8pt; font-weight: 600; }
table.matrix td.depth1 { padding-left: 18px; }
table.matrix td.depth2 { padding-left: 30px; }
table.matrix tr.recurring td { background: #fbeeec; }
table.matrix tr.recurring td:first-child { font-weight: 700; }
.mark { display: inline-block; min-width: 14px; font-weight: 700; color: var(--danger); }
.implied { color: var(--muted); }
blockquote { margin: 8px 0 10px; padding: 6px 12px; border-left: 3px solid var(--accent); background: var(--surface-2);
  break-inside: avoid; }
blockquote.important { border-left-color: var(--danger); }
blockquote p { margin: 0 0 3px; font-style: italic; }
blockquote footer { font-size: 8.5pt; color: var(--muted); }
.meta { color: var(--muted); font-size: 9.5pt; }
.definition { font-size: 9.5pt; color: var(--text); background: #fbfbfc; border: 1px dashed var(--border); padding: 5px 8px; border-radius: 4px; }
article.project { break-before: page; }
article.project:first-of-type { break-before: auto; }
dl.facts { display: grid; grid-template-columns: 42mm 1fr; gap: 3px 10px; margin: 6px 0 10px; font-size: 9.5pt; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.chip { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 8pt; border: 1px solid var(--border); background: #fff; white-space: nowrap; }
.chip.done { background: #e6f4ef; border-color: #9fd3c2; color: #0b5e4c; }
.chip.in-progress { background: #e7effa; border-color: #a9c4ea; color: #174a86; }
.chip.blocked { background: #fdecea; border-color: #f0b2ab; color: #8d1f15; }
.chip.not-started { color: var(--muted); }
.challenge { border: 1px solid var(--border); border-radius: 6px; padding: 6px 10px; margin: 8px 0; break-inside: avoid-page; }
.challenge h4 { margin: 2px 0 4px; text-transform: none; letter-spacing: 0; color: var(--text); font-size: 10.5pt; }
.warnings { color: #7a4b00; font-size: 9pt; }
.codebook dl { margin: 4px 0 12px; }
.codebook dt { font-weight: 700; margin-top: 6px; }
.codebook dt.depth1 { padding-left: 12px; }
.codebook dt.depth2 { padding-left: 24px; }
.codebook dd { margin: 0 0 0 12px; font-size: 9.5pt; }
.empty { color: var(--muted); font-style: italic; }
.prewrap { white-space: pre-line; }
.colophon { margin-top: 20px; color: var(--muted); font-size: 8.5pt; }
@page { size: A4; }
@media screen { body { background: #eef0f3; } main { background: #fff; padding: 16mm; margin: 12px auto; box-shadow: 0 1px 4px rgba(0,0,0,.12); } }
`;

function page(model: ReportModel, body: string): string {
  return `<!doctype html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Terrain">
<title>${esc(model.cover.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function coverHtml(cover: ReportCover, L: Labels, pseudonymised: boolean): string {
  const rows: [string, string | null][] = [
    [L('cover.period'), cover.period],
    [L('cover.author'), cover.author],
    [L('cover.date'), cover.dateLabel],
    [L('cover.workspace'), cover.workspace || null],
  ];
  return `<section class="cover">
  <div>
    <div class="band"></div>
    <div class="brand">Terrain</div>
    <h1 class="title">${esc(cover.title)}</h1>
    <p class="subtitle">${esc(cover.subtitle)}</p>
  </div>
  <div>
    <dl>${rows
      .filter(([, v]) => v)
      .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
      .join('')}</dl>
    ${pseudonymised ? `<p class="notice">${esc(L('cover.pseudonymised'))}</p>` : ''}
    <p class="confidential">${esc(L('cover.confidential'))}</p>
  </div>
</section>`;
}

function toc(
  L: Labels,
  entries: { id: string; title: string; sub?: { id: string; title: string }[] }[],
): string {
  return `<nav class="toc" aria-label="${esc(L('toc'))}"><h1>${esc(L('toc'))}</h1><ol>${entries
    .map(
      (e) =>
        `<li><a href="#${esc(e.id)}">${esc(e.title)}</a></li>${(e.sub ?? [])
          .map((s) => `<li class="sub"><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`)
          .join('')}`,
    )
    .join('')}</ol></nav>`;
}

function open(model: ReportModel): [string, string] {
  return model.lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
}

export function quoteHtml(model: ReportModel, q: ReportQuote, L: Labels): string {
  const [o, c] = open(model);
  return `<blockquote class="${q.important ? 'important' : ''}"${q.important ? ` title="${esc(L('quote.important'))}"` : ''}><p>${esc(o + q.text + c)}</p><footer>— ${esc(q.reference)}</footer></blockquote>`;
}

function table(
  headers: { text: string; cls?: string }[],
  rows: { text: string; cls?: string; html?: boolean }[][],
): string {
  return `<table><thead><tr>${headers
    .map((h) => `<th${h.cls ? ` class="${h.cls}"` : ''}>${esc(h.text)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td${c.cls ? ` class="${c.cls}"` : ''}>${c.html ? c.text : esc(c.text)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

function chartFigure(chart: ReportChart, image: ChartImage | undefined, L: Labels): string {
  const value = (v: number) => (chart.unit === 'eur' ? L.euros(v) : L.number(v));
  const body = image
    ? image.svg
    : chart.bars.length === 0
      ? `<p class="empty">${esc(L('chart.empty'))}</p>`
      : table(
          [{ text: '' }, { text: L('col.value'), cls: 'num' }],
          chart.bars.map((b) => [{ text: b.label }, { text: value(b.value), cls: 'num' }]),
        );
  return `<figure class="chart ${chart.size}" id="chart-${esc(chart.id)}"><figcaption>${esc(chart.title)}</figcaption>${body}${
    chart.note ? `<div class="note">${esc(chart.note)}</div>` : ''
  }</figure>`;
}

export function matrixTable(model: PortfolioReport, L: Labels): string {
  const m = model.matrix;
  const wide = m.columns.length > 10;
  const headers = wide
    ? [{ text: m.rowsLabel }, { text: L('matrix.total'), cls: 'num' }, { text: L('recurring.seenIn') }]
    : [
        { text: m.rowsLabel },
        ...m.columns.map((c) => ({ text: c.label, cls: 'col center' })),
        { text: L('matrix.total'), cls: 'num' },
      ];
  const body = m.rows
    .map((r) => {
      const first = `<td class="depth${Math.min(r.depth, 2)}">${r.depth > 0 ? '↳ ' : ''}${esc(r.label)}${
        r.recurring ? ` <span class="mark" title="${esc(L('matrix.recurring'))}">●</span>` : ''
      }</td>`;
      const cells = wide
        ? `<td>${esc(
            seenInPhrase(
              L,
              m.columns.filter((_, i) => r.cells[i]! > 0).map((c) => c.label),
              m.columns.filter((_, i) => r.cells[i]! === 0).map((c) => c.label),
            ),
          )}</td>`
        : r.cells
            .map(
              (n, i) =>
                `<td class="center">${n > 0 ? '●' : r.implied[i]! > 0 ? `<span class="implied" title="${esc(L('strength.implied'))}">○</span>` : ''}</td>`,
            )
            .join('');
      return `<tr class="${r.recurring ? 'recurring' : ''}">${first}${wide ? `<td class="num">${r.total}</td>${cells}` : `${cells}<td class="num">${r.total}</td>`}</tr>`;
    })
    .join('');
  return `<table class="matrix"><thead><tr>${headers
    .map((h) => `<th${h.cls ? ` class="${h.cls}"` : ''}>${esc(h.text)}</th>`)
    .join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

function projectHtml(model: PortfolioReport, p: ProjectSheet, index: number, L: Labels): string {
  const facts = projectFacts(p, L);
  const partners = p.partners.length
    ? table(
        [
          { text: L('col.organisation') },
          { text: L('col.role') },
          { text: L('col.actorType') },
          { text: L('col.funding'), cls: 'num' },
        ],
        p.partners.map((x) => [
          { text: x.organisation },
          { text: x.role },
          { text: x.actorType ?? '' },
          { text: x.fundingEur === null ? '—' : L.euros(x.fundingEur), cls: 'num' },
        ]),
      )
    : `<p class="empty">${esc(L('project.noPartners'))}</p>`;
  const sites = p.sites.length
    ? table(
        [{ text: L('col.organisation') }, { text: L('col.region') }, { text: L('col.status') }],
        p.sites.map((s) => [{ text: s.organisation }, { text: s.region ?? '' }, { text: s.status }]),
      )
    : `<p class="empty">${esc(L('project.noSites'))}</p>`;
  const steps = table(
    [
      { text: L('col.step') },
      { text: L('col.status') },
      { text: L('col.start') },
      { text: L('col.end') },
      { text: L('col.note') },
    ],
    p.steps.map((s, i) => [
      { text: `${i + 1}. ${s.label}` },
      { text: `<span class="chip ${esc(s.statusKey)}">${esc(s.status)}</span>`, html: true },
      { text: L.date(s.startDate) },
      { text: L.date(s.endDate) },
      { text: s.note ?? '' },
    ]),
  );
  const challenges = p.challenges.length
    ? p.challenges
        .map(
          (c) =>
            `<div class="challenge"><h4>${esc(c.label)} <span class="chip">${esc(c.strength)}</span> <span class="chip">${esc(c.status)}</span></h4>${
              c.levers
                ? `<p><strong>${esc(L('project.levers'))} :</strong> <span class="prewrap">${esc(c.levers)}</span></p>`
                : ''
            }${c.notes ? `<p class="prewrap">${esc(c.notes)}</p>` : ''}${c.evidence.map((q) => quoteHtml(model, q, L)).join('')}</div>`,
        )
        .join('')
    : `<p class="empty">${esc(L('project.noChallenges'))}</p>`;
  return `<article class="project" id="project-${index + 1}">
<h2>${esc(p.name)}</h2>
<dl class="facts">${facts
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('')}</dl>
${p.compositionWarnings.length ? `<p class="warnings">⚠ ${esc(p.compositionWarnings.join(' '))}</p>` : ''}
<h3>${esc(L('project.partners'))}</h3>${partners}
<h3>${esc(L('project.sites'))}</h3>${sites}
<h3>${esc(L('project.steps'))}</h3><p class="meta">${esc(L('project.stepsDone', { done: p.stepsDone, total: p.steps.length }))}</p>${steps}
<h3>${esc(L('project.challenges'))}</h3>${challenges}
</article>`;
}

function codebookHtml(model: ReportModel): string {
  return (
    model.codebook
      .map(
        (b) =>
          `<h2>${esc(b.branch)}</h2><dl>${b.entries
            .map(
              (e) =>
                `<dt class="depth${Math.min(e.depth, 2)}">${esc(e.name)}</dt><dd>${esc(e.definition ?? '')}</dd>`,
            )
            .join('')}</dl>`,
      )
      .join('') || `<p class="empty">—</p>`
  );
}

export function portfolioHtml(model: PortfolioReport, charts: ChartImage[] | null): string {
  const L = labels(model.lang);
  const byId = new Map((charts ?? []).map((c) => [c.id, c]));
  const drawable = model.charts.filter((c) => c.bars.length > 0);
  const sections = [
    { id: 'indicators', title: L('section.indicators') },
    { id: 'charts', title: L('section.charts') },
    {
      id: 'recurring',
      title: L('section.recurring'),
      sub: model.recurring.map((r, i) => ({ id: `recurring-${i + 1}`, title: r.label })),
    },
    { id: 'matrix', title: L('section.matrix') },
    {
      id: 'projects',
      title: L('section.projects'),
      sub: model.projects.map((p, i) => ({ id: `project-${i + 1}`, title: p.name })),
    },
    { id: 'codebook', title: L('section.codebook') },
  ];
  const m = model.matrix;
  const body = `
${coverHtml(model.cover, L, model.pseudonymised)}
${toc(L, sections)}
<section class="chapter" id="indicators"><h1>${esc(L('section.indicators'))}</h1>
<div class="kpis">${model.indicators
    .map(
      (i) =>
        `<div class="kpi"><div class="value">${esc(i.display)}</div><div class="label">${esc(i.label)}</div></div>`,
    )
    .join('')}</div>
</section>
<section id="charts"><h1>${esc(L('section.charts'))}</h1>
${charts === null ? `<p class="warnings">${esc(L('warning.noCharts'))}</p>` : ''}
<div class="charts">${drawable.map((ch) => chartFigure(ch, byId.get(ch.id), L)).join('\n')}</div>
</section>
<section class="chapter" id="recurring"><h1>${esc(L('section.recurring'))}</h1>
<p>${esc(L('recurring.intro', { threshold: m.threshold, unit: m.unitLabel }))}</p>
${
  model.recurring.length === 0
    ? `<p class="empty">${esc(L('recurring.none', { threshold: m.threshold }))}</p>`
    : model.recurring
        .map(
          (r, i) => `<div id="recurring-${i + 1}"><h2>${esc(r.label)}</h2>
<p class="meta"><strong>${esc(L('recurring.count', { count: r.count, unit: m.unitLabel, outOf: r.outOf }))}</strong> — ${esc(L('recurring.seenIn'))} : ${esc(seenInPhrase(L, r.seenIn, r.notSeenIn))}</p>
${r.definition ? `<p class="definition">${esc(r.definition)}</p>` : ''}
${model.withQuotes ? (r.quotes.length ? r.quotes.map((q) => quoteHtml(model, q, L)).join('') : `<p class="empty">${esc(L('recurring.noQuote'))}</p>`) : ''}
</div>`,
        )
        .join('\n')
}
</section>
<section class="chapter" id="matrix"><h1>${esc(L('section.matrix'))}</h1>
<p class="meta">${esc(L('matrix.intro', { source: m.source, rows: m.rowsLabel, unit: m.unitLabel, threshold: m.threshold }))}</p>
${matrixTable(model, L)}
</section>
<section class="chapter" id="projects"><h1>${esc(L('section.projects'))}</h1>
${model.projects.map((p, i) => projectHtml(model, p, i, L)).join('\n')}
</section>
<section class="chapter codebook" id="codebook"><h1>${esc(L('section.codebook'))}</h1>
${codebookHtml(model)}
<p class="colophon">${esc(L('generatedBy', { date: model.cover.dateLabel }))}</p>
</section>`;
  return page(model, body);
}

export function interviewsHtml(model: InterviewsReport): string {
  const L = labels(model.lang);
  const sections = [
    ...model.interviews.map((iv, i) => ({ id: `interview-${i + 1}`, title: iv.title })),
    { id: 'codebook', title: L('section.codebook') },
  ];
  const body = `
${coverHtml(model.cover, L, model.pseudonymised)}
${toc(L, sections)}
${model.interviews
  .map((iv, i) => {
    const facts = interviewFacts(iv, L);
    const groups = iv.groups.length
      ? iv.groups
          .map(
            (
              g,
            ) => `<h2>${g.branch ? `<span class="meta">${esc(g.branch)} › </span>` : ''}${esc(g.label)} <span class="meta">(${g.count})</span></h2>
${g.definition ? `<p class="definition">${esc(g.definition)}</p>` : ''}
${g.quotes.map((q) => quoteHtml(model, q, L) + (q.memo ? `<p class="meta prewrap">${esc(L('col.memo'))} : ${esc(q.memo)}</p>` : '')).join('')}`,
          )
          .join('\n')
      : `<p class="empty">${esc(L('interview.noQuotes'))}</p>`;
    return `<section class="chapter" id="interview-${i + 1}"><h1>${esc(iv.title)}</h1>
<dl class="facts">${facts
      .filter(([, v]) => v)
      .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
      .join('')}</dl>
${iv.axisNotes.length ? `<h3>${esc(L('interview.axisNotes'))}</h3>${iv.axisNotes.map((n) => `<p><strong>${esc(n.axis)}</strong> — <span class="prewrap">${esc(n.note)}</span></p>`).join('')}` : ''}
${iv.memos.length ? `<h3>${esc(L('interview.memos'))}</h3>${iv.memos.map((m) => `<p>${m.title ? `<strong>${esc(m.title)}</strong> — ` : ''}<span class="prewrap">${esc(m.body)}</span></p>`).join('')}` : ''}
<h3>${esc(iv.groupedBy === 'axis' ? L('interview.byAxis') : L('interview.byCode'))}</h3>
${model.withQuotes ? '' : `<p class="empty">${esc(L('interview.quotesHidden'))}</p>`}
${groups}
</section>`;
  })
  .join('\n')}
<section class="chapter codebook" id="codebook"><h1>${esc(L('section.codebook'))}</h1>
${codebookHtml(model)}
<p class="colophon">${esc(L('generatedBy', { date: model.cover.dateLabel }))}</p>
</section>`;
  return page(model, body);
}
