/** Pure helpers for the analysis charts (unit-tested): series colours, label shortening, chart rows. */
import type { MatrixResult } from '../../shared/analysis';
import { cellValue } from './model';

/**
 * Categorical colours that colour-blind readers can tell apart (Okabe–Ito first, then darker companions);
 * the legend and the tooltip always name the series, colour is never the only signal.
 */
export const SERIES_COLORS: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0C808',
  '#4D4D4D',
  '#7A5195',
  '#2F8F83',
  '#B5523B',
  '#8C8C3A',
];

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length]!;
}

/** Shortens a label for an axis tick (the tooltip shows it whole). */
export function shorten(label: string, max = 34): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

export interface ChartRow {
  codeId: string;
  label: string;
  total: number;
  /** By column key (kept apart from the fields above whatever the keys are). */
  values: Record<string, number>;
}

/**
 * One chart row per matrix row that has any evidence (children marked "↳ " under their parent), one value
 * per column: its count, or its share of the column in percent.
 */
export function chartRows(
  data: MatrixResult,
  options: { normalise: boolean; lang: string; topLevelOnly?: boolean },
): ChartRow[] {
  return data.rows
    .filter((r) => r.total.count > 0 && (!options.topLevelOnly || r.depth === 0))
    .map((r) => {
      const name = options.lang === 'en' && r.nameEn ? r.nameEn : r.name;
      const values: Record<string, number> = {};
      for (const col of data.columns)
        values[col.key] = Math.round(cellValue(r.cells[col.key], col.size, options.normalise) * 10) / 10;
      return {
        codeId: r.codeId,
        label:
          r.depth > 0 && !options.topLevelOnly
            ? `${'\u00a0\u00a0\u00a0'.repeat(r.depth - 1)}↳ ${name}`
            : name,
        total: r.total.count,
        values,
      };
    });
}

/**
 * The same matrix turned on its side, one chart row per column (e.g. per year), one value per matrix row:
 * the shape of an evolution chart.
 */
export function columnRows(
  data: MatrixResult,
  options: { normalise: boolean; rowIds: readonly string[] },
): { key: string; label: string; values: Record<string, number> }[] {
  const byId = new Map(data.rows.map((r) => [r.codeId, r]));
  return data.columns.map((col) => {
    const values: Record<string, number> = {};
    for (const id of options.rowIds)
      values[id] = Math.round(cellValue(byId.get(id)?.cells[col.key], col.size, options.normalise) * 10) / 10;
    return { key: col.key, label: col.label, values };
  });
}
