import ExcelJS from 'exceljs';
import path from 'node:path';
import { parseCsv } from '../../shared/csv';
import { decodeText } from './index';
import { ImportError } from './errors';

export type Cell = string | number | Date | null;

export interface Table {
  header: string[];
  /** Data rows with the 1-based line (or spreadsheet row) number they come from. */
  rows: { line: number; cells: Cell[] }[];
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('result' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v);
}

/**
 * Reads the first sheet of an .xlsx (or a named one) or a .csv (any encoding Terrain reads, comma or
 * semicolon) into a header and rows. Refuses what it cannot read with a French reason.
 */
export async function readTable(fileName: string, bytes: Uint8Array, sheetName?: string): Promise<Table> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    const { rows, lines } = parseCsv(decodeText(bytes).text);
    if (rows.length === 0) throw new ImportError('Fichier vide');
    return {
      header: rows[0]!.map((h) => h.trim()),
      rows: rows.slice(1).map((cells, i) => ({ line: lines[i + 1]!, cells })),
    };
  }
  if (ext !== '.xlsx')
    throw new ImportError(
      `Format non pris en charge (${ext || 'sans extension'}) : importez un .xlsx ou un .csv`,
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportError('Classeur .xlsx illisible ou endommagé');
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet)
    throw new ImportError(
      sheetName ? `Feuille « ${sheetName} » introuvable` : 'Le classeur ne contient aucune feuille',
    );
  const rows: { line: number; cells: Cell[] }[] = [];
  let header: string[] | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
    if (!header) {
      header = values.map((v) => (v === null ? '' : String(v).trim()));
      return;
    }
    if (values.some((v) => v !== null && String(v).trim() !== '')) rows.push({ line: number, cells: values });
  });
  if (!header) throw new ImportError('La feuille est vide');
  return { header, rows };
}
