/**
 * Rich documents (docx, odt) come in as paragraphs of runs with a bold flag. This turns them into the
 * stored text (one line per paragraph) and remembers which lines open with a bold speaker label, so the
 * speaker detection accepts labels it would find too unusual in plain text ("**Cadre de santé :**").
 */
import { normalizeText } from './text';

export interface RichRun {
  text: string;
  bold: boolean;
}

export type RichParagraph = RichRun[];

/** Whether the paragraph opens with bold text that ends with ':' or is followed by ':'. */
export function opensWithBoldLabel(paragraph: RichParagraph): boolean {
  const bold: string[] = [];
  let i = 0;
  // Leading blank runs do not count, whatever their formatting.
  while (i < paragraph.length && paragraph[i]!.text.trim() === '') i++;
  for (; i < paragraph.length && paragraph[i]!.bold; i++) bold.push(paragraph[i]!.text);
  const prefix = bold.join('').trim();
  if (!prefix || prefix.length > 64) return false;
  if (/[:：]$/.test(prefix)) return !/[:：]/.test(prefix.slice(0, -1));
  if (/[:：]/.test(prefix)) return false;
  const after = paragraph
    .slice(i, i + 3)
    .map((r) => r.text)
    .join('');
  return /^[\s\u00A0\u202F]*[:：]/.test(after);
}

export function assembleRichText(paragraphs: RichParagraph[]): {
  text: string;
  strongLineStarts: Set<number>;
} {
  const lines: string[] = [];
  const strongLineStarts = new Set<number>();
  let offset = 0;
  for (const paragraph of paragraphs) {
    // A paragraph starts with a '\n'-free boundary, so normalising each one keeps the offsets of the whole.
    const line = normalizeText(paragraph.map((r) => r.text).join(''));
    if (opensWithBoldLabel(paragraph)) strongLineStarts.add(offset);
    lines.push(line);
    offset += line.length + 1;
  }
  // Trailing empty paragraphs are layout, not content.
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return { text: lines.join('\n'), strongLineStarts };
}
