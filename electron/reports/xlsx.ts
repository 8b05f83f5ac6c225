import ExcelJS from 'exceljs';
import type { ReportModel } from '../../shared/api/reports';
import type { ReportTable } from './tables';

/**
 * The report as a workbook: one sheet per table, a bold frozen header row with filters, real numbers (euros
 * with a € format), real dates (Date cells shown dd/mm/yyyy in French, yyyy-mm-dd in English), long texts
 * wrapped.
 */
export async function reportXlsx(model: ReportModel, tables: ReportTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Terrain';
  wb.title = model.cover.title;
  wb.subject = model.cover.subtitle;
  wb.created = new Date(model.generatedAt);
  const dateFormat = model.lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  const names = new Set<string>();
  for (const t of tables) {
    let name = t.name.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31);
    while (names.has(name)) name = `${name.slice(0, 28)} ${names.size}`;
    names.add(name);
    const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = t.columns.map((c, i) => {
      const longest = Math.max(
        c.header.length,
        ...t.rows.slice(0, 200).map((r) => {
          const v = r[i];
          return v instanceof Date
            ? 10
            : typeof v === 'number'
              ? 12
              : v === null || v === undefined
                ? 0
                : String(v).length;
        }),
      );
      return {
        header: c.header,
        width:
          c.type === 'longtext'
            ? 60
            : c.type === 'date'
              ? 13
              : c.type === 'eur'
                ? 15
                : c.type === 'bool'
                  ? 11
                  : Math.min(48, Math.max(10, longest + 2)),
        style:
          c.type === 'eur'
            ? { numFmt: '#,##0 "€"' }
            : c.type === 'date'
              ? { numFmt: dateFormat }
              : c.type === 'longtext'
                ? { alignment: { wrapText: true, vertical: 'top' } }
                : { alignment: { vertical: 'top' } },
      };
    });
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EFFA' } };
    header.alignment = { vertical: 'middle', wrapText: true };
    for (const row of t.rows) sheet.addRow(row.map((v) => (v === null ? null : v)));
    for (const i of t.strongRows ?? []) {
      const row = sheet.getRow(i + 2);
      row.font = { bold: true };
      row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFBEEEC' } };
    }
    if (t.rows.length > 0)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
