import { localeOf, translate, type Lang } from '../../shared/i18n';

const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

/** Amounts in euros, French style whatever the interface language (`45 000 €`): the alliance reports in euros. */
export function formatEuros(amount: number): string {
  return euros.format(amount);
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/**
 * Parses an ISO date or date-time. A bare `YYYY-MM-DD` is a calendar day, read in local time so that it does
 * not shift to the previous day west of UTC.
 */
export function parseDate(value: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `12 mars 2024` / `12 Mar 2024`; an unreadable value is shown as stored. */
export function formatDate(lang: Lang, value: string | null | undefined): string {
  if (!value) return '';
  const date = parseDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', year: 'numeric' }).format(
    date,
  );
}

export function formatDateTime(lang: Lang, value: string | null | undefined): string {
  if (!value) return '';
  const date = parseDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** File sizes in the language's units (Ko/Mo in French, KB/MB in English), base 1024. */
export function formatBytes(lang: Lang, bytes: number): string {
  const units = ['size.bytes', 'size.kb', 'size.mb', 'size.gb'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const n = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(
    value,
  );
  return translate(lang, units[unit]!, { n });
}
