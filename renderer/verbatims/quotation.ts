import type { VerbatimRow } from '../../shared/domain';
import { localeOf, translate, type Lang } from '../../shared/i18n';
import { parseDate } from '../lib/format';

/** A date as a citation spells it: `14 février 2023` / `14 February 2023`. */
export function citationDate(lang: Lang, value: string | null): string {
  if (!value) return '';
  const date = parseDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
}

/**
 * A verbatim ready to paste in a report:
 *   « quote » — Pseudonym, Organisation, 14 février 2023 (Entretien « title »)
 * Only the pseudonym names the person (never the speaker's real name); missing parts are left out.
 */
export function formatQuotation(
  row: Pick<VerbatimRow, 'quote' | 'pseudonym' | 'organisation' | 'interviewDate' | 'interviewTitle'>,
  lang: Lang,
): string {
  const quote = row.quote.replace(/\s+/g, ' ').trim();
  const source = [row.pseudonym?.trim(), row.organisation?.trim(), citationDate(lang, row.interviewDate)]
    .filter(Boolean)
    .join(', ');
  return translate(lang, source ? 'vb.quotation' : 'vb.quotationNoSource', {
    quote,
    source,
    title: row.interviewTitle,
  });
}
