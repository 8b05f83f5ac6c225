import type { PortfolioImportPreview, PortfolioImportReport } from '../../shared/api/portfolio';
import { PORTFOLIO_FIELDS, suggestMapping, type PortfolioEntity } from '../../shared/portfolio-fields';
import { TerrainError } from '../../shared/errors';
import type { Db } from '../../db/workspace';
import { importPortfolioRows } from '../../db/portfolio-import';
import { readTable, type Table } from '../formats/spreadsheet';
import { ImportError } from '../formats';
import { portfolioCsv, portfolioXlsx, SHEET_NAMES } from '../formats/portfolio-export';

async function table(entity: PortfolioEntity, fileName: string, contentBase64: string): Promise<Table> {
  const bytes = Buffer.from(contentBase64, 'base64');
  try {
    // A workbook exported by Terrain has one sheet per entity: read the matching one when it is there.
    return await readTable(fileName, bytes, SHEET_NAMES[entity]).catch(() => readTable(fileName, bytes));
  } catch (err) {
    if (err instanceof ImportError) throw new TerrainError('invalid_input', err.reason);
    throw err;
  }
}

function checkMapping(
  entity: PortfolioEntity,
  mapping: Record<string, number | null>,
  header: string[],
): void {
  for (const field of PORTFOLIO_FIELDS[entity]) {
    const col = mapping[field.key];
    if (field.required && (col === null || col === undefined)) {
      throw new TerrainError('invalid_input', `Colonne obligatoire non associée : « ${field.labelFr} ».`);
    }
    if (col !== null && col !== undefined && col >= header.length) {
      throw new TerrainError('invalid_input', `La colonne ${col + 1} n’existe pas dans le fichier.`);
    }
  }
}

export async function previewPortfolioImport(
  db: Db,
  input: {
    entity: PortfolioEntity;
    fileName: string;
    contentBase64: string;
    mapping?: Record<string, number | null>;
  },
): Promise<PortfolioImportPreview> {
  const t = await table(input.entity, input.fileName, input.contentBase64);
  const mapping = input.mapping ?? suggestMapping(input.entity, t.header);
  const missing = PORTFOLIO_FIELDS[input.entity].some((f) => f.required && (mapping[f.key] ?? null) === null);
  const report: PortfolioImportReport = missing
    ? { created: 0, updated: 0, errors: [], rows: [] }
    : importPortfolioRows(db, input.entity, t.rows, mapping, { dryRun: true });
  return {
    entity: input.entity,
    header: t.header,
    mapping,
    sample: t.rows
      .slice(0, 10)
      .map((r) =>
        r.cells.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c))),
      ),
    report,
  };
}

export async function importPortfolio(
  db: Db,
  input: {
    entity: PortfolioEntity;
    fileName: string;
    contentBase64: string;
    mapping?: Record<string, number | null>;
  },
): Promise<PortfolioImportReport> {
  const t = await table(input.entity, input.fileName, input.contentBase64);
  const mapping = input.mapping ?? suggestMapping(input.entity, t.header);
  checkMapping(input.entity, mapping, t.header);
  return importPortfolioRows(db, input.entity, t.rows, mapping);
}

export async function exportPortfolio(
  db: Db,
  input: { format: 'csv' | 'xlsx'; entity?: PortfolioEntity },
): Promise<{ fileName: string; contentBase64: string }> {
  if (input.format === 'xlsx')
    return { fileName: 'portefeuille.xlsx', contentBase64: (await portfolioXlsx(db)).toString('base64') };
  const entity = input.entity ?? 'projects';
  return {
    fileName: `${SHEET_NAMES[entity].toLowerCase()}.csv`,
    contentBase64: portfolioCsv(db, entity).toString('base64'),
  };
}
