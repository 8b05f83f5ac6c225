/** A small streaming XML writer: elements in order, attributes escaped, characters XML 1.0 forbids dropped. */

// Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab, LF, CR; lone surrogates; FFFE/FFFF).
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0b\x0c\x0e-\x1f\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '');
}

export function escapeText(value: string): string {
  // A CR would be turned into LF by any XML parser: keep it as a character reference.
  return xmlSafe(value).replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

export function escapeAttr(value: string): string {
  // Parsers normalise whitespace in attribute values: tab, LF and CR travel as character references.
  return xmlSafe(value).replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      default:
        return '&#13;';
    }
  });
}

export type Attrs = Record<string, string | number | boolean | null | undefined>;

export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  private readonly stack: string[] = [];

  private attrs(attrs: Attrs): string {
    let out = '';
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined) continue;
      out += ` ${k}="${escapeAttr(String(v))}"`;
    }
    return out;
  }

  private indent(): string {
    return '  '.repeat(this.stack.length);
  }

  open(name: string, attrs: Attrs = {}): this {
    this.parts.push(`${this.indent()}<${name}${this.attrs(attrs)}>\n`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (!name) throw new Error('XmlWriter: nothing to close');
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  empty(name: string, attrs: Attrs = {}): this {
    this.parts.push(`${this.indent()}<${name}${this.attrs(attrs)}/>\n`);
    return this;
  }

  /** An element holding text (written as is: no indentation inside, so the text keeps its exact characters). */
  text(name: string, value: string, attrs: Attrs = {}): this {
    this.parts.push(`${this.indent()}<${name}${this.attrs(attrs)}>${escapeText(value)}</${name}>\n`);
    return this;
  }

  toString(): string {
    if (this.stack.length) throw new Error(`XmlWriter: ${this.stack.join('/')} left open`);
    return this.parts.join('');
  }
}
