import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { createWorkspace } from '../../db/create';
import type { Workspace } from '../../db/workspace';
import { findNames } from '../../shared/pseudonymise';
import { REPORT_FORMATS, type ReportKind } from '../../shared/api/reports';
import { chromiumChartRenderer, type ChartRenderer } from '../../electron/reports/chart-renderer';
import { generateReport } from '../../electron/reports/generate';
import {
  demoNameForms,
  docxText,
  htmlText,
  pdfText,
  xlsxText,
  xlsxWorkbook,
  zipTexts,
} from '../../electron/reports/testing';

/**
 * A pseudonymised report of the demo workspace holds no name of any person of the workspace, in any format:
 * full names, first names, surnames and aliases, in any case or accent, checked in the text each format's
 * reader gets and in every part of the files themselves (a DOCX or XLSX is a ZIP of XML parts).
 */
let dir: string;
let ws: Workspace;
let renderer: ChartRenderer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-pseudo-'));
  ws = createWorkspace(path.join(dir, 'demo.terrain'), { demo: true });
  renderer = await chromiumChartRenderer();
}, 60_000);

afterAll(async () => {
  await renderer?.close();
  ws?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Everything a reader could see in the file: its text through the format's reader, and its raw parts. */
async function everything(format: string, bytes: Buffer, file: string): Promise<string[]> {
  switch (format) {
    case 'pdf':
      return [pdfText(file)];
    case 'docx': {
      const { text } = await docxText(bytes);
      return [text, ...Object.values(zipTexts(bytes))];
    }
    case 'xlsx':
      return [xlsxText(await xlsxWorkbook(bytes)), ...Object.values(zipTexts(bytes))];
    case 'csv':
      return Object.values(zipTexts(bytes));
    default:
      return [htmlText(bytes.toString('utf8')), bytes.toString('utf8')];
  }
}

describe('pseudonymised reports of the demo workspace', () => {
  const kinds: ReportKind[] = ['portfolio', 'interviews'];
  for (const kind of kinds) {
    for (const format of REPORT_FORMATS) {
      it(`${kind} as ${format}: no person’s name, in any form`, async () => {
        const plain = await generateReport(ws.db, { kind, format }, { chartRenderer: renderer });
        const pseudo = await generateReport(
          ws.db,
          { kind, format, pseudonymise: true },
          { chartRenderer: renderer },
        );
        const plainFile = path.join(dir, `plain-${kind}.${format}`);
        const pseudoFile = path.join(dir, `pseudo-${kind}.${format}`);
        fs.writeFileSync(plainFile, plain.bytes);
        fs.writeFileSync(pseudoFile, pseudo.bytes);

        // The check can see names: the same report without pseudonymisation shows them.
        const before = (await everything(format, plain.bytes, plainFile)).join('\n');
        expect(findNames(before, demoNameForms).length).toBeGreaterThan(3);

        const after = await everything(format, pseudo.bytes, pseudoFile);
        for (const text of after) expect(findNames(text, demoNameForms)).toEqual([]);
        const all = after.join('\n');
        // Pseudonyms and organisations are there instead.
        expect(all).toMatch(/(Pharma|Hôpital|Startup|Clinique|Patients|Conseil|Syndicat|Pôle)-\d/);
        expect(all).toContain('CHU de Brest');
      });
    }
  }

  it('also in the files’ metadata and in the raw XML of Word and Excel documents', async () => {
    const docx = await generateReport(
      ws.db,
      { kind: 'portfolio', format: 'docx', pseudonymise: true, title: 'Rapport pour Aurélie Dumontet' },
      { chartRenderer: renderer },
    );
    const parts = unzipSync(new Uint8Array(docx.bytes));
    for (const [name, data] of Object.entries(parts)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      expect(findNames(strFromU8(data), demoNameForms), name).toEqual([]);
    }
    expect(strFromU8(parts['docProps/core.xml']!)).toContain('Rapport pour Pharma-1');
  });
});
