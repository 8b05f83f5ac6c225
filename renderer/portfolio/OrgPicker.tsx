import { useId, useMemo, useRef, useState } from 'react';
import type { Organisation } from '../../shared/domain';
import { useT } from '../i18n';
import { findOrganisationByName, matchedAlias, rankOrganisations } from './filters';

const MAX_OPTIONS = 40;

/**
 * Picks an organisation by typing part of its name or of one of its other names ("CHRU de Brest" finds
 * "CHU de Brest"); when nothing fits, the last option creates it (the caller saves it and answers its id).
 * An ARIA combobox: arrows move through the options, Enter picks, Escape closes.
 */
export function OrgPicker({
  orgs,
  value,
  onChange,
  onCreate,
  label,
  testId,
  preferActorType,
  excludeIds,
  disabled,
  placeholder,
}: {
  orgs: readonly Organisation[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** Creates an organisation with this name and answers its id; absent: no creation from here. */
  onCreate?: (name: string) => Promise<string | null>;
  /** The accessible name of the field (shown by the caller's own label when there is one). */
  label: string;
  testId?: string;
  /** Organisations of this actor type are listed first (industrials for an industrial partner…). */
  preferActorType?: string | null;
  excludeIds?: readonly string[];
  disabled?: boolean;
  placeholder?: string;
}) {
  const t = useT();
  const ids = useId();
  const selected = orgs.find((o) => o.id === value) ?? null;
  const [text, setText] = useState<string | null>(null); // null: show the selected name
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const shown = text ?? selected?.name ?? '';
  const query = text ?? '';

  const options = useMemo(() => {
    const excluded = new Set(excludeIds ?? []);
    const ranked = rankOrganisations(
      orgs.filter((o) => !excluded.has(o.id)),
      query,
      preferActorType,
    ).slice(0, MAX_OPTIONS);
    const list: (
      { kind: 'org'; org: Organisation; alias: string | null } | { kind: 'create'; name: string }
    )[] = ranked.map((org) => ({ kind: 'org', org, alias: matchedAlias(org, query) }));
    if (onCreate && query.trim() && !findOrganisationByName(orgs, query))
      list.push({ kind: 'create', name: query.trim() });
    return list;
  }, [orgs, query, preferActorType, excludeIds, onCreate]);

  const close = () => {
    setOpen(false);
    setText(null);
  };
  const choose = async (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.kind === 'org') {
      onChange(option.org.id);
      close();
      return;
    }
    if (!onCreate) return;
    setCreating(true);
    try {
      const id = await onCreate(option.name);
      if (id) onChange(id);
      close();
    } finally {
      setCreating(false);
    }
  };

  const listId = `${ids}-list`;
  const optionId = (i: number) => `${ids}-opt-${i}`;
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  return (
    <div className="pf-picker">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options.length ? optionId(activeIndex) : undefined}
        autoComplete="off"
        value={shown}
        placeholder={placeholder ?? t('pf.picker.placeholder')}
        disabled={disabled || creating}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (!e.target.value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          // a click on an option lands after the blur: let it happen first
          setTimeout(() => {
            if (document.activeElement !== inputRef.current) close();
          }, 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            if (open && options.length) {
              e.preventDefault();
              void choose(activeIndex);
            }
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      />
      {open && !disabled ? (
        <ul className="pf-picker-list" id={listId} role="listbox" aria-label={label}>
          {options.length === 0 ? (
            <li className="pf-picker-empty" role="presentation">
              {t('pf.picker.noMatch')}
            </li>
          ) : (
            options.map((option, i) => (
              <li
                key={option.kind === 'org' ? option.org.id : '__create__'}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={`${i === activeIndex ? 'active' : ''}${option.kind === 'create' ? ' create' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => void choose(i)}
              >
                {option.kind === 'org' ? (
                  <>
                    <span>{option.org.name}</span>
                    {option.alias ? (
                      <span className="muted small"> {t('pf.picker.alias', { alias: option.alias })}</span>
                    ) : null}
                  </>
                ) : (
                  <span>{t('pf.picker.create', { name: option.name })}</span>
                )}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
