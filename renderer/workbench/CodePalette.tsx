import { useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { CodeNode } from '../../shared/domain';
import { Dialog } from './Dialog';
import { useT } from '../i18n';
import { codeColor, codeLabel, codePath, type CodeIndex } from '../lib/codes';
import { rankCodes } from './rank';

const MAX_SHOWN = 80;

/**
 * The type-ahead code palette. Type to filter; ↑/↓ move; Space ticks the highlighted code (after moving with
 * the arrows — before, Space types a space); Enter applies the ticked codes and the highlighted one; Escape
 * closes. Clicking a code applies it (with the ticked ones); clicking its box ticks it.
 */
export function CodePalette({
  codes,
  title,
  context,
  applied,
  applyLabel,
  onApply,
  onClose,
}: {
  codes: CodeIndex;
  title: string;
  /** The passage being coded, shown for context. */
  context?: string;
  /** Codes already on the segment: shown, not applicable again. */
  applied?: ReadonlySet<string>;
  applyLabel: string;
  onApply: (codeIds: string[]) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [ticked, setTicked] = useState<string[]>([]);
  /** True after ↑/↓: Space then ticks instead of typing. */
  const [navigating, setNavigating] = useState(false);
  const listId = useId();
  const hintId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  const results = useMemo(() => rankCodes(codes, query, t.lang), [codes, query, t.lang]);
  const shown = results.slice(0, MAX_SHOWN);
  const current = shown[Math.min(active, shown.length - 1)];
  const optionId = (id: string) => `${listId}-${id}`;

  const isApplied = (id: string) => applied?.has(id) ?? false;
  const toggle = (id: string) => {
    if (isApplied(id)) return;
    setTicked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  };
  const withCode = (extra?: CodeNode) => {
    const ids = [...ticked];
    if (extra && !isApplied(extra.id) && !ids.includes(extra.id)) ids.push(extra.id);
    return ids;
  };
  const apply = (extra?: CodeNode) => {
    const ids = withCode(extra);
    if (ids.length) onApply(ids);
  };
  const willApply = withCode(current).length;
  const move = (delta: number) => {
    if (shown.length === 0) return;
    const next = (Math.min(active, shown.length - 1) + delta + shown.length) % shown.length;
    setActive(next);
    setNavigating(true);
    const el = listRef.current?.children[next] as HTMLElement | undefined;
    el?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <Dialog title={title} onClose={onClose} className="palette" testId="code-palette">
      {context ? <p className="palette-context">{context}</p> : null}
      <input
        type="text"
        className="palette-input"
        data-autofocus
        value={query}
        placeholder={t('wb.palette.placeholder')}
        role="combobox"
        aria-label={t('wb.palette.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current.id) : undefined}
        aria-describedby={hintId}
        data-testid="code-palette-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setNavigating(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            move(1);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            move(-1);
          } else if (e.key === ' ' && (navigating || e.ctrlKey) && current) {
            e.preventDefault();
            toggle(current.id);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            apply(current);
          }
        }}
      />
      <ul
        ref={listRef}
        id={listId}
        className="palette-list"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('wb.palette.results')}
      >
        {shown.map((code, i) => {
          const done = isApplied(code.id);
          const on = done || ticked.includes(code.id);
          const path = codePath(codes, code.id, t.lang);
          return (
            <li
              key={code.id}
              id={optionId(code.id)}
              role="option"
              aria-selected={on}
              aria-disabled={done || undefined}
              className={`palette-option${i === active ? ' active' : ''}${done ? ' applied' : ''}`}
              style={{ '--code': codeColor(codes, code.id) } as CSSProperties}
              data-testid="code-palette-option"
              data-code-id={code.id}
              onMouseMove={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault() /* keep the focus in the input */}
              onClick={() => (done ? undefined : apply(code))}
            >
              <span
                className={`palette-tick${on ? ' on' : ''}`}
                aria-hidden="true"
                onClick={(e) => {
                  e.stopPropagation();
                  toggle(code.id);
                }}
              >
                {on ? '✓' : ''}
              </span>
              <span className="code-dot" aria-hidden="true" />
              <span className="palette-name">
                {codeLabel(code, t.lang)}
                {path.length > 1 ? (
                  <span className="palette-path">{path.slice(0, -1).join(' › ')}</span>
                ) : null}
              </span>
              {done ? <span className="palette-badge">{t('wb.palette.already')}</span> : null}
              {i === active && !done ? (
                <kbd className="palette-enter" aria-hidden="true">
                  ↵
                </kbd>
              ) : null}
            </li>
          );
        })}
      </ul>
      {shown.length === 0 ? <p className="palette-empty">{t('wb.palette.noMatch', { query })}</p> : null}
      {results.length > MAX_SHOWN ? (
        <p className="palette-more muted small">{t('wb.palette.more', { n: results.length - MAX_SHOWN })}</p>
      ) : null}
      <div className="palette-foot">
        <p id={hintId} className="palette-hint">
          {t('wb.palette.hint')}
        </p>
        <button
          type="button"
          className="btn primary"
          disabled={willApply === 0}
          onClick={() => apply(current)}
          data-testid="code-palette-apply"
        >
          {willApply > 1 ? t('wb.palette.applyN', { n: willApply }) : applyLabel}
        </button>
      </div>
    </Dialog>
  );
}
