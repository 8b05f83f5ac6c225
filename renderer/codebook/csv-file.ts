import { parseCsv } from '../../shared/csv';

export interface CodeExtras {
  inclusion: string | null;
  exclusion: string | null;
  example: string | null;
}

/**
 * The fields codes.tree leaves out (inclusion and exclusion criteria, example), read from the codebook CSV
 * export, which carries them by code id.
 */
export function extrasFromCsv(csv: string): Map<string, CodeExtras> {
  const { rows } = parseCsv(csv);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [id, inclusion, exclusion, example] = [col('id'), col('inclusion'), col('exclusion'), col('exemple')];
  const out = new Map<string, CodeExtras>();
  if (id < 0) return out;
  const get = (row: string[], i: number) => (i >= 0 && row[i] ? row[i] : null);
  for (const row of rows.slice(1)) {
    const key = row[id];
    if (!key) continue;
    out.set(key, {
      inclusion: get(row, inclusion),
      exclusion: get(row, exclusion),
      example: get(row, example),
    });
  }
  return out;
}

/** Saves text as a file through the browser's download (works the same in Electron and in Chromium). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A BOM so that spreadsheet programs read the accents as UTF-8; the importer skips it.
  const blob = new Blob(['\ufeff', text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
