import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n';
import { fold } from '../lib/text';

export interface Option {
  value: string;
  label: string;
  /** Indentation (for codes). */
  depth?: number;
}

/**
 * A compact multiple choice: a button showing how many are chosen, opening a list of checkboxes (with a
 * search field when the list is long). Built on <details>, so it opens with Enter or Space; Escape or a
 * click elsewhere closes it.
 */
export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  testId,
  allLabel,
}: {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  testId?: string;
  /** What an empty choice means ("Tous"). */
  allLabel?: string;
}) {
  const t = useT();
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const chosen = new Set(selected);
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = words.length
    ? options.filter((o) => {
        const text = fold(o.label);
        return words.every((w) => text.includes(w));
      })
    : options;
  const toggle = (value: string) =>
    onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  const summary =
    selected.length === 0
      ? (allLabel ?? t('an.filter.all'))
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
        : t('an.filter.nSelected', { n: selected.length });

  return (
    <details
      ref={ref}
      className={`an-multi${selected.length ? ' active' : ''}`}
      data-testid={testId}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          e.stopPropagation();
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary aria-label={`${label} : ${summary}`}>
        <span className="an-multi-label">{label}</span>
        <span className="an-multi-value">{summary}</span>
      </summary>
      {open ? (
        <div className="an-multi-pop">
          {options.length > 10 ? (
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('an.filter.search')}
              aria-label={t('an.filter.searchIn', { label })}
              aria-controls={listId}
              autoFocus
            />
          ) : null}
          <ul id={listId} role="group" aria-label={label}>
            {shown.length === 0 ? <li className="muted small">{t('an.filter.noOption')}</li> : null}
            {shown.map((o) => (
              <li key={o.value} style={o.depth ? { paddingLeft: o.depth * 14 } : undefined}>
                <label>
                  <input type="checkbox" checked={chosen.has(o.value)} onChange={() => toggle(o.value)} />
                  <span>{o.label}</span>
                </label>
              </li>
            ))}
          </ul>
          {selected.length ? (
            <button type="button" className="btn ghost small-btn" onClick={() => onChange([])}>
              {t('an.filter.clearOne')}
            </button>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
