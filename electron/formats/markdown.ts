/**
 * Markdown import: the text is kept, the markup goes (emphasis markers, heading hashes, list markers,
 * block quotes, link targets, code fences). A bold label opening a line ("**Marie :**", "**Marie** :")
 * is a speaker label even when its shape would be unusual in plain text.
 */

const ESCAPABLE = '\\`*_{}[]()#+-.!>~|';
const PLACEHOLDER_BASE = 0xe000;

const FENCE = /^[ \t]{0,3}(```|~~~)/;
const RULE = /^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/;
const HEADING_CLOSE = /[ \t]+#+[ \t]*$/;
const QUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/;
const LIST = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const BOLD_LABEL =
  /^(?:(\*\*|__)[^*_\n]{1,60}?[ \t\u00A0\u202F]*[:：][ \t]*\1|(\*\*|__)[^*_:：\n]{1,60}?\2[ \t\u00A0\u202F]*[:：])/;

function protectEscapes(line: string): string {
  return line.replace(/\\(.)/g, (whole, ch: string) => {
    const i = ESCAPABLE.indexOf(ch);
    return i === -1 ? whole : String.fromCharCode(PLACEHOLDER_BASE + i);
  });
}

function restoreEscapes(line: string): string {
  return line.replace(/[\uE000-\uE012]/g, (ch) => ESCAPABLE[ch.charCodeAt(0) - PLACEHOLDER_BASE]!);
}

/** Inline markup of one line: emphasis, strike-through, code spans, links and images. */
export function stripInline(line: string): string {
  let s = protectEscapes(line);
  s = s.replace(/!?\[([^\]\n]*)\]\([^)\s]*(?:[ \t]+"[^"]*")?\)/g, '$1');
  s = s.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1');
  s = s.replace(/`+([^`]+?)`+/g, '$1');
  s = s.replace(/~~(?=\S)(.*?\S)~~/g, '$1');
  s = s.replace(/\*\*(?=\S)(.*?\S)\*\*/g, '$1');
  s = s.replace(/(?<![\p{L}\p{N}_])__(?=\S)(.*?\S)__(?![\p{L}\p{N}_])/gu, '$1');
  s = s.replace(/(?<![\p{L}\p{N}*])\*(?=[^\s*])(.*?[^\s*])\*(?![\p{L}\p{N}*])/gu, '$1');
  s = s.replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])(.*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1');
  return restoreEscapes(s);
}

/**
 * Plain text of a Markdown document (already normalised: `\n`, NFC) and the offsets of the lines that
 * open with a bold label.
 */
export function stripMarkdown(source: string): { text: string; strongLineStarts: Set<number> } {
  const out: string[] = [];
  const strongLineStarts = new Set<number>();
  let offset = 0;
  let inFence = false;
  for (const raw of source.split('\n')) {
    let line: string;
    let strong = false;
    if (FENCE.test(raw)) {
      inFence = !inFence;
      line = '';
    } else if (inFence) {
      line = raw;
    } else if (RULE.test(raw)) {
      line = '';
    } else {
      let block = raw;
      if (HEADING.test(block)) block = block.replace(HEADING, '').replace(HEADING_CLOSE, '');
      block = block.replace(QUOTE, '').replace(LIST, '');
      strong = BOLD_LABEL.test(block);
      line = stripInline(block).normalize('NFC');
    }
    if (strong) strongLineStarts.add(offset);
    out.push(line);
    offset += line.length + 1;
  }
  return { text: out.join('\n'), strongLineStarts };
}
