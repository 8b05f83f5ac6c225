import type { ReactNode } from 'react';
import { shorten } from './charts';

/**
 * Legend settings shared by the analysis charts: series in the order given (not alphabetical), names in the
 * text colour (a yellow series name on white would be unreadable; the swatch carries the colour).
 */
export const legendProps = {
  wrapperStyle: { fontSize: 12 },
  itemSorter: null,
  formatter: (value: unknown): ReactNode => (
    <span className="an-legend-text" title={String(value)}>
      {shorten(String(value), 48)}
    </span>
  ),
} as const;
