/**
 * Writes REFI-QDA files: a .qdpx project (project.qde plus one UTF-8 text file per source in sources/) and a
 * .qdc codebook, valid against the Project and Codebook schemas (v1.0, March 2019). Pure: a model in, bytes
 * out. Selection positions are converted from Terrain's UTF-16 units to Unicode code points, as the standard
 * asks; source texts are written as stored (UTF-8 without BOM, `\n` line endings), so positions and files agree.
 */
import { zipSync } from 'fflate';
import { canonicalGuid } from './guid';
import type {
  RefiCode,
  RefiCodebook,
  RefiCoding,
  RefiProject,
  RefiSet,
  RefiVariableValue,
  VariableType,
} from './model';
import { unitToCodePoint } from './offsets';
import { XmlWriter } from './xml-writer';

const PROJECT_NS = 'urn:QDA-XML:project:1.0';
const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function guid(value: string): string {
  const g = canonicalGuid(value);
  if (!g) throw new Error(`REFI export: « ${value} » n’est pas un GUID`);
  return g;
}

/** xsd:dateTime, or nothing: a value the schema would refuse is left out rather than written. */
function dateTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value) ? value : undefined;
}

function optionalGuid(value: string | null | undefined): string | undefined {
  return canonicalGuid(value) ?? undefined;
}

const VALUE_ELEMENT: Record<VariableType, string> = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
  DateTime: 'DateTimeValue',
};

/** A value in the element its type names, when it is a valid value of that type; as text otherwise. */
function valueElement(v: RefiVariableValue): [string, string] {
  const value = v.value.trim();
  const valid: Record<VariableType, boolean> = {
    Text: true,
    Boolean: /^(true|false|0|1)$/.test(value),
    Integer: /^[+-]?\d+$/.test(value),
    Float: /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value),
    Date: /^\d{4}-\d{2}-\d{2}$/.test(value),
    DateTime: dateTime(value) !== undefined,
  };
  return valid[v.type] ? [VALUE_ELEMENT[v.type], value] : ['TextValue', v.value];
}

function writeValues(w: XmlWriter, values: readonly RefiVariableValue[], known: ReadonlySet<string>): void {
  for (const v of values) {
    if (!known.has(guid(v.variableGuid))) continue;
    const [element, value] = valueElement(v);
    w.open('VariableValue');
    w.empty('VariableRef', { targetGUID: guid(v.variableGuid) });
    w.text(element, value);
    w.close();
  }
}

function writeNoteRefs(w: XmlWriter, guids: readonly string[], notes: ReadonlySet<string>): void {
  for (const g of new Set(guids.map(guid))) if (notes.has(g)) w.empty('NoteRef', { targetGUID: g });
}

function writeCode(w: XmlWriter, code: RefiCode, notes: ReadonlySet<string> | null, seen: Set<string>): void {
  const g = guid(code.guid);
  if (seen.has(g)) throw new Error(`REFI export: GUID de code en double (${g})`);
  seen.add(g);
  const attrs = { guid: g, name: code.name, isCodable: code.isCodable, color: code.color ?? undefined };
  const hasBody =
    code.description || code.children.length || (notes && code.noteGuids.some((n) => notes.has(guid(n))));
  if (!hasBody) {
    w.empty('Code', attrs);
    return;
  }
  w.open('Code', attrs);
  if (code.description) w.text('Description', code.description);
  if (notes) writeNoteRefs(w, code.noteGuids, notes);
  for (const child of code.children) writeCode(w, child, notes, seen);
  w.close();
}

function writeCoding(
  w: XmlWriter,
  c: RefiCoding,
  codes: ReadonlySet<string>,
  notes: ReadonlySet<string>,
): void {
  if (!codes.has(guid(c.codeGuid))) return;
  w.open('Coding', {
    guid: guid(c.guid),
    creatingUser: optionalGuid(c.creatingUser),
    creationDateTime: dateTime(c.creationDateTime),
  });
  w.empty('CodeRef', { targetGUID: guid(c.codeGuid) });
  writeNoteRefs(w, c.noteGuids, notes);
  w.close();
}

function codeGuids(codes: readonly RefiCode[]): Set<string> {
  const out = new Set<string>();
  const walk = (list: readonly RefiCode[]) => {
    for (const c of list) {
      out.add(guid(c.guid));
      walk(c.children);
    }
  };
  walk(codes);
  return out;
}

/** The project XML and the source files it names (`sources/<guid>.txt`). */
export function projectFiles(project: RefiProject): { xml: string; sources: Map<string, string> } {
  const w = new XmlWriter();
  const noteSet = new Set(project.notes.map((n) => guid(n.guid)));
  const codeSet = codeGuids(project.codes);
  const variableSet = new Set(project.variables.map((v) => guid(v.guid)));
  const sourceSet = new Set(project.sources.map((s) => guid(s.guid)));
  const selectionSet = new Set(project.sources.flatMap((s) => s.selections.map((sel) => guid(sel.guid))));
  const userSet = new Set(project.users.map((u) => guid(u.guid)));
  const user = (g: string | null | undefined) => {
    const c = optionalGuid(g);
    return c && userSet.has(c) ? c : undefined;
  };
  const sources = new Map<string, string>();

  w.open('Project', {
    xmlns: PROJECT_NS,
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${PROJECT_NS} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd`,
    name: project.name,
    origin: project.origin ?? undefined,
    creatingUserGUID: user(project.creatingUserGuid),
    creationDateTime: dateTime(project.creationDateTime),
    modifiedDateTime: dateTime(project.modifiedDateTime),
  });
  if (project.users.length) {
    w.open('Users');
    for (const u of project.users) w.empty('User', { guid: guid(u.guid), name: u.name ?? undefined });
    w.close();
  }
  if (project.codes.length) {
    w.open('CodeBook').open('Codes');
    const seen = new Set<string>();
    for (const c of project.codes) writeCode(w, c, noteSet, seen);
    w.close().close();
  }
  if (project.variables.length) {
    w.open('Variables');
    for (const v of project.variables) {
      const attrs = { guid: guid(v.guid), name: v.name, typeOfVariable: v.type };
      if (v.description) w.open('Variable', attrs).text('Description', v.description).close();
      else w.empty('Variable', attrs);
    }
    w.close();
  }
  if (project.cases.length) {
    w.open('Cases');
    for (const c of project.cases) {
      w.open('Case', { guid: guid(c.guid), name: c.name ?? undefined });
      if (c.description) w.text('Description', c.description);
      for (const g of new Set(c.codeGuids.map(guid)))
        if (codeSet.has(g)) w.empty('CodeRef', { targetGUID: g });
      writeValues(w, c.values, variableSet);
      for (const g of new Set(c.sourceGuids.map(guid)))
        if (sourceSet.has(g)) w.empty('SourceRef', { targetGUID: g });
      for (const g of new Set(c.selectionGuids.map(guid)))
        if (selectionSet.has(g)) w.empty('SelectionRef', { targetGUID: g });
      w.close();
    }
    w.close();
  }
  if (project.sources.length) {
    w.open('Sources');
    for (const s of project.sources) {
      const g = guid(s.guid);
      const file = `${g}.txt`;
      sources.set(`sources/${file}`, s.text);
      w.open('TextSource', {
        guid: g,
        name: s.name,
        plainTextPath: `internal://${file}`,
        creatingUser: user(s.creatingUser),
        creationDateTime: dateTime(s.creationDateTime),
        modifiedDateTime: dateTime(s.modifiedDateTime),
      });
      if (s.description) w.text('Description', s.description);
      const toCp = unitToCodePoint(s.text);
      for (const sel of s.selections) {
        w.open('PlainTextSelection', {
          guid: guid(sel.guid),
          name: sel.name ?? undefined,
          startPosition: toCp(sel.start),
          endPosition: toCp(sel.end),
          creatingUser: user(sel.creatingUser),
          creationDateTime: dateTime(sel.creationDateTime),
        });
        if (sel.description) w.text('Description', sel.description);
        for (const c of sel.codings)
          writeCoding(w, { ...c, creatingUser: user(c.creatingUser) ?? null }, codeSet, noteSet);
        writeNoteRefs(w, sel.noteGuids, noteSet);
        w.close();
      }
      for (const c of s.codings)
        writeCoding(w, { ...c, creatingUser: user(c.creatingUser) ?? null }, codeSet, noteSet);
      writeNoteRefs(w, s.noteGuids, noteSet);
      writeValues(w, s.values, variableSet);
      w.close();
    }
    w.close();
  }
  if (project.notes.length) {
    w.open('Notes');
    for (const n of project.notes) {
      w.open('Note', {
        guid: guid(n.guid),
        name: n.name ?? undefined,
        creatingUser: user(n.creatingUser),
        creationDateTime: dateTime(n.creationDateTime),
      });
      if (n.description) w.text('Description', n.description);
      w.text('PlainTextContent', n.text);
      w.close();
    }
    w.close();
  }
  if (project.sets.length) {
    w.open('Sets');
    for (const s of project.sets) writeProjectSet(w, s, codeSet, sourceSet, noteSet);
    w.close();
  }
  if (project.description) w.text('Description', project.description);
  writeNoteRefs(w, project.noteGuids, noteSet);
  w.close();
  return { xml: w.toString(), sources };
}

function writeProjectSet(
  w: XmlWriter,
  s: RefiSet,
  codes: ReadonlySet<string>,
  sources: ReadonlySet<string>,
  notes: ReadonlySet<string>,
): void {
  w.open('Set', { guid: guid(s.guid), name: s.name });
  if (s.description) w.text('Description', s.description);
  for (const g of new Set(s.codeGuids.map(guid))) if (codes.has(g)) w.empty('MemberCode', { targetGUID: g });
  for (const g of new Set(s.sourceGuids.map(guid)))
    if (sources.has(g)) w.empty('MemberSource', { targetGUID: g });
  for (const g of new Set(s.noteGuids.map(guid))) if (notes.has(g)) w.empty('MemberNote', { targetGUID: g });
  w.close();
}

const utf8 = new TextEncoder();

/** The bytes of a .qdpx file. */
export function writeQdpx(project: RefiProject): Uint8Array {
  const { xml, sources } = projectFiles(project);
  const entries: Record<string, Uint8Array> = { 'project.qde': utf8.encode(xml) };
  for (const [name, text] of sources) entries[name] = utf8.encode(text);
  return zipSync(entries, { level: 6 });
}

/** The XML of a .qdc codebook. The schema wants at least one code: an empty codebook is refused by the caller. */
export function codebookXml(codebook: RefiCodebook): string {
  const w = new XmlWriter();
  w.open('CodeBook', {
    xmlns: CODEBOOK_NS,
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${CODEBOOK_NS} http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd`,
    origin: codebook.origin ?? undefined,
  });
  w.open('Codes');
  const seen = new Set<string>();
  for (const c of codebook.codes) writeCode(w, c, null, seen);
  w.close();
  const codeSet = codeGuids(codebook.codes);
  const sets = codebook.sets.filter((s) => s.codeGuids.some((g) => codeSet.has(guid(g))));
  if (sets.length) {
    w.open('Sets');
    for (const s of sets) {
      w.open('Set', { guid: guid(s.guid), name: s.name });
      if (s.description) w.text('Description', s.description);
      for (const g of new Set(s.codeGuids.map(guid))) if (codeSet.has(g)) w.empty('MemberCode', { guid: g });
      w.close();
    }
    w.close();
  }
  w.close();
  return w.toString();
}

export function writeQdc(codebook: RefiCodebook): Uint8Array {
  if (codebook.codes.length === 0) throw new Error('REFI export: codebook vide');
  return utf8.encode(codebookXml(codebook));
}
