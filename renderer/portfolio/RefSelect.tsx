import type { ReferenceItem } from '../../shared/domain';
import { useT } from '../i18n';
import { refItemLabel } from '../lib/refs';

/**
 * A select over one of the workspace's reference lists. The value is the item's key, or its French label
 * with `byLabel` (regions are stored by name). A stored value the list no longer has stays selectable, so
 * editing a record never drops it silently. With `groups`, items are grouped under their parent's label.
 */
export function RefSelect({
  id,
  items,
  value,
  onChange,
  byLabel = false,
  numbered = false,
  groups,
  emptyLabel,
  testId,
  ariaLabel,
}: {
  id?: string;
  items: readonly ReferenceItem[];
  value: string;
  onChange: (value: string) => void;
  byLabel?: boolean;
  numbered?: boolean;
  groups?: readonly ReferenceItem[];
  emptyLabel?: string;
  testId?: string;
  ariaLabel?: string;
}) {
  const t = useT();
  const valueOf = (item: ReferenceItem) => (byLabel ? item.labelFr : item.key);
  const known = items.some((i) => valueOf(i) === value);
  const option = (item: ReferenceItem, i: number) => (
    <option key={item.key} value={valueOf(item)}>
      {numbered ? `${i + 1}. ` : ''}
      {refItemLabel(item, t.lang)}
    </option>
  );
  const grouped = groups?.length
    ? groups
        .map((g) => ({ group: g, members: items.filter((i) => i.parentKey === g.key) }))
        .filter((g) => g.members.length)
    : null;
  const loose = grouped ? items.filter((i) => !groups!.some((g) => g.key === i.parentKey)) : items;
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
      aria-label={ariaLabel}
    >
      <option value="">{emptyLabel ?? t('pf.notSet')}</option>
      {value && !known ? <option value={value}>{value}</option> : null}
      {grouped?.map(({ group, members }) => (
        <optgroup key={group.key} label={refItemLabel(group, t.lang)}>
          {members.map((m) => option(m, items.indexOf(m)))}
        </optgroup>
      ))}
      {loose.map((item) => option(item, items.indexOf(item)))}
    </select>
  );
}
