import type { ReactNode } from 'react';
import { MATRIX_UNITS, type MatrixUnit } from '../../shared/analysis';
import { useT } from '../i18n';
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

/** What the matrix and the charts count (passages, interviews, people…), chosen the same way in each. */
export function UnitField({
  value,
  onChange,
  testId,
}: {
  value: MatrixUnit;
  onChange: (unit: MatrixUnit) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <label className="an-field">
      <span>{t('an.matrix.unit')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as MatrixUnit)} data-testid={testId}>
        {MATRIX_UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`an.unit.${u}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
