import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
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
 * The reports as Word documents: real Heading 1 / Heading 2 styles (Word's navigation pane and the table of
 * contents work from them), a table of contents field (filled in from the headings, and refreshed by Word when
 * it opens the file), tables for partners, funding, steps and the matrix, charts as PNG pictures.
 */

const FONT = 'Calibri';
const ACCENT = '1F5FA8';
const MUTED = '5C6675';
const BORDER = 'D9DDE3';
/** Text width of an A4 page with 2 cm margins, in pixels at 96 dpi (docx sizes pictures in pixels). */
const TEXT_WIDTH_PX = 640;
const TEXT_WIDTH_TWIPS = 9638;

type Block = FileChild;

function heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading:
      level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    pageBreakBefore,
    children: [new TextRun(text)],
  });
}

function para(
  text: string,
  options: { muted?: boolean; bold?: boolean; italics?: boolean; size?: number } = {},
): Paragraph {
  return new Paragraph({
    spacing: { after: 100 },
    children: lines(text).map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          color: options.muted ? MUTED : undefined,
          bold: options.bold,
          italics: options.italics,
          size: options.size,
        }),
    ),
  });
}

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    children: [new TextRun({ text: `${label} : `, color: MUTED }), new TextRun({ text: value })],
  });
}

function cell(
  text: string,
  options: {
    header?: boolean;
    align?: 'right' | 'center';
    shade?: string;
    bold?: boolean;
    width?: number;
  } = {},
): TableCell {
  return new TableCell({
    shading: options.header
      ? { fill: 'E7EFFA', type: ShadingType.CLEAR, color: 'auto' }
      : options.shade
        ? { fill: options.shade, type: ShadingType.CLEAR, color: 'auto' }
        : undefined,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment:
          options.align === 'right'
            ? AlignmentType.RIGHT
            : options.align === 'center'
              ? AlignmentType.CENTER
              : AlignmentType.LEFT,
        children: lines(text).map(
          (line, i) =>
            new TextRun({
              text: line,
              break: i > 0 ? 1 : undefined,
              bold: options.header || options.bold,
              size: 18,
            }),
        ),
      }),
    ],
  });
}

function table(
  headers: { text: string; align?: 'right' | 'center'; width?: number }[],
  rows: { text: string; align?: 'right' | 'center'; shade?: string; bold?: boolean }[][],
): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: BORDER };
  // Column widths in twips as well as percentages: LibreOffice reads the grid, Word the percentages.
  const given = headers.reduce((n, h) => n + (h.width ?? 0), 0);
  const rest = headers.filter((h) => !h.width).length;
  const share = (h: { width?: number }) => h.width ?? Math.max(5, (100 - given) / Math.max(1, rest));
  const total = headers.reduce((n, h) => n + share(h), 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: headers.map((h) => Math.round((share(h) / total) * TEXT_WIDTH_TWIPS)),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h) => cell(h.text, { header: true, align: h.align, width: h.width })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) => cell(c.text, { ...c, width: headers[i]?.width })),
          }),
      ),
    ],
  });
}

function quote(model: ReportModel, q: ReportQuote): Paragraph[] {
  const [o, c] = model.lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
  return [
    new Paragraph({
      style: 'Quote',
      children: [new TextRun({ text: o + q.text + c })],
    }),
    new Paragraph({
      style: 'QuoteReference',
      children: [new TextRun({ text: `— ${q.reference}${q.important ? ' ★' : ''}` })],
    }),
  ];
}

function coverBlocks(cover: ReportCover, L: Labels, pseudonymised: boolean): Block[] {
  const meta: [string, string | null][] = [
    [L('cover.period'), cover.period],
    [L('cover.author'), cover.author],
    [L('cover.date'), cover.dateLabel],
    [L('cover.workspace'), cover.workspace || null],
  ];
  return [
    new Paragraph({
      spacing: { before: 2400 },
      children: [new TextRun({ text: 'TERRAIN', color: MUTED, size: 20, characterSpacing: 60 })],
    }),
    new Paragraph({ style: 'Title', children: [new TextRun(cover.title)] }),
    new Paragraph({
      spacing: { after: 1600 },
      children: [new TextRun({ text: cover.subtitle, size: 28, color: MUTED })],
    }),
    ...meta
      .filter(([, v]) => v)
      .map(
        ([k, v]) =>
          new Paragraph({
            spacing: { after: 80 },
            children: [
              new TextRun({ text: `${k} : `, color: MUTED, size: 24 }),
              new TextRun({ text: v!, bold: true, size: 24 }),
            ],
          }),
      ),
    ...(pseudonymised
      ? [
          new Paragraph({
            spacing: { before: 400 },
            children: [new TextRun({ text: L('cover.pseudonymised'), color: '117A65', size: 20 })],
          }),
        ]
      : []),
    new Paragraph({
      spacing: { before: 200 },
      children: [new TextRun({ text: L('cover.confidential'), color: MUTED, size: 18 })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: 'TOCHeading', children: [new TextRun(L('toc'))] }),
    new TableOfContents(L('toc'), { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

/** Two half-width charts side by side, in a table without borders. */
function chartPair(pair: [ReportChart, ReportChart], images: Map<string, ChartImage>, L: Labels): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: pair.map(
          (chart) =>
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              margins: { left: 60, right: 60 },
              children: chartBlocks(chart, images.get(chart.id), L, TEXT_WIDTH_PX / 2 - 12) as Paragraph[],
            }),
        ),
      }),
    ],
  });
}

function chartBlocks(
  chart: ReportChart,
  image: ChartImage | undefined,
  L: Labels,
  maxWidth = TEXT_WIDTH_PX,
): Block[] {
  const out: Block[] = [
    new Paragraph({ style: 'ChartTitle', keepNext: true, children: [new TextRun(chart.title)] }),
  ];
  if (image) {
    const scale = Math.min(1, maxWidth / image.width);
    out.push(
      new Paragraph({
        keepNext: !!chart.note,
        children: [
          new ImageRun({
            type: 'png',
            data: image.png,
            transformation: {
              width: Math.round(image.width * scale),
              height: Math.round(image.height * scale),
            },
            altText: {
              name: chart.id,
              title: chart.title,
              description: chart.bars
                .map((b) => `${b.label} : ${chart.unit === 'eur' ? L.euros(b.value) : b.value}`)
                .join(' ; '),
            },
          }),
        ],
      }),
    );
  } else {
    out.push(
      table(
        [{ text: '' }, { text: L('col.value'), align: 'right', width: 25 }],
        chart.bars.map((b) => [
          { text: b.label },
          { text: chart.unit === 'eur' ? L.euros(b.value) : L.number(b.value), align: 'right' },
        ]),
      ),
    );
  }
  if (chart.note) out.push(para(chart.note, { muted: true, size: 16 }));
  return out;
}

function matrixTable(model: PortfolioReport, L: Labels): Table {
  const m = model.matrix;
  const wide = m.columns.length > 8;
  const label = (r: PortfolioReport['matrix']['rows'][number]) =>
    `${'   '.repeat(r.depth)}${r.depth > 0 ? '↳ ' : ''}${r.label}${r.recurring ? ' ●' : ''}`;
  if (wide) {
    return table(
      [
        { text: m.rowsLabel, width: 40 },
        { text: L('matrix.total'), align: 'right', width: 10 },
        { text: L('recurring.seenIn'), width: 50 },
      ],
      m.rows.map((r) => {
        const shade = r.recurring ? 'FBEEEC' : undefined;
        return [
          { text: label(r), shade, bold: r.recurring },
          { text: String(r.total), align: 'right' as const, shade },
          {
            text: seenInPhrase(
              L,
              m.columns.filter((_, i) => r.cells[i]! > 0).map((c) => c.label),
              m.columns.filter((_, i) => r.cells[i]! === 0).map((c) => c.label),
            ),
            shade,
          },
        ];
      }),
    );
  }
  return table(
    [
      { text: m.rowsLabel, width: 34 },
      ...m.columns.map((c) => ({ text: c.label, align: 'center' as const })),
      { text: L('matrix.total'), align: 'right' },
    ],
    m.rows.map((r) => {
      const shade = r.recurring ? 'FBEEEC' : undefined;
      return [
        { text: label(r), shade, bold: r.recurring },
        ...r.cells.map((n, i) => ({
          text: n > 0 ? '●' : r.implied[i]! > 0 ? '○' : '',
          align: 'center' as const,
          shade,
        })),
        { text: String(r.total), align: 'right' as const, shade },
      ];
    }),
  );
}

function projectBlocks(model: PortfolioReport, p: ProjectSheet, first: boolean, L: Labels): Block[] {
  const facts = projectFacts(p, L);
  const out: Block[] = [heading(p.name, 2, !first)];
  for (const [k, v] of facts) out.push(labelled(k, v));
  for (const w of p.compositionWarnings) out.push(para(`⚠ ${w}`, { muted: true }));
  out.push(heading(L('project.partners'), 3));
  out.push(
    p.partners.length
      ? table(
          [
            { text: L('col.organisation'), width: 34 },
            { text: L('col.role'), width: 16 },
            { text: L('col.actorType'), width: 32 },
            { text: L('col.funding'), align: 'right', width: 18 },
          ],
          p.partners.map((x) => [
            { text: x.organisation },
            { text: x.role },
            { text: x.actorType ?? '' },
            { text: x.fundingEur === null ? '—' : L.euros(x.fundingEur), align: 'right' as const },
          ]),
        )
      : para(L('project.noPartners'), { muted: true, italics: true }),
  );
  out.push(heading(L('project.sites'), 3));
  out.push(
    p.sites.length
      ? table(
          [
            { text: L('col.organisation'), width: 50 },
            { text: L('col.region'), width: 30 },
            { text: L('col.status'), width: 20 },
          ],
          p.sites.map((s) => [{ text: s.organisation }, { text: s.region ?? '' }, { text: s.status }]),
        )
      : para(L('project.noSites'), { muted: true, italics: true }),
  );
  out.push(heading(L('project.steps'), 3));
  out.push(para(L('project.stepsDone', { done: p.stepsDone, total: p.steps.length }), { muted: true }));
  const stepShade: Record<string, string | undefined> = {
    done: 'E6F4EF',
    'in-progress': 'E7EFFA',
    blocked: 'FDECEA',
  };
  out.push(
    table(
      [
        { text: L('col.step'), width: 34 },
        { text: L('col.status'), width: 19 },
        { text: L('col.start'), width: 13 },
        { text: L('col.end'), width: 13 },
        { text: L('col.note'), width: 21 },
      ],
      p.steps.map((s, i) => [
        { text: `${i + 1}. ${s.label}` },
        { text: s.status, shade: stepShade[s.statusKey] },
        { text: L.date(s.startDate) },
        { text: L.date(s.endDate) },
        { text: s.note ?? '' },
      ]),
    ),
  );
  out.push(heading(L('project.challenges'), 3));
  if (p.challenges.length === 0) out.push(para(L('project.noChallenges'), { muted: true, italics: true }));
  for (const c of p.challenges) {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 160, after: 60 },
        children: [
          new TextRun({ text: c.label, bold: true }),
          new TextRun({ text: `  ${c.strength} · ${c.status}`, color: MUTED, size: 18 }),
        ],
      }),
    );
    if (c.levers) out.push(labelled(L('project.levers'), c.levers));
    if (c.notes) out.push(para(c.notes));
    for (const q of c.evidence) out.push(...quote(model, q));
  }
  return out;
}

function codebookBlocks(model: ReportModel, L: Labels): Block[] {
  const out: Block[] = [heading(L('section.codebook'), 1, true)];
  for (const b of model.codebook) {
    out.push(heading(b.branch, 2));
    for (const e of b.entries) {
      out.push(
        new Paragraph({
          indent: { left: 240 * e.depth },
          spacing: { after: 80 },
          children: [
            new TextRun({ text: e.name, bold: true }),
            new TextRun({ text: ` — ${e.definition ?? ''}` }),
          ],
        }),
      );
    }
  }
  out.push(para(L('generatedBy', { date: model.cover.dateLabel }), { muted: true, size: 16 }));
  return out;
}

function document(model: ReportModel, body: Block[]): Document {
  const L = labels(model.lang);
  return new Document({
    creator: 'Terrain',
    title: model.cover.title,
    description: model.cover.subtitle,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21 },
          paragraph: { spacing: { after: 80, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 60, bold: true, color: '1D2430' },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: {
          run: { font: FONT, size: 36, bold: true, color: ACCENT },
          paragraph: {
            spacing: { before: 240, after: 160 },
            keepNext: true,
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 4 } },
          },
        },
        heading2: {
          run: { font: FONT, size: 28, bold: true, color: '1D2430' },
          paragraph: { spacing: { before: 320, after: 100 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, color: MUTED },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '2B3442' },
          paragraph: {
            indent: { left: 360 },
            spacing: { before: 100, after: 20 },
            keepNext: true,
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
          },
        },
        {
          id: 'QuoteReference',
          name: 'Quote Reference',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 17, color: MUTED },
          paragraph: { indent: { left: 360 }, spacing: { after: 140 } },
        },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: FONT, size: 36, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 240, after: 240 } },
        },
        {
          id: 'ChartTitle',
          name: 'Chart Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 22 },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: {
          first: new Footer({ children: [new Paragraph('')] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: `${model.cover.title} — ${L('footer.page')} `,
                    size: 16,
                    color: MUTED,
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED }),
                  new TextRun({ text: ` ${L('footer.of')} `, size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

export async function portfolioDocx(model: PortfolioReport, charts: ChartImage[] | null): Promise<Buffer> {
  const L = labels(model.lang);
  const byId = new Map((charts ?? []).map((c) => [c.id, c]));
  const m = model.matrix;
  const body: Block[] = [...coverBlocks(model.cover, L, model.pseudonymised)];

  body.push(heading(L('section.indicators'), 1, true));
  body.push(
    table(
      [
        { text: L('col.indicator'), width: 65 },
        { text: L('col.value'), align: 'right', width: 35 },
      ],
      model.indicators.map((i) => [
        { text: i.label },
        { text: i.display, align: 'right' as const, bold: true },
      ]),
    ),
  );

  body.push(heading(L('section.charts'), 1, true));
  if (charts === null) body.push(para(L('warning.noCharts'), { muted: true }));
  const drawable = model.charts.filter((c) => c.bars.length > 0);
  for (let i = 0; i < drawable.length; i++) {
    const chart = drawable[i]!;
    const next = drawable[i + 1];
    if (chart.size === 'half' && next?.size === 'half' && byId.has(chart.id) && byId.has(next.id)) {
      body.push(chartPair([chart, next], byId, L));
      i++;
    } else body.push(...chartBlocks(chart, byId.get(chart.id), L));
  }

  body.push(heading(L('section.recurring'), 1, true));
  body.push(para(L('recurring.intro', { threshold: m.threshold, unit: m.unitLabel })));
  if (model.recurring.length === 0)
    body.push(para(L('recurring.none', { threshold: m.threshold }), { muted: true }));
  for (const r of model.recurring) {
    body.push(heading(r.label, 2));
    body.push(
      new Paragraph({
        spacing: { after: 100 },
        children: [
          new TextRun({
            text: L('recurring.count', { count: r.count, unit: m.unitLabel, outOf: r.outOf }),
            bold: true,
          }),
          new TextRun({
            text: ` — ${L('recurring.seenIn')} : ${seenInPhrase(L, r.seenIn, r.notSeenIn)}`,
            color: MUTED,
          }),
        ],
      }),
    );
    if (r.definition) body.push(para(r.definition, { italics: true, muted: true }));
    if (model.withQuotes) {
      if (r.quotes.length === 0) body.push(para(L('recurring.noQuote'), { muted: true }));
      for (const q of r.quotes) body.push(...quote(model, q));
    }
  }

  body.push(heading(L('section.matrix'), 1, true));
  body.push(
    para(
      L('matrix.intro', { source: m.source, rows: m.rowsLabel, unit: m.unitLabel, threshold: m.threshold }),
      { muted: true },
    ),
  );
  body.push(matrixTable(model, L));

  body.push(heading(L('section.projects'), 1, true));
  model.projects.forEach((p, i) => body.push(...projectBlocks(model, p, i === 0, L)));

  body.push(...codebookBlocks(model, L));
  return Packer.toBuffer(document(model, body));
}

export async function interviewsDocx(model: InterviewsReport): Promise<Buffer> {
  const L = labels(model.lang);
  const body: Block[] = [...coverBlocks(model.cover, L, model.pseudonymised)];
  for (const iv of model.interviews) {
    body.push(heading(iv.title, 1, true));
    const facts = interviewFacts(iv, L);
    for (const [k, v] of facts) body.push(labelled(k, v));
    if (iv.axisNotes.length) {
      body.push(heading(L('interview.axisNotes'), 3));
      for (const n of iv.axisNotes) body.push(labelled(n.axis, n.note));
    }
    if (iv.memos.length) {
      body.push(heading(L('interview.memos'), 3));
      for (const memo of iv.memos) body.push(para(memo.title ? `${memo.title} — ${memo.body}` : memo.body));
    }
    if (!model.withQuotes) body.push(para(L('interview.quotesHidden'), { muted: true, italics: true }));
    if (iv.groups.length === 0) body.push(para(L('interview.noQuotes'), { muted: true, italics: true }));
    for (const g of iv.groups) {
      body.push(heading(`${g.branch ? `${g.branch} › ` : ''}${g.label} (${g.count})`, 2));
      if (g.definition) body.push(para(g.definition, { italics: true, muted: true }));
      for (const q of g.quotes) {
        body.push(...quote(model, q));
        if (q.memo) body.push(labelled(L('col.memo'), q.memo));
      }
    }
  }
  body.push(...codebookBlocks(model, L));
  return Packer.toBuffer(document(model, body));
}
