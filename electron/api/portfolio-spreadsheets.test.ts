import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportPortfolio, importPortfolio, previewPortfolioImport } from './portfolio-spreadsheets';
import { listProjects } from '../../db/queries/projects';
import { listOrganisations } from '../../db/queries/directory';
import { dashboard } from '../../db/queries/dashboard';
import { tempWorkspace } from '../../test/support/workspace';

/** A consultant's own workbook: their headers, their order, French statuses, dates as real dates. */
async function consultantWorkbook(
  count: number,
  bad: Map<number, (row: unknown[]) => void>,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Suivi 2024');
  sheet.addRow(['Projet', 'Startup', 'Thématique', 'Année', 'Statut', 'Début', 'Fin', 'Région']);
  for (let i = 1; i <= count; i++) {
    const row: unknown[] = [
      `Projet ${i}`,
      `Startup ${i % 17}`,
      i % 2 ? 'Télésuivi' : 'Prévention',
      2020 + (i % 5),
      ['actif', 'en pause', 'clos', 'non déployé'][i % 4],
      new Date(Date.UTC(2022, i % 12, 1)),
      new Date(Date.UTC(2024, i % 12, 1)),
      'Bretagne',
    ];
    bad.get(i)?.(row);
    sheet.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('portfolio spreadsheets', () => {
  it('imports 195 of 200 projects from an XLSX and reports the 5 malformed rows by line', async () => {
    const ws = tempWorkspace();
    const bad = new Map<number, (row: unknown[]) => void>([
      [10, (r) => (r[0] = '')], // no name
      [50, (r) => (r[3] = 'deux mille vingt')], // year not a number
      [90, (r) => (r[4] = 'en attente')], // unknown status
      [130, (r) => (r[5] = '31/31/2023')], // not a date
      [170, (r) => (r[6] = new Date(Date.UTC(2019, 0, 1)))], // ends before it starts
    ]);
    const contentBase64 = await consultantWorkbook(200, bad);
    const preview = await previewPortfolioImport(ws.db, {
      entity: 'projects',
      fileName: 'suivi.xlsx',
      contentBase64,
    });
    expect(preview.header[0]).toBe('Projet');
    expect(preview.mapping).toMatchObject({
      name: 0,
      provider: 1,
      theme: 2,
      callYear: 3,
      status: 4,
      startDate: 5,
      endDate: 6,
      region: 7,
    });
    expect(preview.report.created).toBe(195);
    expect(listProjects(ws.db)).toHaveLength(0); // a preview writes nothing

    const report = await importPortfolio(ws.db, {
      entity: 'projects',
      fileName: 'suivi.xlsx',
      contentBase64,
    });
    expect(report.created).toBe(195);
    // Spreadsheet rows: the header is row 1, project i is row i + 1.
    expect(report.errors.map((e) => e.line)).toEqual([11, 51, 91, 131, 171]);
    expect(report.errors[0]!.message).toMatch(/Nom du projet manquant/);
    expect(report.errors[1]!.message).toMatch(/nombre entier/);
    expect(report.errors[2]!.message).toMatch(/Statut inconnu/);
    expect(report.errors[3]!.message).toMatch(/n’est pas une date/);
    expect(report.errors[4]!.message).toMatch(/précède/);
    expect(listProjects(ws.db)).toHaveLength(195);
    const p2 = listProjects(ws.db).find((p) => p.name === 'Projet 2')!;
    expect(p2).toMatchObject({ callYear: 2022, status: 'closed', theme: 'Prévention' });
    expect(p2.partners.map((x) => x.organisation)).toEqual(['Startup 2']);
    ws.close();
  });

  it('round-trips the demo portfolio through XLSX and CSV into an empty workspace', async () => {
    const demo = tempWorkspace({ demo: true });
    const xlsx = await exportPortfolio(demo.db, { format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Organisations', 'Projets', 'Partenaires']);
    const funding = wb
      .getWorksheet('Partenaires')!
      .getColumn(4)
      .values.filter((v) => typeof v === 'number');
    expect(funding).toHaveLength(4); // real numbers, not text
    const empty = tempWorkspace();
    for (const entity of ['organisations', 'projects', 'partners'] as const) {
      const r = await importPortfolio(empty.db, {
        entity,
        fileName: 'portefeuille.xlsx',
        contentBase64: xlsx.contentBase64,
      });
      expect(r.errors, entity).toEqual([]);
    }
    expect(
      listProjects(empty.db)
        .map((p) => p.name)
        .sort(),
    ).toEqual(
      listProjects(demo.db)
        .map((p) => p.name)
        .sort(),
    );
    expect(dashboard(empty.db).indicators.totalFundingEur).toBe(
      dashboard(demo.db).indicators.totalFundingEur,
    );
    expect(listOrganisations(empty.db).find((o) => o.name === 'CHU de Brest')!.aliases).toContain(
      'CHRU de Brest',
    );

    const csv = await exportPortfolio(demo.db, { format: 'csv', entity: 'partners' });
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeffProjet;Organisation;Rôle;Financement (€)')).toBe(true);
    const again = tempWorkspace();
    await importPortfolio(again.db, {
      entity: 'projects',
      fileName: 'p.xlsx',
      contentBase64: xlsx.contentBase64,
    });
    const r = await importPortfolio(again.db, {
      entity: 'partners',
      fileName: 'partenaires.csv',
      contentBase64: csv.contentBase64,
    });
    expect(r.errors).toEqual([]);
    expect(dashboard(again.db).indicators.avgFundingPerProjectPerIndustrialEur).toBe(41720);
    demo.close();
    empty.close();
    again.close();
  });

  it('refuses a file it cannot read, and a mapping without the required columns', async () => {
    const ws = tempWorkspace();
    await expect(
      importPortfolio(ws.db, {
        entity: 'projects',
        fileName: 'x.xlsx',
        contentBase64: Buffer.from('pas un classeur').toString('base64'),
      }),
    ).rejects.toThrow(/illisible/);
    const csv = Buffer.from('Titre;Année\nA;2021\n').toString('base64');
    await expect(
      importPortfolio(ws.db, { entity: 'projects', fileName: 'x.csv', contentBase64: csv }),
    ).rejects.toThrow(/Colonne obligatoire non associée : « Nom du projet »/);
    const r = await importPortfolio(ws.db, {
      entity: 'projects',
      fileName: 'x.csv',
      contentBase64: csv,
      mapping: { name: 0, callYear: 1 },
    });
    expect(r.created).toBe(1);
    ws.close();
  });
});
