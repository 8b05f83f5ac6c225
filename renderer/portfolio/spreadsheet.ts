import type { PortfolioImportReport } from '../../shared/api/portfolio';
import { PORTFOLIO_FIELDS, type PortfolioEntity } from '../../shared/portfolio-fields';

/** A spreadsheet's column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** The required fields no column is mapped to (the import cannot run without them). */
export function missingRequired(entity: PortfolioEntity, mapping: Record<string, number | null>): string[] {
  return PORTFOLIO_FIELDS[entity]
    .filter((f) => f.required && (mapping[f.key] ?? null) === null)
    .map((f) => f.key);
}

/** How many lines an import would write (those the dry run did not refuse). */
export function importableRows(report: PortfolioImportReport): number {
  return report.rows.length
    ? report.rows.filter((r) => r.action !== 'error').length
    : report.created + report.updated;
}
