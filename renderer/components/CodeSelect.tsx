import type { Lang } from '../../shared/i18n';
import { codeLabel, type CodeIndex } from '../lib/codes';

/**
 * A code chosen from the whole codebook: a native <select> (keyboard, type-ahead and screen readers for free)
 * whose options are indented by depth so the tree reads in the list.
 */
export function CodeSelect({
  index,
  value,
  onChange,
  lang,
  emptyLabel,
  exclude,
  showCounts = false,
  id,
  testId,
  ariaLabel,
  className = 'code-select',
  disabled,
}: {
  index: CodeIndex | undefined;
  value: string;
  onChange: (id: string) => void;
  lang: Lang;
  /** The label of the "no code" option; without it there is none. */
  emptyLabel?: string;
  exclude?: ReadonlySet<string>;
  showCounts?: boolean;
  id?: string;
  testId?: string;
  ariaLabel?: string;
  className?: string;
  disabled?: boolean;
}) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
      aria-label={ariaLabel}
      className={className}
      disabled={disabled}
    >
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {index?.ordered
        .filter((code) => !exclude?.has(code.id))
        .map((code) => (
          <option key={code.id} value={code.id}>
            {'\u00a0\u00a0\u00a0'.repeat(index.depth.get(code.id) ?? 0)}
            {codeLabel(code, lang)}
            {showCounts && code.segmentCount ? ` (${code.segmentCount})` : ''}
          </option>
        ))}
    </select>
  );
}
