import { useMemo } from 'react';
import {
  localeOf,
  translate,
  translateCount,
  type Lang,
  type MessageKey,
  type Params,
  type PluralKey,
} from '../shared/i18n';
import { useLangStore } from './stores/lang';

/** The translation function of the current language, with the language and a plural-aware variant. */
export interface T {
  (key: MessageKey, params?: Params): string;
  lang: Lang;
  locale: string;
  /** `t.count('interviews.count', 8)` → "8 entretiens". */
  count: (key: PluralKey, count: number, params?: Params) => string;
}

export function makeT(lang: Lang): T {
  const t = ((key: MessageKey, params?: Params) => translate(lang, key, params)) as T;
  t.lang = lang;
  t.locale = localeOf(lang);
  t.count = (key, count, params) => translateCount(lang, key, count, params);
  return t;
}

/** Every UI string goes through this hook; components re-render when the language changes. */
export function useT(): T {
  const lang = useLangStore((s) => s.lang);
  return useMemo(() => makeT(lang), [lang]);
}
