/**
 * A REFI-QDA project or codebook as Terrain reads and writes it: the parts of the standard (Project and
 * Codebook schemas, v1.0 of March 2019) that a text-based QDA tool can hold. Pure data: no XML, no database.
 *
 * Text positions (`RefiSelection.start` / `end`) are UTF-16 code units into `RefiTextSource.text`, i.e.
 * Terrain's own unit; the reader converts from whatever the writer used and the writer converts to Unicode
 * code points, as the standard asks. `text` is Terrain's stored form (see normalizeText): `\n` line endings,
 * no BOM, NFC.
 */

export type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';
export const VARIABLE_TYPES: readonly VariableType[] = [
  'Text',
  'Boolean',
  'Integer',
  'Float',
  'Date',
  'DateTime',
];

export interface RefiUser {
  guid: string;
  name: string | null;
}

export interface RefiCode {
  guid: string;
  name: string;
  isCodable: boolean;
  /** `#rrggbb`, lower case (the reader expands `#rgb`). */
  color: string | null;
  description: string | null;
  noteGuids: string[];
  children: RefiCode[];
}

export interface RefiVariable {
  guid: string;
  name: string;
  type: VariableType;
  description: string | null;
}

export interface RefiVariableValue {
  variableGuid: string;
  /** The element the value came in (TextValue, IntegerValue…), as a type. */
  type: VariableType;
  /** The value as written (`true`, `42`, `2024-05-01`…). */
  value: string;
}

export interface RefiCase {
  guid: string;
  name: string | null;
  description: string | null;
  codeGuids: string[];
  values: RefiVariableValue[];
  sourceGuids: string[];
  selectionGuids: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  noteGuids: string[];
}

export interface RefiSelection {
  guid: string;
  name: string | null;
  /** UTF-16 code units into the source's `text`. */
  start: number;
  end: number;
  description: string | null;
  codings: RefiCoding[];
  noteGuids: string[];
  creatingUser: string | null;
  creationDateTime: string | null;
}

/** How the positions of one source were read (see offsets.ts). */
export interface OffsetReading {
  unit: 'codepoint' | 'utf16';
  /** Whether the writer counted a CRLF line ending as two characters (as in the file) or as one. */
  crlf: 'two' | 'one' | 'none';
  /** Whether the positions counted a byte-order mark at the start of the file. */
  bomCounted: boolean;
  /** Selections whose bounds fall between two letters or digits under this reading (a hint of misplacement). */
  midWordBounds: number;
}

/** A selection the reader could not place in its source's text, with the reason (French). */
export interface UnplacedSelection {
  sourceGuid: string;
  sourceName: string;
  selectionGuid: string;
  /** Positions as written in the file. */
  startPosition: number;
  endPosition: number;
  codings: number;
  reason: string;
}

export interface RefiTextSource {
  guid: string;
  name: string;
  description: string | null;
  text: string;
  /** Where the text came from in the file (`internal://…`, a relative path, or null for inline text). */
  plainTextPath: string | null;
  selections: RefiSelection[];
  /** Codings of the source as a whole (not of a selection). */
  codings: RefiCoding[];
  noteGuids: string[];
  values: RefiVariableValue[];
  creatingUser: string | null;
  creationDateTime: string | null;
  modifiedDateTime: string | null;
  /** Reader only: how positions were converted. */
  offsets?: OffsetReading;
  /** Reader only: speaker turns found in the text (UTF-16 units; empty when the text has no speaker labels). */
  turns?: RefiTurn[];
}

export interface RefiTurn {
  speaker: string | null;
  role: 'interviewer' | 'interviewee' | 'other';
  start: number;
  end: number;
}

export interface RefiNote {
  guid: string;
  name: string | null;
  description: string | null;
  text: string;
  creatingUser: string | null;
  creationDateTime: string | null;
}

export interface RefiSet {
  guid: string;
  name: string;
  description: string | null;
  codeGuids: string[];
  sourceGuids: string[];
  noteGuids: string[];
}

export interface RefiProject {
  name: string;
  origin: string | null;
  description: string | null;
  creatingUserGuid: string | null;
  creationDateTime: string | null;
  modifiedDateTime: string | null;
  basePath: string | null;
  users: RefiUser[];
  /** The code tree's roots. */
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiTextSource[];
  notes: RefiNote[];
  sets: RefiSet[];
  /** Notes attached to the project as a whole. */
  noteGuids: string[];
}

export interface RefiCodebook {
  origin: string | null;
  codes: RefiCode[];
  sets: RefiSet[];
}

/** What reading a file found besides the project: things it skipped or could not place. */
export interface ReadReport {
  unplaced: UnplacedSelection[];
  /** French sentences for the user. */
  warnings: string[];
}

export type RefiFile =
  | { kind: 'qdpx'; project: RefiProject; report: ReadReport }
  | { kind: 'qdc'; codebook: RefiCodebook; report: ReadReport };

export function emptyProject(name: string): RefiProject {
  return {
    name,
    origin: null,
    description: null,
    creatingUserGuid: null,
    creationDateTime: null,
    modifiedDateTime: null,
    basePath: null,
    users: [],
    codes: [],
    variables: [],
    cases: [],
    sources: [],
    notes: [],
    sets: [],
    noteGuids: [],
  };
}

/** Every code of a tree, parents before children, with its parent's GUID. */
export function flattenCodes(
  roots: readonly RefiCode[],
): { code: RefiCode; parentGuid: string | null; depth: number }[] {
  const out: { code: RefiCode; parentGuid: string | null; depth: number }[] = [];
  const stack: { code: RefiCode; parentGuid: string | null; depth: number }[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ code: roots[i]!, parentGuid: null, depth: 0 });
  while (stack.length) {
    const item = stack.pop()!;
    out.push(item);
    const kids = item.code.children;
    for (let i = kids.length - 1; i >= 0; i--)
      stack.push({ code: kids[i]!, parentGuid: item.code.guid, depth: item.depth + 1 });
  }
  return out;
}
