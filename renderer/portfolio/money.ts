/**
 * Amounts in euros as consultants type them: French style (`45 000`, `45000,50`, `45 000 €`), and the
 * variants spreadsheets paste (`45.000`, `45,000.50`, non-breaking spaces as thousands separators).
 */
export type ParsedEuros = { ok: true; value: number | null } | { ok: false };

const SPACES = /[\s\u00a0\u202f'’]/g;

/**
 * Reads an amount: an empty field is `null` (no amount), a negative or unreadable one is refused.
 * - a comma alone is the decimal separator (`45000,50`);
 * - with both a comma and a dot, the last one is the decimal separator (`45.000,50`, `45,000.50`);
 * - a dot alone followed by exactly three digits, or several dots, group thousands (`45.000`, `1.250.000`);
 *   otherwise it is a decimal point (`45000.5`).
 * Values keep at most two decimals (cents).
 */
export function parseEuros(text: string): ParsedEuros {
  let s = text.replace(/€|eur(os?)?/gi, '').replace(SPACES, '');
  if (s === '') return { ok: true, value: null };
  if (!/^[0-9.,]+$/.test(s)) return { ok: false };
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole = '', ...rest] = s.split(decimal);
    if (rest.length !== 1 || !/^\d{1,3}([.,]\d{3})*$/.test(whole)) return { ok: false };
    s = `${whole.split(group).join('')}.${rest[0]}`;
  } else if (lastComma >= 0) {
    const parts = s.split(',');
    if (parts.length !== 2) return { ok: false };
    s = `${parts[0]}.${parts[1]}`;
  } else if (lastDot >= 0) {
    const parts = s.split('.');
    const grouping = parts.length > 2 || parts[1]?.length === 3;
    if (grouping) {
      if (!parts.slice(1).every((p) => p.length === 3) || !parts[0]) return { ok: false };
      s = parts.join('');
    }
  }
  if (!/^\d*(\.\d*)?$/.test(s) || s === '.' || s.startsWith('.') || s.endsWith('.')) return { ok: false };
  const value = Number(s);
  if (!Number.isFinite(value) || value < 0) return { ok: false };
  return { ok: true, value: Math.round(value * 100) / 100 };
}

const grouped = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** An amount written back into an input field, French style without the currency sign (`45 000`). */
export function formatEurosInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Intl writes a narrow no-break space between thousands: a plain space is easier to edit.
  return grouped.format(value).replace(/[\u00a0\u202f]/g, ' ');
}
