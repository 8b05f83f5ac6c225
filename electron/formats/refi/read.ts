/**
 * Reads REFI-QDA files: a .qdpx project (a zip holding the project XML and its sources), a bare .qde project
 * XML, or a .qdc codebook. Pure: bytes in, a RefiProject or RefiCodebook out (external source files, which
 * live outside the zip, are asked for through a callback).
 *
 * Tolerant of known writers: any XML namespace (Transana wrote a pre-1.0 one), `sources/` in any case (NVivo
 * for Mac writes it lower case, the standard's own example upper case), a .qde named after the project
 * (ATLAS.ti 26) or inside a folder, plain-text paths without the `internal://` scheme (qualitative-coding),
 * GUIDs in braces or upper case, and selection positions counted in UTF-16 units (NVivo) or around CRLF and
 * BOM differently (see offsets.ts).
 */
import { canonicalGuid, nameGuid } from './guid';
import {
  type RefiCase,
  type RefiCode,
  type RefiCodebook,
  type RefiCoding,
  type RefiFile,
  type RefiNote,
  type RefiProject,
  type RefiSelection,
  type RefiSet,
  type RefiTextSource,
  type RefiVariable,
  type RefiVariableValue,
  type ReadReport,
  type UnplacedSelection,
  type VariableType,
  VARIABLE_TYPES,
  emptyProject,
  flattenCodes,
} from './model';
import { type RawSelection, normalizeWithMap, placeSelections } from './offsets';
import { ImportError, decodeText, detectSpeakerTurns } from '../index';
import { type Element, type Node, isElement, isZip, parseXml, readZip } from '../container';

export const NOT_REFI_PROJECT = 'Ce fichier .qdpx n’est pas un projet REFI-QDA (project.qde introuvable)';
export const NOT_A_ZIP = 'Ce fichier .qdpx n’est pas un projet REFI-QDA (ce n’est pas une archive zip)';
export const NOT_REFI_CODEBOOK =
  'Ce fichier .qdc n’est pas un codebook REFI-QDA (élément CodeBook introuvable)';
const UNREADABLE_PROJECT = 'Ce fichier n’est pas un projet REFI-QDA lisible (XML du projet illisible)';
const NO_PROJECT_ELEMENT = 'Ce fichier n’est pas un projet REFI-QDA (élément Project absent du project.qde)';
const UNREADABLE_CODEBOOK = 'Ce fichier .qdc n’est pas un codebook REFI-QDA lisible (XML illisible)';

/** A .qdpx may carry media; only the XML and text sources are read, up to this many uncompressed bytes. */
export const MAX_TEXT_BYTES = 512 * 1024 * 1024;

export interface ReadOptions {
  /**
   * Bytes of a source file the project names outside the zip (`absolute://`, `relative://`, a bare path not
   * found in the zip), or null. `basePath` is the project's basePath attribute.
   */
  resolveExternal?: (path: string, basePath: string | null) => Uint8Array | null;
}

// ---------------------------------------------------------------------------------------------- XML helpers

function kids(parent: Node, localName: string): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling)
    if (isElement(c) && c.localName === localName) out.push(c);
  return out;
}

function kid(parent: Node, localName: string): Element | null {
  for (let c = parent.firstChild; c; c = c.nextSibling)
    if (isElement(c) && c.localName === localName) return c;
  return null;
}

function attr(el: Element, name: string): string | null {
  const v = el.getAttribute(name);
  return v === null || v === '' ? null : v;
}

function childText(el: Element, localName: string): string | null {
  const c = kid(el, localName);
  if (!c) return null;
  const t = c.textContent ?? '';
  return t.trim() ? t : null;
}

function guidsOf(el: Element, localName: string, attribute = 'targetGUID'): string[] {
  const out: string[] = [];
  for (const ref of kids(el, localName)) {
    const g = canonicalGuid(attr(ref, attribute) ?? attr(ref, 'guid'));
    if (g) out.push(g);
  }
  return out;
}

function intAttr(el: Element, name: string): number {
  const v = attr(el, name);
  if (v === null || !/^\s*[+-]?\d+\s*$/.test(v)) return Number.NaN;
  return Number.parseInt(v, 10);
}

function color(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toLowerCase();
  const short = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(v);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return null;
}

function bool(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return fallback;
}

// ------------------------------------------------------------------------------------------------- zip

interface Archive {
  /** Lower-case entry name -> entry name as stored. */
  byLower: Map<string, string>;
  names: string[];
  /** Folder of the .qde inside the zip ('' or 'Folder/'), lower case. */
  baseDir: string;
  read(name: string): Uint8Array | null;
}

function slashes(name: string): string {
  return name.replace(/\\/g, '/');
}

function openArchive(bytes: Uint8Array): { archive: Archive; qde: Uint8Array } {
  if (!isZip(bytes)) throw new ImportError(NOT_A_ZIP);
  // One pass lists the entries and reads the XML and every plain-text file; media are never decompressed.
  // A source named oddly (no .txt) is read on demand.
  const textual = (n: string) => /\.(qde|txt|text)$/i.test(n) && !n.startsWith('__MACOSX/');
  const listing = readZip(bytes, textual, MAX_TEXT_BYTES, NOT_A_ZIP);
  const names = listing.names.filter((n) => !n.endsWith('/') && !n.startsWith('__MACOSX/'));
  const qdes = names
    .filter((n) => n.toLowerCase().endsWith('.qde'))
    .sort((a, b) => {
      const depth = (s: string) => slashes(s).split('/').length;
      const named = (s: string) => (/(^|\/)project\.qde$/i.test(slashes(s)) ? 0 : 1);
      return depth(a) - depth(b) || named(a) - named(b) || a.localeCompare(b);
    });
  const qdeName = qdes[0];
  if (!qdeName) throw new ImportError(NOT_REFI_PROJECT);
  const byLower = new Map<string, string>();
  for (const n of names) byLower.set(slashes(n).toLowerCase(), n);
  const slash = slashes(qdeName).lastIndexOf('/');
  const baseDir =
    slash >= 0
      ? slashes(qdeName)
          .slice(0, slash + 1)
          .toLowerCase()
      : '';
  const cache = new Map<string, Uint8Array>(Object.entries(listing.files));
  const read = (name: string): Uint8Array | null => {
    if (cache.has(name)) return cache.get(name)!;
    const got = readZip(bytes, (n) => n === name, MAX_TEXT_BYTES, NOT_A_ZIP).files[name] ?? null;
    if (got) cache.set(name, got);
    return got;
  };
  const qde = read(qdeName);
  if (!qde) throw new ImportError(NOT_REFI_PROJECT);
  return { archive: { byLower, names, baseDir, read }, qde };
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The zip entry a source path names, looked for the ways known writers lay sources out. */
function findEntry(archive: Archive, path: string): string | null {
  const scheme = /^([a-z]+):\/\/\/?(.*)$/i.exec(path.trim());
  const rest = slashes(scheme ? scheme[2]! : path.trim()).replace(/^\.?\//, '');
  const variants = [...new Set([rest, safeDecodeUri(rest)])];
  for (const v of variants) {
    const lower = v.toLowerCase();
    for (const candidate of [`${archive.baseDir}sources/${lower}`, `${archive.baseDir}${lower}`, lower]) {
      const hit = archive.byLower.get(candidate);
      if (hit) return hit;
    }
  }
  // Last resort: the same file name anywhere in the archive, preferring a sources folder.
  for (const v of variants) {
    const base = v.split('/').pop()!.toLowerCase();
    if (!base) continue;
    const hits = [...archive.byLower.entries()].filter(([k]) => k === base || k.endsWith(`/${base}`));
    hits.sort(([a], [b]) => Number(!a.includes('sources/')) - Number(!b.includes('sources/')));
    if (hits[0]) return hits[0][1];
  }
  return null;
}

function decodeSource(bytes: Uint8Array): { raw: string; hasBom: boolean } {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bytes.length === 0) return { raw: '', hasBom: false };
  return { raw: decodeText(bytes).text, hasBom };
}

// ------------------------------------------------------------------------------------------------ project

interface Context {
  archive: Archive | null;
  basePath: string | null;
  options: ReadOptions;
  report: ReadReport;
  preferUtf16: boolean;
}

function readCodes(parent: Element, ctx: Context, path: string[], guidAttr = 'guid'): RefiCode[] {
  const out: RefiCode[] = [];
  for (const el of kids(parent, 'Code')) {
    const name = (attr(el, 'name') ?? '').trim() || 'Code sans nom';
    const here = [...path, name];
    let guid = canonicalGuid(attr(el, guidAttr));
    if (!guid) {
      guid = nameGuid('code-without-guid', here.join(' > '));
      ctx.report.warnings.push(
        `Le code « ${name} » n’a pas de GUID valide : un identifiant lui a été attribué.`,
      );
    }
    out.push({
      guid,
      name,
      isCodable: bool(attr(el, 'isCodable'), true),
      color: color(attr(el, 'color')),
      description: childText(el, 'Description'),
      noteGuids: guidsOf(el, 'NoteRef'),
      children: readCodes(el, ctx, here, guidAttr),
    });
  }
  return out;
}

const VALUE_ELEMENTS: Record<string, VariableType> = {
  TextValue: 'Text',
  BooleanValue: 'Boolean',
  IntegerValue: 'Integer',
  FloatValue: 'Float',
  DateValue: 'Date',
  DateTimeValue: 'DateTime',
};

function readValues(el: Element): RefiVariableValue[] {
  const out: RefiVariableValue[] = [];
  for (const vv of kids(el, 'VariableValue')) {
    const ref = kid(vv, 'VariableRef');
    const variableGuid = canonicalGuid(ref ? attr(ref, 'targetGUID') : null);
    if (!variableGuid) continue;
    for (const [element, type] of Object.entries(VALUE_ELEMENTS)) {
      const v = kid(vv, element);
      if (v) {
        out.push({ variableGuid, type, value: (v.textContent ?? '').trim() });
        break;
      }
    }
  }
  return out;
}

function readCoding(el: Element, fallbackKey: string): RefiCoding | null {
  const ref = kid(el, 'CodeRef');
  const codeGuid = canonicalGuid(ref ? attr(ref, 'targetGUID') : null);
  if (!codeGuid) return null;
  return {
    guid: canonicalGuid(attr(el, 'guid')) ?? nameGuid('coding', `${fallbackKey}:${codeGuid}`),
    codeGuid,
    creatingUser: canonicalGuid(attr(el, 'creatingUser')),
    creationDateTime: attr(el, 'creationDateTime'),
    noteGuids: guidsOf(el, 'NoteRef'),
  };
}

/** The text of a TextSourceType element (a text source, a note, a PDF representation, a transcript). */
function textOf(
  el: Element,
  ctx: Context,
  what: string,
): { raw: string; hasBom: boolean; path: string | null } | null {
  const inline = kid(el, 'PlainTextContent');
  if (inline) return { raw: inline.textContent ?? '', hasBom: false, path: null };
  const path = attr(el, 'plainTextPath');
  if (!path) return null;
  let bytes: Uint8Array | null = null;
  const entry = ctx.archive ? findEntry(ctx.archive, path) : null;
  if (entry && ctx.archive) bytes = ctx.archive.read(entry);
  if (!bytes && ctx.options.resolveExternal && !/^internal:/i.test(path)) {
    bytes = ctx.options.resolveExternal(path, ctx.basePath);
  }
  if (!bytes) {
    ctx.report.warnings.push(`${what} : fichier texte introuvable (${path}).`);
    return null;
  }
  try {
    return { ...decodeSource(bytes), path };
  } catch (err) {
    const reason = err instanceof ImportError ? err.reason : String(err);
    ctx.report.warnings.push(`${what} : texte illisible (${path}) — ${reason}.`);
    return null;
  }
}

function baseName(path: string | null): string | null {
  if (!path) return null;
  const last = slashes(path).split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  return (dot > 0 ? last.slice(0, dot) : last) || null;
}

/** A text source (TextSource, a PDF's Representation, a media Transcript), its selections placed. */
function readTextSource(
  el: Element,
  ctx: Context,
  identity: { guid: string; name: string | null },
  selectionElement = 'PlainTextSelection',
): RefiTextSource | null {
  const label = identity.name ?? identity.guid;
  const got = textOf(el, ctx, `Source « ${label} »`);
  const selectionEls = kids(el, selectionElement);
  if (!got) {
    if (!kid(el, 'PlainTextContent') && !attr(el, 'plainTextPath')) {
      ctx.report.warnings.push(
        `Source « ${label} » : pas de texte brut (ni PlainTextContent ni plainTextPath).`,
      );
    }
    for (const s of selectionEls) {
      ctx.report.unplaced.push({
        sourceGuid: identity.guid,
        sourceName: label,
        selectionGuid: canonicalGuid(attr(s, 'guid')) ?? '',
        startPosition: intAttr(s, 'startPosition'),
        endPosition: intAttr(s, 'endPosition'),
        codings: kids(s, 'Coding').length,
        reason: 'texte de la source introuvable',
      });
    }
    return null;
  }
  const norm = normalizeWithMap(got.raw);
  const name = identity.name ?? baseName(got.path) ?? 'Source sans nom';
  const raws: RawSelection[] = selectionEls.map((s) => ({
    start: intAttr(s, 'startPosition'),
    end: intAttr(s, 'endPosition'),
    name: attr(s, 'name'),
  }));
  const { reading, placements } = placeSelections(got.raw, got.hasBom, norm, raws, {
    preferUtf16: ctx.preferUtf16,
  });
  const selections: RefiSelection[] = [];
  selectionEls.forEach((s, i) => {
    const placed = placements[i]!;
    const guid = canonicalGuid(attr(s, 'guid')) ?? nameGuid('selection', `${identity.guid}:${i}`);
    const codingEls = kids(s, 'Coding');
    if (!placed.ok) {
      const u: UnplacedSelection = {
        sourceGuid: identity.guid,
        sourceName: name,
        selectionGuid: guid,
        startPosition: raws[i]!.start,
        endPosition: raws[i]!.end,
        codings: codingEls.length,
        reason: placed.reason,
      };
      ctx.report.unplaced.push(u);
      return;
    }
    selections.push({
      guid,
      name: attr(s, 'name'),
      start: placed.start,
      end: placed.end,
      description: childText(s, 'Description'),
      codings: codingEls
        .map((c, k) => readCoding(c, `${guid}:${k}`))
        .filter((c): c is RefiCoding => c !== null),
      noteGuids: guidsOf(s, 'NoteRef'),
      creatingUser: canonicalGuid(attr(s, 'creatingUser')),
      creationDateTime: attr(s, 'creationDateTime'),
    });
  });
  if (selectionEls.length > 0 && reading.midWordBounds > selectionEls.length / 4) {
    ctx.report.warnings.push(
      `Source « ${name} » : ${reading.midWordBounds} sélection(s) commencent ou finissent au milieu d’un mot ; vérifiez leur placement.`,
    );
  }
  return {
    guid: identity.guid,
    name,
    description: childText(el, 'Description'),
    text: norm.text,
    plainTextPath: got.path,
    selections,
    codings: kids(el, 'Coding')
      .map((c, k) => readCoding(c, `${identity.guid}:${k}`))
      .filter((c): c is RefiCoding => c !== null),
    noteGuids: guidsOf(el, 'NoteRef'),
    values: readValues(el),
    creatingUser: canonicalGuid(attr(el, 'creatingUser')),
    creationDateTime: attr(el, 'creationDateTime'),
    modifiedDateTime: attr(el, 'modifiedDateTime'),
    offsets: reading,
    turns: speakerTurns(norm.text),
  };
}

/** Speaker turns of a source's text, or none when no line opens with a speaker label. */
function speakerTurns(text: string): RefiTextSource['turns'] {
  const turns = detectSpeakerTurns(text);
  if (turns.every((t) => t.speaker === null)) return [];
  return turns.map((t) => ({ speaker: t.speaker, role: t.role, start: t.start, end: t.end }));
}

function readSources(sourcesEl: Element, ctx: Context, aliases: Map<string, string>): RefiTextSource[] {
  const out: RefiTextSource[] = [];
  const skipped: Record<string, number> = {};
  for (let c = sourcesEl.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    const guid = canonicalGuid(attr(c, 'guid')) ?? nameGuid('source', `${out.length}:${attr(c, 'name')}`);
    const name = attr(c, 'name');
    if (c.localName === 'TextSource') {
      const s = readTextSource(c, ctx, { guid, name });
      if (s) out.push(s);
    } else if (c.localName === 'PDFSource') {
      const rep = kid(c, 'Representation');
      const pdfSelections = kids(c, 'PDFSelection').length;
      if (pdfSelections)
        skipped['sélections de zones PDF'] = (skipped['sélections de zones PDF'] ?? 0) + pdfSelections;
      if (!rep) {
        skipped['PDF sans texte'] = (skipped['PDF sans texte'] ?? 0) + 1;
        continue;
      }
      const s = readTextSource(rep, ctx, { guid, name: name ?? attr(rep, 'name') });
      if (s) {
        s.values.push(...readValues(c));
        s.noteGuids.push(...guidsOf(c, 'NoteRef'));
        const repGuid = canonicalGuid(attr(rep, 'guid'));
        if (repGuid) aliases.set(repGuid, guid);
        out.push(s);
      }
    } else if (c.localName === 'AudioSource' || c.localName === 'VideoSource') {
      const media = c.localName === 'AudioSource' ? 'audio' : 'vidéo';
      const transcripts = kids(c, 'Transcript');
      const mediaSelections = kids(
        c,
        c.localName === 'AudioSource' ? 'AudioSelection' : 'VideoSelection',
      ).length;
      if (mediaSelections)
        skipped[`sélections ${media}`] = (skipped[`sélections ${media}`] ?? 0) + mediaSelections;
      if (transcripts.length === 0) skipped[`sources ${media}`] = (skipped[`sources ${media}`] ?? 0) + 1;
      transcripts.forEach((t, i) => {
        const tGuid = canonicalGuid(attr(t, 'guid'));
        const own = i === 0 ? guid : (tGuid ?? nameGuid('transcript', `${guid}:${i}`));
        const tName = transcripts.length > 1 && attr(t, 'name') ? `${name ?? ''} — ${attr(t, 'name')}` : name;
        const ts = kids(t, 'TranscriptSelection').length;
        if (ts) skipped['sélections de transcription'] = (skipped['sélections de transcription'] ?? 0) + ts;
        const s = readTextSource(t, ctx, { guid: own, name: tName ?? attr(t, 'name') }, 'PlainTextSelection');
        if (s) {
          if (i === 0) s.values.push(...readValues(c));
          if (tGuid && tGuid !== own) aliases.set(tGuid, own);
          out.push(s);
        }
      });
    } else if (c.localName === 'PictureSource') {
      skipped['images'] = (skipped['images'] ?? 0) + 1;
    }
  }
  const list = Object.entries(skipped).map(([k, n]) => `${n} ${k}`);
  if (list.length)
    ctx.report.warnings.push(`Non importé (Terrain ne garde que le texte) : ${list.join(', ')}.`);
  return out;
}

function readNotes(notesEl: Element | null, ctx: Context): RefiNote[] {
  if (!notesEl) return [];
  return kids(notesEl, 'Note').map((el, i) => {
    const guid = canonicalGuid(attr(el, 'guid')) ?? nameGuid('note', String(i));
    const got = textOf(el, ctx, `Note « ${attr(el, 'name') ?? guid} »`);
    return {
      guid,
      name: attr(el, 'name'),
      description: childText(el, 'Description'),
      text: got ? normalizeWithMap(got.raw).text : '',
      creatingUser: canonicalGuid(attr(el, 'creatingUser')),
      creationDateTime: attr(el, 'creationDateTime'),
    };
  });
}

function readSets(setsEl: Element | null, memberCodeAttr: 'targetGUID' | 'guid'): RefiSet[] {
  if (!setsEl) return [];
  return kids(setsEl, 'Set').map((el, i) => ({
    guid: canonicalGuid(attr(el, 'guid')) ?? nameGuid('set', `${i}:${attr(el, 'name')}`),
    name: attr(el, 'name') ?? 'Ensemble sans nom',
    description: childText(el, 'Description'),
    codeGuids: guidsOf(el, 'MemberCode', memberCodeAttr),
    sourceGuids: guidsOf(el, 'MemberSource'),
    noteGuids: guidsOf(el, 'MemberNote'),
  }));
}

/** ATLAS.ti ties memos to quotations with Links rather than NoteRefs: read a note-to-thing link as a NoteRef. */
function applyNoteLinks(project: RefiProject, linksEl: Element | null): void {
  if (!linksEl) return;
  const notes = new Set(project.notes.map((n) => n.guid));
  const holders = new Map<string, { noteGuids: string[] }>();
  for (const { code } of flattenCodes(project.codes)) holders.set(code.guid, code);
  for (const s of project.sources) {
    holders.set(s.guid, s);
    for (const sel of s.selections) holders.set(sel.guid, sel);
  }
  for (const link of kids(linksEl, 'Link')) {
    const a = canonicalGuid(attr(link, 'originGUID'));
    const b = canonicalGuid(attr(link, 'targetGUID'));
    if (!a || !b) continue;
    const [note, target] = notes.has(a) ? [a, b] : notes.has(b) ? [b, a] : [null, null];
    if (!note || !target) continue;
    const holder = holders.get(target);
    if (holder && !holder.noteGuids.includes(note)) holder.noteGuids.push(note);
  }
}

function readProjectXml(qde: Uint8Array, ctx: Context, fallbackName: string): RefiProject {
  const doc = parseXml(qde, UNREADABLE_PROJECT);
  const root = doc.documentElement!;
  if (root.localName !== 'Project') throw new ImportError(NO_PROJECT_ELEMENT);
  const project = emptyProject(attr(root, 'name') ?? fallbackName);
  project.origin = attr(root, 'origin');
  project.creatingUserGuid = canonicalGuid(attr(root, 'creatingUserGUID'));
  project.creationDateTime = attr(root, 'creationDateTime');
  project.modifiedDateTime = attr(root, 'modifiedDateTime');
  project.basePath = attr(root, 'basePath');
  ctx.basePath = project.basePath;
  ctx.preferUtf16 = /nvivo/i.test(project.origin ?? '');

  const users = kid(root, 'Users');
  if (users) {
    for (const u of kids(users, 'User')) {
      const guid = canonicalGuid(attr(u, 'guid'));
      if (guid) project.users.push({ guid, name: attr(u, 'name') });
    }
  }
  const codebook = kid(root, 'CodeBook');
  const codes = codebook ? kid(codebook, 'Codes') : null;
  if (codes) project.codes = readCodes(codes, ctx, []);

  const variables = kid(root, 'Variables');
  if (variables) {
    for (const v of kids(variables, 'Variable')) {
      const guid = canonicalGuid(attr(v, 'guid'));
      if (!guid) continue;
      const type = attr(v, 'typeOfVariable') as VariableType | null;
      const variable: RefiVariable = {
        guid,
        name: attr(v, 'name') ?? 'Variable sans nom',
        type: type && VARIABLE_TYPES.includes(type) ? type : 'Text',
        description: childText(v, 'Description'),
      };
      project.variables.push(variable);
    }
  }
  const cases = kid(root, 'Cases');
  if (cases) {
    for (const c of kids(cases, 'Case')) {
      const guid = canonicalGuid(attr(c, 'guid'));
      if (!guid) continue;
      const kase: RefiCase = {
        guid,
        name: attr(c, 'name'),
        description: childText(c, 'Description'),
        codeGuids: guidsOf(c, 'CodeRef'),
        values: readValues(c),
        sourceGuids: guidsOf(c, 'SourceRef'),
        selectionGuids: guidsOf(c, 'SelectionRef'),
      };
      project.cases.push(kase);
    }
  }
  const aliases = new Map<string, string>();
  const sources = kid(root, 'Sources');
  if (sources) project.sources = readSources(sources, ctx, aliases);
  project.notes = readNotes(kid(root, 'Notes'), ctx);
  project.sets = readSets(kid(root, 'Sets'), 'targetGUID');
  project.description = childText(root, 'Description');
  project.noteGuids = guidsOf(root, 'NoteRef');
  applyNoteLinks(project, kid(root, 'Links'));
  if (aliases.size) {
    const alias = (g: string) => aliases.get(g) ?? g;
    for (const c of project.cases) c.sourceGuids = c.sourceGuids.map(alias);
    for (const s of project.sets) s.sourceGuids = s.sourceGuids.map(alias);
  }
  if (kid(root, 'Graphs')) ctx.report.warnings.push('Les graphes (Graphs) ne sont pas importés.');

  // Codings that name a code the codebook does not hold cannot be kept.
  const known = new Set(flattenCodes(project.codes).map((c) => c.code.guid));
  let orphans = 0;
  for (const s of project.sources) {
    for (const sel of s.selections) {
      const kept = sel.codings.filter((c) => known.has(c.codeGuid));
      orphans += sel.codings.length - kept.length;
      sel.codings = kept;
    }
    const kept = s.codings.filter((c) => known.has(c.codeGuid));
    orphans += s.codings.length - kept.length;
    s.codings = kept;
  }
  if (orphans)
    ctx.report.warnings.push(`${orphans} codage(s) renvoient à un code absent du codebook : ignorés.`);
  return project;
}

function fileStem(fileName: string): string {
  const base = slashes(fileName).split('/').pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function looksLikeXml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return (
    bytes[i] === 0x3c || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/** Reads a .qdpx project (or a bare project XML). Throws ImportError with a French reason when it cannot. */
export function readQdpx(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): { project: RefiProject; report: ReadReport } {
  const report: ReadReport = { unplaced: [], warnings: [] };
  const ctx: Context = {
    archive: null,
    basePath: null,
    options,
    report,
    preferUtf16: false,
  };
  let qde: Uint8Array;
  if (isZip(bytes)) {
    const opened = openArchive(bytes);
    ctx.archive = opened.archive;
    qde = opened.qde;
  } else if (looksLikeXml(bytes)) {
    qde = bytes;
  } else {
    throw new ImportError(NOT_A_ZIP);
  }
  const project = readProjectXml(qde, ctx, fileStem(fileName));
  return { project, report };
}

/** Reads a .qdc codebook. */
export function readQdc(bytes: Uint8Array): { codebook: RefiCodebook; report: ReadReport } {
  const report: ReadReport = { unplaced: [], warnings: [] };
  if (!looksLikeXml(bytes)) throw new ImportError(NOT_REFI_CODEBOOK);
  const doc = parseXml(bytes, UNREADABLE_CODEBOOK);
  let root: Element | null = doc.documentElement;
  // A project file given as a codebook: take its codebook.
  if (root && root.localName === 'Project') root = kid(root, 'CodeBook');
  if (!root || root.localName !== 'CodeBook') throw new ImportError(NOT_REFI_CODEBOOK);
  const ctx: Context = {
    archive: null,
    basePath: null,
    options: {},
    report,
    preferUtf16: false,
  };
  const codes = kid(root, 'Codes');
  return {
    codebook: {
      origin: attr(root, 'origin'),
      codes: codes ? readCodes(codes, ctx, []) : [],
      sets: readSets(kid(root, 'Sets'), 'guid'),
    },
    report,
  };
}

export const REFI_EXTENSIONS = ['qdpx', 'qdc', 'qde'] as const;

/** Whether a file name is one of the REFI-QDA exchange files (.qdpx project, .qdc codebook, .qde project XML). */
export function isRefiFileName(fileName: string): boolean {
  return /\.(qdpx|qdc|qde)$/i.test(fileName.trim());
}

/** Reads a REFI-QDA file, by its extension. */
export function readRefiFile(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): RefiFile {
  if (bytes.length === 0) throw new ImportError('Fichier vide');
  if (/\.qdc$/i.test(fileName.trim())) {
    const { codebook, report } = readQdc(bytes);
    return { kind: 'qdc', codebook, report };
  }
  const { project, report } = readQdpx(fileName, bytes, options);
  return { kind: 'qdpx', project, report };
}
