import { strToU8, zipSync } from 'fflate';
import { toCsv } from '../../shared/csv';
import type { ReportModel } from '../../shared/api/reports';
import type { ReportTable } from './tables';

/**
 * The report as CSV: one file per table (projects, partners, sites, steps, challenges, matrix, verbatims…)
 * in one ZIP archive, since a report is several tables and one CSV file holds one. Each file is what a
 * spreadsheet opens without a question: UTF-8 with a BOM, semicolons in French (French Excel's separator) and
 * commas in English; numbers unformatted (euros as whole numbers), dates as YYYY-MM-DD, yes/no for booleans.
 */
export function reportCsvZip(model: ReportModel, tables: ReportTable[]): Buffer {
  const separator = model.lang === 'fr' ? ';' : ',';
  const yes = model.lang === 'fr' ? 'oui' : 'yes';
  const no = model.lang === 'fr' ? 'non' : 'no';
  const files: Record<string, Uint8Array> = {};
  const mtime = new Date(model.generatedAt);
  for (const t of tables) {
    const rows = t.rows.map((r) =>
      r.map((v) =>
        v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'boolean' ? (v ? yes : no) : v,
      ),
    );
    const csv = '\ufeff' + toCsv([t.columns.map((c) => c.header), ...rows], separator);
    files[`${t.file}.csv`] = strToU8(csv);
  }
  return Buffer.from(zipSync(files, { level: 6, mtime }));
}
