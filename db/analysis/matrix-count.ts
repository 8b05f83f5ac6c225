import type { AnalysisFilter, MatrixCell, MatrixColumns, MatrixUnit } from '../../shared/analysis';
import type { Chunk, EvidenceStore } from './evidence-store';
import { segmentScan } from './evidence-scan';

/** Kinds of evidence seen for a unit, as bits. */
const OBS = 1;
const VERB = 2;
const IMPLIED = 4;

export interface Observation {
  id: string;
  code: string;
  project: string;
  strength: 'explicit' | 'implied';
}

/** One piece of evidence as the matrix counted it, for a drill-down. */
export interface EvidenceFact {
  /** Index into the result's column keys. */
  col: number;
  /** The unit counted: interview or person or project index, or segment row id. */
  unit: number;
  code: number;
  /** The coded segment (chunk and index), or the observation. */
  chunk: Chunk | null;
  i: number;
  observation: Observation | null;
  /** The project the evidence is linked to (-1 none), and the segment's person (-1 none). */
  project: number;
  person: number;
}

export interface MatrixCounts {
  /** Column keys in first-seen order. */
  keys: string[];
  /** Per row index, its non-empty cells by column key. */
  cells: Record<string, MatrixCell>[];
  totals: MatrixCell[];
  /** Distinct units per column with any evidence, and with counted evidence. */
  sizes: Map<string, number>;
  colTotals: Map<string, number>;
}

const PROJECT_SIDE = new Set<string>(['projects', 'years', 'regions']);
const PERSON_SIDE = new Set<string>(['actor-types', 'organisations', 'interviewees']);

function emptyCell(): MatrixCell {
  return { count: 0, fromObservations: 0, fromVerbatims: 0, implied: 0 };
}

function tally(cell: MatrixCell, flags: number): void {
  if (flags & (OBS | VERB)) cell.count++;
  if (flags & OBS) cell.fromObservations++;
  if (flags & VERB) cell.fromVerbatims++;
  if (flags & IMPLIED && !(flags & (OBS | VERB))) cell.implied++;
}

/**
 * Counts a recurrence matrix over the evidence store. Units are visited one at a time (an interview's chunk,
 * a segment, a person's segments, a project's links and observations), so "distinct units per cell" is a
 * matter of marking the cells a unit touched and counting each once when the unit is done: no set of
 * (row, column, unit) triples is ever built. When the column follows from the unit (a project's year, a
 * person's organisation), one flag per (row, unit) says everything and no grouping is needed at all.
 *
 * `rowsOf[code index]` lists the matrix rows a code counts in (itself and its ancestors in the branch).
 */
export function countMatrix(
  store: EvidenceStore,
  req: {
    columns: MatrixColumns;
    unit: MatrixUnit;
    filter?: AnalysisFilter;
    includeImplied?: boolean;
    rowCount: number;
    rowsOf: (readonly number[] | undefined)[];
    observations: Observation[];
    /** Called with each piece of evidence counted. */
    collect?: (fact: EvidenceFact) => void;
  },
): MatrixCounts {
  const scan = segmentScan(store, req.filter);
  const { dims } = store;
  const projectSide = PROJECT_SIDE.has(req.columns) || req.unit === 'projects';
  const needProject = projectSide || scan.projectFilter;

  // Column of an evidence fact, from the entity the column kind is about.
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const colOf = (key: string | null | undefined) => {
    if (key == null) return -1;
    let c = keyIndex.get(key);
    if (c === undefined) {
      c = keys.length;
      keys.push(key);
      keyIndex.set(key, c);
    }
    return c;
  };
  const byProject = new Int32Array(store.projects.size).fill(-1);
  const byPerson = new Int32Array(store.people.size).fill(-1);
  const byInterview = new Int32Array(store.interviews.size).fill(-1);
  for (let p = 0; p < byProject.length; p++) {
    if (!dims.projectLive[p]) continue;
    if (req.columns === 'projects') byProject[p] = colOf(store.projects.ids[p]);
    else if (req.columns === 'years')
      byProject[p] = colOf(dims.projectYear[p] == null ? null : String(dims.projectYear[p]));
    else if (req.columns === 'regions') byProject[p] = colOf(dims.projectRegion[p]);
  }
  if (PERSON_SIDE.has(req.columns)) {
    for (let person = 0; person < byPerson.length; person++) {
      const org = dims.personOrg[person]!;
      if (org === -2) continue;
      if (req.columns === 'interviewees') byPerson[person] = colOf(store.people.ids[person]);
      else if (org >= 0)
        byPerson[person] = colOf(req.columns === 'organisations' ? store.orgs.ids[org] : dims.orgActor[org]);
    }
  }
  if (req.columns === 'interviews')
    for (const chunk of scan.chunks)
      byInterview[chunk.interview] = colOf(store.interviews.ids[chunk.interview]);

  const C = Math.max(keys.length, 1);
  const R = req.rowCount;
  const cellFlags = new Uint8Array(R * C);
  const rowFlags = new Uint8Array(R);
  const colFlags = new Uint8Array(C);
  const touchedCells: number[] = [];
  const touchedRows: number[] = [];
  const touchedCols: number[] = [];
  const cellCount = new Int32Array(R * C * 4);
  const totals = Array.from({ length: R }, emptyCell);
  const sizes = new Int32Array(C);
  const colTotals = new Int32Array(C);
  const countCell = (k: number, f: number) => {
    const o = k * 4;
    if (f & (OBS | VERB)) cellCount[o]!++;
    if (f & OBS) cellCount[o + 1]!++;
    if (f & VERB) cellCount[o + 2]!++;
    if (f & IMPLIED && !(f & (OBS | VERB))) cellCount[o + 3]!++;
  };

  const projectColumns = PROJECT_SIDE.has(req.columns);
  const direct =
    (req.unit === 'projects' && projectColumns) ||
    (req.unit === 'interviewees' && PERSON_SIDE.has(req.columns));
  const U = req.unit === 'projects' ? store.projects.size : store.people.size;
  const unitFlags = direct ? new Uint8Array(R * U) : null;
  const unitCol = direct ? new Int32Array(U).fill(-1) : null;

  const add = (rows: readonly number[], col: number, unit: number, flags: number) => {
    if (unitFlags) {
      unitCol![unit] = col;
      for (const r of rows) unitFlags[r * U + unit]! |= flags;
      return;
    }
    if (colFlags[col] === 0) touchedCols.push(col);
    colFlags[col]! |= flags;
    for (const r of rows) {
      const k = r * C + col;
      if (cellFlags[k] === 0) touchedCells.push(k);
      cellFlags[k]! |= flags;
      if (rowFlags[r] === 0) touchedRows.push(r);
      rowFlags[r]! |= flags;
    }
  };
  // A unit is done: each cell, row and column it touched counts it once.
  const endUnit = () => {
    for (const k of touchedCells) {
      countCell(k, cellFlags[k]!);
      cellFlags[k] = 0;
    }
    for (const r of touchedRows) {
      tally(totals[r]!, rowFlags[r]!);
      rowFlags[r] = 0;
    }
    for (const c of touchedCols) {
      sizes[c]!++;
      if (colFlags[c]! & (OBS | VERB)) colTotals[c]!++;
      colFlags[c] = 0;
    }
    touchedCells.length = 0;
    touchedRows.length = 0;
    touchedCols.length = 0;
  };

  const projectOk = scan.projectOk;
  // The facts of one segment; `only` restricts them to one linked project (the unit being counted).
  const collect = req.collect;
  const unitOf = (chunk: Chunk, i: number, person: number, project: number) =>
    req.unit === 'interviews'
      ? chunk.interview
      : req.unit === 'segments'
        ? chunk.rowid[i]!
        : req.unit === 'interviewees'
          ? person
          : project;
  const visitSegment = (chunk: Chunk, i: number, only: number) => {
    if (!scan.passes(chunk, i)) return;
    const person = scan.personOf(chunk, i);
    if (req.unit === 'interviewees' && person < 0) return;
    if (needProject && !scan.hasProject(chunk, i)) return;
    const otherCol =
      person >= 0 && byPerson[person]! >= 0 ? byPerson[person]! : byInterview[chunk.interview]!;
    const p0 = chunk.projectAt[i]!;
    const p1 = chunk.projectAt[i + 1]!;
    const segmentUnit = unitOf(chunk, i, person, -1);
    for (let k = chunk.codeAt[i]!; k < chunk.codeAt[i + 1]!; k++) {
      const code = chunk.codes[k]!;
      const rows = req.rowsOf[code];
      if (!rows) continue;
      if (!projectSide) {
        if (otherCol < 0) continue;
        add(rows, otherCol, segmentUnit, VERB);
        if (!collect) continue;
        // Not counted by project, but shown with the projects the passage is linked to.
        const unit = segmentUnit;
        let linked = false;
        for (let q = p0; q < p1; q++) {
          if (projectOk[chunk.projects[q]!] !== 1) continue;
          linked = true;
          collect({
            col: otherCol,
            unit,
            code,
            chunk,
            i,
            observation: null,
            project: chunk.projects[q]!,
            person,
          });
        }
        if (!linked) collect({ col: otherCol, unit, code, chunk, i, observation: null, project: -1, person });
        continue;
      }
      for (let q = p0; q < p1; q++) {
        const p = chunk.projects[q]!;
        if (projectOk[p] !== 1 || (only >= 0 && p !== only)) continue;
        const col = projectColumns ? byProject[p]! : otherCol;
        if (col < 0) continue;
        const unit = req.unit === 'projects' ? p : segmentUnit;
        add(rows, col, unit, VERB);
        collect?.({
          col,
          unit,
          code,
          chunk,
          i,
          observation: null,
          project: p,
          person,
        });
      }
    }
  };

  const chunks = scan.chunks;
  // Observations belong to a project and nothing else: they count only for project units and columns.
  const observationsOf = new Map<number, Observation[]>();
  if (req.unit === 'projects' && projectColumns && !scan.interviewLevel) {
    for (const o of req.observations) {
      const p = store.projects.find(o.project);
      if (p === undefined || !projectOk[p]) continue;
      observationsOf.set(p, [...(observationsOf.get(p) ?? []), o]);
    }
  }
  const addObservations = (g: number) => {
    for (const o of observationsOf.get(g) ?? []) {
      const code = store.codes.find(o.code);
      const rows = code === undefined ? undefined : req.rowsOf[code];
      const col = byProject[g]!;
      if (!rows || col < 0) continue;
      const counted = o.strength === 'explicit' || req.includeImplied;
      add(rows, col, g, (counted ? OBS : 0) | (o.strength === 'implied' ? IMPLIED : 0));
      collect?.({ col, unit: g, code: code!, chunk: null, i: -1, observation: o, project: g, person: -1 });
    }
  };

  if (unitFlags) {
    for (const chunk of chunks) for (let i = 0; i < chunk.n; i++) visitSegment(chunk, i, -1);
    for (const g of observationsOf.keys()) addObservations(g);
    for (let u = 0; u < U; u++) {
      const col = unitCol![u]!;
      if (col < 0) continue;
      let any = 0;
      for (let r = 0; r < R; r++) {
        const f = unitFlags[r * U + u]!;
        if (!f) continue;
        any |= f;
        countCell(r * C + col, f);
        tally(totals[r]!, f);
      }
      if (any) sizes[col]!++;
      if (any & (OBS | VERB)) colTotals[col]!++;
    }
  } else if (req.unit === 'interviews') {
    for (const chunk of chunks) {
      for (let i = 0; i < chunk.n; i++) visitSegment(chunk, i, -1);
      endUnit();
    }
  } else if (req.unit === 'segments') {
    for (const chunk of chunks)
      for (let i = 0; i < chunk.n; i++) {
        visitSegment(chunk, i, -1);
        endUnit();
      }
  } else {
    // Interviewees and projects span interviews: their segments are first grouped by a counting sort.
    const byPeople = req.unit === 'interviewees';
    const groups = byPeople ? store.people.size : store.projects.size;
    const forEachKey = (chunk: Chunk, i: number, visit: (g: number) => void) => {
      if (byPeople) {
        const person = scan.personOf(chunk, i);
        if (person >= 0) visit(person);
      } else
        for (let q = chunk.projectAt[i]!; q < chunk.projectAt[i + 1]!; q++)
          if (projectOk[chunk.projects[q]!] === 1) visit(chunk.projects[q]!);
    };
    const start = new Int32Array(groups + 1);
    for (const chunk of chunks)
      for (let i = 0; i < chunk.n; i++) forEachKey(chunk, i, (g) => start[g + 1]!++);
    for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
    const fill = start.slice(0, groups);
    const refChunk = new Int32Array(start[groups]!);
    const refSeg = new Int32Array(start[groups]!);
    chunks.forEach((chunk, ci) => {
      for (let i = 0; i < chunk.n; i++)
        forEachKey(chunk, i, (g) => {
          refChunk[fill[g]!] = ci;
          refSeg[fill[g]!++] = i;
        });
    });
    for (let g = 0; g < groups; g++) {
      for (let k = start[g]!; k < start[g + 1]!; k++)
        visitSegment(chunks[refChunk[k]!]!, refSeg[k]!, byPeople ? -1 : g);
      addObservations(g);
      endUnit();
    }
  }

  const cells = Array.from({ length: R }, (): Record<string, MatrixCell> => ({}));
  for (let r = 0; r < R; r++)
    for (let c = 0; c < keys.length; c++) {
      const o = (r * C + c) * 4;
      if (cellCount[o] || cellCount[o + 1] || cellCount[o + 2] || cellCount[o + 3])
        cells[r]![keys[c]!] = {
          count: cellCount[o]!,
          fromObservations: cellCount[o + 1]!,
          fromVerbatims: cellCount[o + 2]!,
          implied: cellCount[o + 3]!,
        };
    }
  return {
    keys,
    cells,
    totals,
    sizes: new Map(
      keys.map((k, c) => [k, sizes[c]!]).filter(([, n]) => (n as number) > 0) as [string, number][],
    ),
    colTotals: new Map(
      keys.map((k, c) => [k, colTotals[c]!]).filter(([, n]) => (n as number) > 0) as [string, number][],
    ),
  };
}
