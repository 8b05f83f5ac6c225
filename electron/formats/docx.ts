/**
 * Word (.docx) import: the main document part's paragraphs become lines, tracked deletions are left out
 * and insertions kept, bold text opening a paragraph and ending with ':' marks a speaker label.
 */
import {
  type Element,
  type Node,
  CDATA_SECTION_NODE,
  TEXT_NODE,
  childElements,
  compoundFileHasStream,
  firstChild,
  isCompoundFile,
  isElement,
  isZip,
  parseXml,
  readZip,
} from './container';
import { ImportError } from './errors';
import type { RichParagraph, RichRun } from './rich';

const W = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export const DOCX_UNREADABLE = 'Fichier .docx illisible ou tronqué';
export const DOCX_PROTECTED =
  'Document .docx protégé par mot de passe : enregistrez-le sans mot de passe puis réimportez-le';
export const DOCX_NOT_WORD = 'Ce fichier .docx ne contient pas de document Word';
export const DOC_LEGACY =
  'Document Word 97-2003 (.doc) : ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx puis réimportez-le';

/** Elements whose content is never text of the document body. */
const SKIP = new Set([
  'pPr',
  'rPr',
  'sectPr',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'drawing',
  'pict',
  'object',
  'AlternateContent',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'annotationRef',
  'sdtPr',
  'sdtEndPr',
]);

function attr(el: Element, name: string): string | null {
  for (const ns of W) {
    const v = el.getAttributeNS(ns, name);
    if (v !== null && v !== '') return v;
  }
  return el.getAttribute(`w:${name}`);
}

/** `<w:b/>` is on; `<w:b w:val="0|false|off"/>` is off; absent is undefined. */
function boldOf(rPr: Element | null): boolean | undefined {
  if (!rPr) return undefined;
  const b = firstChild(rPr, W, 'b');
  if (!b) return undefined;
  const val = attr(b, 'val');
  return !(val === '0' || val === 'false' || val === 'off' || val === 'none');
}

/** Bold per style id, following basedOn chains (styles.xml). */
function readStyles(stylesXml: Uint8Array | undefined): (id: string | null) => boolean | undefined {
  if (!stylesXml) return () => undefined;
  let doc;
  try {
    doc = parseXml(stylesXml, DOCX_UNREADABLE);
  } catch {
    return () => undefined; // a broken styles part only costs the bold hints
  }
  const own = new Map<string, { bold: boolean | undefined; basedOn: string | null }>();
  for (const style of childElements(doc.documentElement!, W, 'style')) {
    const id = attr(style, 'styleId');
    if (!id) continue;
    const basedOn = firstChild(style, W, 'basedOn');
    own.set(id, {
      bold: boldOf(firstChild(style, W, 'rPr')),
      basedOn: basedOn ? attr(basedOn, 'val') : null,
    });
  }
  const resolved = new Map<string, boolean | undefined>();
  const resolve = (id: string | null, depth = 0): boolean | undefined => {
    if (!id || depth > 20) return undefined;
    if (resolved.has(id)) return resolved.get(id);
    const style = own.get(id);
    const value = style ? (style.bold ?? resolve(style.basedOn, depth + 1)) : undefined;
    resolved.set(id, value);
    return value;
  };
  return resolve;
}

class ParagraphReader {
  runs: RichRun[] = [];
  constructor(private readonly styleBold: (id: string | null) => boolean | undefined) {}

  private push(text: string, bold: boolean): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.bold === bold) last.text += text;
    else this.runs.push({ text, bold });
  }

  readParagraph(p: Element): RichParagraph {
    this.runs = [];
    const pPr = firstChild(p, W, 'pPr');
    const pStyle = pPr ? firstChild(pPr, W, 'pStyle') : null;
    const paragraphBold = (pStyle ? this.styleBold(attr(pStyle, 'val')) : undefined) ?? false;
    this.walkInline(p, paragraphBold);
    return this.runs;
  }

  private walkInline(parent: Node, paragraphBold: boolean): void {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (!isElement(c) || !W.has(c.namespaceURI ?? '')) continue;
      const name = c.localName ?? '';
      if (SKIP.has(name)) continue;
      if (name === 'r') this.readRun(c, paragraphBold);
      else if (name === 'p')
        continue; // nested paragraphs only occur in text boxes, which are skipped
      else this.walkInline(c, paragraphBold); // ins, moveTo, hyperlink, smartTag, sdt, fldSimple...
    }
  }

  private readRun(r: Element, paragraphBold: boolean): void {
    const rPr = firstChild(r, W, 'rPr');
    const rStyle = rPr ? firstChild(rPr, W, 'rStyle') : null;
    const bold = boldOf(rPr) ?? (rStyle ? this.styleBold(attr(rStyle, 'val')) : undefined) ?? paragraphBold;
    for (let c = r.firstChild; c; c = c.nextSibling) {
      if (!isElement(c) || !W.has(c.namespaceURI ?? '')) continue;
      switch (c.localName) {
        case 't':
          this.push(textContent(c), bold);
          break;
        case 'tab':
        case 'ptab':
          this.push('\t', bold);
          break;
        case 'br':
        case 'cr':
          this.push('\n', bold);
          break;
        case 'noBreakHyphen':
          this.push('-', bold);
          break;
        default:
          break; // rPr, delText, instrText, fldChar, drawings, footnote references, softHyphen...
      }
    }
  }
}

function textContent(el: Element): string {
  const parts: string[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) parts.push(c.nodeValue ?? '');
  return parts.join('');
}

/** Paragraphs of the body in document order, table cells included (each cell paragraph is a line). */
function collectParagraphs(body: Element, reader: ParagraphReader): RichParagraph[] {
  const out: RichParagraph[] = [];
  const stack: Node[] = [];
  for (let c = body.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node) || !W.has(node.namespaceURI ?? '')) continue;
    const name = node.localName ?? '';
    if (name === 'p') out.push(reader.readParagraph(node));
    else if (!SKIP.has(name)) for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** The main document part named by the package relationships (word/document.xml in practice). */
function mainPartName(rels: Uint8Array | undefined): string {
  if (!rels) return 'word/document.xml';
  const xml = new TextDecoder().decode(rels);
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
}

export function readDocx(bytes: Uint8Array, maxUncompressed: number): RichParagraph[] {
  if (isCompoundFile(bytes)) {
    // Encrypted OOXML is a compound file with an EncryptedPackage stream; a legacy .doc has WordDocument.
    if (compoundFileHasStream(bytes, 'WordDocument') && !compoundFileHasStream(bytes, 'EncryptedPackage'))
      throw new ImportError(DOC_LEGACY);
    throw new ImportError(DOCX_PROTECTED);
  }
  if (!isZip(bytes)) throw new ImportError(DOCX_UNREADABLE);
  const wanted = new Set(['_rels/.rels', 'word/document.xml', 'word/styles.xml']);
  let zip = readZip(bytes, (name) => wanted.has(name), maxUncompressed, DOCX_UNREADABLE);
  if (zip.names.some((n) => /(^|\/)(EncryptedPackage|EncryptionInfo)$/.test(n)))
    throw new ImportError(DOCX_PROTECTED);
  let main = mainPartName(zip.files['_rels/.rels']);
  if (!zip.files[main] && main !== 'word/document.xml' && zip.names.includes(main)) {
    const target = main;
    zip = readZip(
      bytes,
      (name) => name === target || name === 'word/styles.xml',
      maxUncompressed,
      DOCX_UNREADABLE,
    );
  } else if (!zip.files[main]) main = 'word/document.xml';
  const documentXml = zip.files[main];
  if (!documentXml) throw new ImportError(DOCX_NOT_WORD);
  const doc = parseXml(documentXml, DOCX_UNREADABLE);
  const root = doc.documentElement!;
  const body = firstChild(root, W, 'body');
  if (!body) throw new ImportError(DOCX_NOT_WORD);
  return collectParagraphs(body, new ParagraphReader(readStyles(zip.files['word/styles.xml'])));
}
