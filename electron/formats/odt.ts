/**
 * OpenDocument text (.odt) import: paragraphs and headings of content.xml become lines, with ODF white
 * space rules (runs of spaces collapse; text:s, text:tab and text:line-break are literal). Bold comes
 * from automatic and common styles (fo:font-weight). Tracked deletions, notes and comments are left out.
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

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
};

export const ODT_UNREADABLE = 'Fichier .odt illisible ou tronqué';
export const ODT_PROTECTED =
  'Document .odt protégé par mot de passe : enregistrez-le sans mot de passe puis réimportez-le';
export const ODT_NOT_TEXT = 'Ce fichier .odt ne contient pas de document texte OpenDocument';

/** text: elements whose content is not body text (deleted changes, notes, indexes, declarations). */
const SKIP_TEXT = new Set([
  'tracked-changes',
  'note',
  'sequence-decls',
  'variable-decls',
  'user-field-decls',
  'table-of-content',
  'illustration-index',
  'alphabetical-index',
  'bibliography',
  'soft-page-break',
  'bookmark',
  'bookmark-start',
  'bookmark-end',
  'change',
  'change-start',
  'change-end',
  'ruby-text',
]);

interface StyleInfo {
  bold: boolean | undefined;
  parent: string | null;
}

function isBoldWeight(weight: string | null): boolean | undefined {
  if (!weight) return undefined;
  if (weight === 'bold') return true;
  if (weight === 'normal') return false;
  const n = Number(weight);
  return Number.isFinite(n) ? n >= 600 : undefined;
}

function collectStyles(root: Element | null, into: Map<string, StyleInfo>): void {
  if (!root) return;
  for (const container of [
    firstChild(root, NS.office, 'styles'),
    firstChild(root, NS.office, 'automatic-styles'),
  ]) {
    if (!container) continue;
    for (const style of childElements(container, NS.style, 'style')) {
      const name = style.getAttributeNS(NS.style, 'name');
      const family = style.getAttributeNS(NS.style, 'family');
      if (!name || (family !== 'text' && family !== 'paragraph')) continue;
      const props = firstChild(style, NS.style, 'text-properties');
      into.set(`${family}:${name}`, {
        bold: isBoldWeight(props ? props.getAttributeNS(NS.fo, 'font-weight') : null),
        parent: style.getAttributeNS(NS.style, 'parent-style-name') || null,
      });
    }
  }
}

function styleResolver(
  styles: Map<string, StyleInfo>,
): (family: string, name: string | null) => boolean | undefined {
  const cache = new Map<string, boolean | undefined>();
  const resolve = (family: string, name: string | null, depth = 0): boolean | undefined => {
    if (!name || depth > 20) return undefined;
    const key = `${family}:${name}`;
    if (cache.has(key)) return cache.get(key);
    const style = styles.get(key);
    const value = style ? (style.bold ?? resolve(family, style.parent, depth + 1)) : undefined;
    cache.set(key, value);
    return value;
  };
  return resolve;
}

class OdtParagraphReader {
  private runs: RichRun[] = [];
  /** ODF white space: a space run collapses to one, and none at the start of a paragraph. */
  private afterSpace = true;
  constructor(private readonly bold: (family: string, name: string | null) => boolean | undefined) {}

  private push(text: string, bold: boolean): void {
    if (!text) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.bold === bold) last.text += text;
    else this.runs.push({ text, bold });
  }

  read(p: Element): RichParagraph {
    this.runs = [];
    this.afterSpace = true;
    const paragraphBold = this.bold('paragraph', p.getAttributeNS(NS.text, 'style-name')) ?? false;
    this.walk(p, paragraphBold);
    const last = this.runs[this.runs.length - 1];
    if (last) last.text = last.text.replace(/ +$/, '');
    return this.runs;
  }

  private text(value: string, bold: boolean): void {
    let t = value.replace(/[ \t\r\n]+/g, ' ');
    if (this.afterSpace && t.startsWith(' ')) t = t.slice(1);
    if (!t) return;
    this.afterSpace = t.endsWith(' ');
    this.push(t, bold);
  }

  private walk(parent: Node, bold: boolean): void {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) {
        this.text(c.nodeValue ?? '', bold);
        continue;
      }
      if (!isElement(c)) continue;
      const ns = c.namespaceURI;
      const name = c.localName ?? '';
      if (ns === NS.text) {
        if (SKIP_TEXT.has(name)) continue;
        if (name === 's') {
          const count = Math.min(Math.max(Number(c.getAttributeNS(NS.text, 'c') ?? '1') || 1, 1), 1000);
          this.push(' '.repeat(count), bold);
          this.afterSpace = false;
        } else if (name === 'tab') {
          this.push('\t', bold);
          this.afterSpace = false;
        } else if (name === 'line-break') {
          this.push('\n', bold);
          this.afterSpace = true;
        } else if (name === 'span') {
          this.walk(c, this.bold('text', c.getAttributeNS(NS.text, 'style-name')) ?? bold);
        } else {
          this.walk(c, bold); // a, meta, ruby-base, fields (date, page-number...)
        }
      } else if (ns === NS.office && (name === 'annotation' || name === 'annotation-end')) {
        continue;
      } else if (ns === NS.office || ns === NS.style) {
        this.walk(c, bold);
      }
      // draw:*, table:* inside a paragraph (frames, text boxes) are not body text.
    }
  }
}

function collectParagraphs(root: Element, reader: OdtParagraphReader): RichParagraph[] {
  const out: RichParagraph[] = [];
  const stack: Node[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const ns = node.namespaceURI;
    const name = node.localName ?? '';
    if (ns === NS.text && (name === 'p' || name === 'h')) {
      out.push(reader.read(node));
      continue;
    }
    if (ns === NS.text && SKIP_TEXT.has(name)) continue;
    if (ns === NS.text || ns === NS.table || ns === NS.office)
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

export function readOdt(bytes: Uint8Array, maxUncompressed: number): RichParagraph[] {
  if (isCompoundFile(bytes)) {
    throw new ImportError(compoundFileHasStream(bytes, 'EncryptedPackage') ? ODT_PROTECTED : ODT_UNREADABLE);
  }
  if (!isZip(bytes)) throw new ImportError(ODT_UNREADABLE);
  const wanted = new Set(['content.xml', 'styles.xml', 'META-INF/manifest.xml']);
  const zip = readZip(bytes, (name) => wanted.has(name), maxUncompressed, ODT_UNREADABLE);
  const manifest = zip.files['META-INF/manifest.xml'];
  if (manifest && /encryption-data/.test(new TextDecoder().decode(manifest)))
    throw new ImportError(ODT_PROTECTED);
  const content = zip.files['content.xml'];
  if (!content) throw new ImportError(ODT_NOT_TEXT);
  const doc = parseXml(content, ODT_UNREADABLE);
  const root = doc.documentElement!;
  const body = firstChild(root, NS.office, 'body');
  const text = body ? firstChild(body, NS.office, 'text') : null;
  if (!text) throw new ImportError(ODT_NOT_TEXT);

  const styles = new Map<string, StyleInfo>();
  const stylesXml = zip.files['styles.xml'];
  if (stylesXml) {
    try {
      collectStyles(parseXml(stylesXml, ODT_UNREADABLE).documentElement, styles);
    } catch {
      // a broken styles part only costs the bold hints
    }
  }
  collectStyles(root, styles); // content.xml's automatic styles win over styles.xml
  return collectParagraphs(text, new OdtParagraphReader(styleResolver(styles)));
}
