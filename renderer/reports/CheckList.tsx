import { useId, useState } from 'react';
import { useT } from '../i18n';

export interface CheckItem {
  id: string;
  label: string;
  /** A second, muted line (a date, "sans transcription"…). */
  hint?: string | null;
}

/**
 * A multi-select as a list of checkboxes with "all" and "none", and a filter once the list is long. Used for
 * the projects and interviews a report or an export covers.
 */
export function CheckList({
  legend,
  items,
  chosen,
  onToggle,
  onAll,
  onNone,
  testId,
  disabled = false,
  legendHidden = false,
}: {
  legend: string;
  items: readonly CheckItem[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onAll: () => void;
  onNone: () => void;
  testId?: string;
  disabled?: boolean;
  /** The legend is read to screen readers only (a heading above already names the list). */
  legendHidden?: boolean;
}) {
  const t = useT();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = normalise(filter.trim());
  const shown = needle ? items.filter((i) => normalise(i.label).includes(needle)) : items;
  const count = items.filter((i) => chosen.has(i.id)).length;

  return (
    <fieldset className="rp-checklist" data-testid={testId} disabled={disabled}>
      <legend className={legendHidden ? 'sr-only' : 'rp-label'}>{legend}</legend>
      <div className="rp-checklist-head">
        <span className="muted small" aria-live="polite">
          {t('rpt.select.count', { n: count, total: items.length })}
        </span>
        <span className="rp-checklist-actions">
          <button
            type="button"
            className="link-button"
            onClick={onAll}
            disabled={count === items.length}
            aria-label={`${legend} — ${t('rpt.select.all')}`}
          >
            {t('rpt.select.all')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={onNone}
            disabled={count === 0}
            aria-label={`${legend} — ${t('rpt.select.none')}`}
          >
            {t('rpt.select.none')}
          </button>
        </span>
      </div>
      {items.length > 8 ? (
        <input
          type="search"
          className="rp-checklist-filter"
          placeholder={t('rpt.select.filter')}
          aria-label={`${legend} — ${t('rpt.select.filter')}`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      ) : null}
      {items.length === 0 ? (
        <p className="muted small">{t('rpt.select.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="muted small">{t('rpt.select.noMatch')}</p>
      ) : (
        <ul className="rp-checklist-items">
          {shown.map((item) => (
            <li key={item.id}>
              <label className="rp-check">
                <input
                  type="checkbox"
                  checked={chosen.has(item.id)}
                  onChange={() => onToggle(item.id)}
                  aria-describedby={item.hint ? `${id}-${item.id}` : undefined}
                />
                <span className="rp-check-text">
                  <span className="rp-check-label">{item.label}</span>
                  {item.hint ? (
                    <span id={`${id}-${item.id}`} className="rp-check-hint">
                      {item.hint}
                    </span>
                  ) : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** Lower case without accents: "societe" finds "Société", as the users type. */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
