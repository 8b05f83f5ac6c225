import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { demoPeople } from '../../db/seed/demo-content';

/** Helpers for the report tests: the names to look for, and each format's text as a reader gets it. */

/** Every written form of every demo person: full names, first names, surnames, aliases. */
export const demoNameForms: string[] = demoPeople.flatMap((d) => [
  d.fullName,
  d.fullName.split(' ')[0]!,
  d.fullName.split(' ').slice(1).join(' '),
  ...d.aliases,
]);

export async function docxText(bytes: Buffer): Promise<{ html: string; text: string }> {
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  const text = (await mammoth.extractRawText({ buffer: bytes })).value;
  return { html, text };
}

/** pdftotext (poppler), reading order. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export async function xlsxWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every cell's text of every sheet, and the sheets' names. */
export function xlsxText(wb: ExcelJS.Workbook): string {
  const parts: string[] = [];
  wb.eachSheet((sheet) => {
    parts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join('\n');
}

export function zipTexts(bytes: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text a browser shows of an HTML file (tags out, entities decoded). */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
