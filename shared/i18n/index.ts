import { en } from './en';
import { fr, type MessageKey, type Messages } from './fr';

export type { MessageKey, Messages } from './fr';

/** The interface languages: French first (the users' language), English second. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export const DEFAULT_LANG: Lang = 'fr';

export const catalogues: Readonly<Record<Lang, Messages>> = { fr, en };

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

/** The BCP 47 locale used for dates and numbers in each language. */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

export type Params = Readonly<Record<string, string | number>>;

/** Keys that have plural forms (`<base>.one` and `<base>.other`), named by their base. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` with params.name; an unknown placeholder is left as written so the gap shows. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholders a message uses, sorted (for consistency checks between catalogues). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/** The message for `key` in `lang` (French when missing), with `{placeholders}` filled from params. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogues[lang][key] ?? fr[key] ?? key;
  return interpolate(template, params);
}

/**
 * A message with a count: picks `<key>.one` or `<key>.other` by the language's plural rules (in French 0 and 1
 * are singular) and fills `{count}` with the number formatted for the language.
 */
export function translateCount(lang: Lang, key: PluralKey, count: number, params?: Params): string {
  const form = new Intl.PluralRules(localeOf(lang)).select(count) === 'one' ? 'one' : 'other';
  const formatted = new Intl.NumberFormat(localeOf(lang)).format(count);
  return translate(lang, `${key}.${form}` as MessageKey, { ...params, count: formatted });
}
