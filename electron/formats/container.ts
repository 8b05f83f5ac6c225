/** Zip and XML plumbing shared by the docx and odt importers. */
import { unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element, Node } from '@xmldom/xmldom';
import { ImportError, formatMo } from './errors';

export type { Document, Element, Node };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** The CFB (OLE2) signature: legacy .doc, and Office documents encrypted with a password. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/** Whether a compound file holds a stream whose UTF-16LE name is `name` (names live in the directory). */
export function compoundFileHasStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) !== -1;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

export interface ZipContent {
  /** Every entry name of the archive. */
  names: string[];
  files: Record<string, Uint8Array>;
}

/**
 * Reads the entries `wanted` accepts. A damaged archive throws `unreadable`; so many uncompressed bytes
 * that this looks like a zip bomb throws a size refusal.
 */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  maxUncompressed: number,
  unreadable: string,
): ZipContent {
  const names: string[] = [];
  let total = 0;
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (total > maxUncompressed)
          throw new ImportError(`Document trop volumineux une fois décompressé (${formatMo(total)})`);
        return true;
      },
    });
    return { names, files };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(unreadable);
  }
}

/** Decodes an XML part (UTF-8 unless it starts with a UTF-16 BOM). */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parses XML leniently (recoverable errors are ignored, as word processors do); fatal ones throw `unreadable`. */
export function parseXml(bytes: Uint8Array, unreadable: string): Document {
  const parser = new DOMParser({
    locator: false,
    onError(level) {
      if (level === 'fatalError') throw new Error('fatal');
    },
  });
  try {
    const doc = parser.parseFromString(xmlText(bytes), 'text/xml');
    if (!doc.documentElement) throw new Error('empty');
    return doc;
  } catch {
    throw new ImportError(unreadable);
  }
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Child elements of `parent` in namespace `ns` named `localName`. */
export function childElements(parent: Node, ns: ReadonlySet<string> | string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (!inNs(c, ns)) continue;
    if (localName === undefined || c.localName === localName) out.push(c);
  }
  return out;
}

export function firstChild(
  parent: Node,
  ns: ReadonlySet<string> | string,
  localName: string,
): Element | null {
  for (let c = parent.firstChild; c; c = c.nextSibling)
    if (isElement(c) && c.localName === localName && inNs(c, ns)) return c;
  return null;
}

export function inNs(el: Element, ns: ReadonlySet<string> | string): boolean {
  return typeof ns === 'string' ? el.namespaceURI === ns : ns.has(el.namespaceURI ?? '');
}

/** All descendant elements named `localName` in `ns`, in document order (iterative: no deep recursion). */
export function descendants(root: Node, ns: ReadonlySet<string> | string, localName: string): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.localName === localName && inNs(node, ns)) out.push(node);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}
