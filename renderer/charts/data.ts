import type { Bar } from '../../shared/dashboard';

/** What a chart draws: one bar per category, its label already in the reader's language. */
export interface ChartBar {
  key: string;
  label: string;
  value: number;
  /** Drawn in the highlight colour (a recurring challenge). */
  highlight?: boolean;
}

export type ChartUnit = 'count' | 'eur';
export type ChartLang = 'fr' | 'en';

export const CHART_COLORS = {
  primary: '#1f5fa8',
  funding: '#117a65',
  highlight: '#b03a2e',
  muted: '#aab4c0',
} as const;

/** The dashboard's bars (API data) as chart bars in the given language. */
export function fromDashboard(bars: readonly Bar[], lang: ChartLang): ChartBar[] {
  return bars.map((b) => ({
    key: b.key,
    label: lang === 'en' ? (b.labelEn ?? b.label) : b.label,
    value: b.value,
  }));
}

/** A value as the chart writes it: "41 720 €", or short on an axis ("42 k€"). */
export function formatValue(value: number, unit: ChartUnit, lang: ChartLang, short: boolean): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  if (unit === 'count') return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  if (short && Math.abs(value) >= 1000) {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(value);
  }
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value);
}

/** A label cut at word boundaries into lines of at most maxChars (the last line ends with … if cut short). */
export function wrapLabel(label: string, maxChars: number, maxLines: number): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines)
    return lines.map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1))}…`;
  return kept;
}
