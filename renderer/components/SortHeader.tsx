import { useT } from '../i18n';

export interface Sort<K extends string> {
  key: K;
  dir: 'asc' | 'desc';
}

/** Clicking the active column flips the direction; another column sorts ascending. */
export function nextSort<K extends string>(current: Sort<K>, key: K): Sort<K> {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}

/** A column header that sorts the table; aria-sort tells assistive technology the current order. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
  className,
}: {
  column: K;
  label: string;
  sort: Sort<K>;
  onSort: (key: K) => void;
  className?: string;
}) {
  const t = useT();
  const active = sort.key === column;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className={`sort-button${active ? ' active' : ''}`}
        onClick={() => onSort(column)}
        title={t('common.sortBy', { column: label })}
      >
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
