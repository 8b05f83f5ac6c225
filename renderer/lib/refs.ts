import type { ReferenceItem, ReferenceLists } from '../../shared/domain';
import type { Lang } from '../../shared/i18n';

/**
 * Reference lists come from the workspace (`taxonomies.get`), keyed by taxonomy: 'method-step',
 * 'lifecycle-stage', 'deployment-step', 'actor-type', 'challenge', 'region'…
 */
export function refItems(lists: ReferenceLists | undefined, taxonomy: string): ReferenceItem[] {
  return [...(lists?.[taxonomy] ?? [])].sort((a, b) => a.order - b.order);
}

export function refItemLabel(item: ReferenceItem, lang: Lang): string {
  return (lang === 'en' ? item.labelEn : item.labelFr) || item.labelFr || item.key;
}

/** The label of `key` in a reference list, in the interface language; the key itself when the list lacks it. */
export function refLabel(
  lists: ReferenceLists | undefined,
  taxonomy: string,
  key: string | null | undefined,
  lang: Lang,
): string | null {
  if (!key) return null;
  const item = lists?.[taxonomy]?.find((i) => i.key === key);
  return item ? refItemLabel(item, lang) : key;
}
