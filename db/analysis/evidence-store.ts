import type { Db } from '../workspace';

/**
 * The coded verbatims of a workspace held in memory as typed arrays, one chunk per interview, so that the
 * analyses (matrix, co-occurrence, frequencies, usage counts) read a million segments in tens of
 * milliseconds instead of joining six tables on every question.
 *
 * It stays true to the file without being told about each write: temporary triggers (they live in this
 * connection only and leave the file's schema alone) note which interviews a write touched, and the next
 * question reloads those interviews' chunks, or the small dimension tables when those changed. Anything that
 * rewrites the file behind SQL's back (VACUUM, restore) calls `forgetEvidence`.
 */

/** Interned ids: facts hold small integers, the strings live once here. Indices never move. */
export class Dict {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  of(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.index.set(id, i);
    }
    return i;
  }
  find(id: string): number | undefined {
    return this.index.get(id);
  }
  get size(): number {
    return this.ids.length;
  }
}

/** The coded segments of one interview, by transcript then position. Offsets arrays are CSR: n + 1 long. */
export interface Chunk {
  interview: number;
  n: number;
  rowid: Float64Array;
  transcript: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** The speaker's person, else the interview's first interviewee; -1 when none. */
  person: Int32Array;
  codeAt: Int32Array;
  codes: Int32Array;
  projectAt: Int32Array;
  projects: Int32Array;
}

/** Attributes of interviews, people, organisations and projects, indexed like the dictionaries. */
export interface Dims {
  interviewDate: (string | null)[];
  interviewer: (string | null)[];
  interviewStatus: (string | null)[];
  /** Live person → their live organisation (-1 none); dead person → -2. */
  personOrg: Int32Array;
  /** Live organisation → its actor type; dead → undefined. */
  orgActor: (string | null | undefined)[];
  /** Live project → true. */
  projectLive: Uint8Array;
  projectYear: (number | null)[];
  projectRegion: (string | null)[];
  /** Code → its parent (-1 root), and whether it is live. */
  codeParent: Int32Array;
  codeLive: Uint8Array;
  /** The dictionaries' sizes when these were read (see dictSizes). */
  sizes: string;
}

export interface EvidenceStore {
  codes: Dict;
  interviews: Dict;
  people: Dict;
  orgs: Dict;
  projects: Dict;
  transcripts: Dict;
  chunks: Map<number, Chunk>;
  dims: Dims;
  /** Bumped whenever chunks or dims change, for anything derived from them. */
  version: number;
  watching: boolean;
  /** Interviews not read yet while the store is warmed up in slices (null once complete). */
  pending: string[] | null;
}

const stores = new WeakMap<Db, EvidenceStore>();

/** Interviews touched by a write; '' stands for "a dimension table changed". */
const CHANGES = 'temp.evidence_changes';

/**
 * For each table whose writes change the evidence: how to reach the interview from a row (R is NEW or OLD),
 * and whether it also changes the dimensions.
 */
const WATCHED: { table: string; interviewOf: string | null; dims?: boolean }[] = [
  {
    table: 'segment_codes',
    interviewOf: `SELECT t.interview_id FROM segments s JOIN transcripts t ON t.id = s.transcript_id WHERE s.id = R.segment_id`,
  },
  {
    table: 'segment_projects',
    interviewOf: `SELECT t.interview_id FROM segments s JOIN transcripts t ON t.id = s.transcript_id WHERE s.id = R.segment_id`,
  },
  { table: 'segments', interviewOf: 'SELECT interview_id FROM transcripts WHERE id = R.transcript_id' },
  { table: 'speaker_turns', interviewOf: 'SELECT interview_id FROM transcripts WHERE id = R.transcript_id' },
  { table: 'transcripts', interviewOf: 'SELECT R.interview_id' },
  { table: 'interview_participants', interviewOf: 'SELECT R.interview_id' },
  { table: 'interviews', interviewOf: 'SELECT R.id', dims: true },
  { table: 'people', interviewOf: null, dims: true },
  { table: 'organisations', interviewOf: null, dims: true },
  { table: 'projects', interviewOf: null, dims: true },
  { table: 'codes', interviewOf: null, dims: true },
];

function watch(db: Db): boolean {
  // A read-only workspace cannot change under us; nothing to watch.
  if (db.readonly) return false;
  const statements = [`CREATE TEMP TABLE IF NOT EXISTS evidence_changes (interview_id TEXT PRIMARY KEY)`];
  for (const w of WATCHED) {
    for (const [event, rows] of [
      ['INSERT', ['NEW']],
      ['UPDATE', ['OLD', 'NEW']],
      ['DELETE', ['OLD']],
    ] as const) {
      const body = rows
        .flatMap((r) => [
          ...(w.interviewOf
            ? [`INSERT OR IGNORE INTO ${CHANGES} ${w.interviewOf.replaceAll('R.', `${r}.`)};`]
            : []),
          ...(w.dims ? [`INSERT OR IGNORE INTO ${CHANGES} VALUES ('');`] : []),
        ])
        .join(' ');
      statements.push(
        `CREATE TEMP TRIGGER IF NOT EXISTS evidence_${w.table}_${event.toLowerCase()} AFTER ${event} ON main.${w.table} BEGIN ${body} END`,
      );
    }
  }
  for (const s of statements) db.exec(s);
  db.exec(`DELETE FROM ${CHANGES}`);
  return true;
}

/** The coded segments of some interviews (all when ids is null), in interview, transcript, position order. */
function chunkRows(db: Db, ids: string[] | null): IterableIterator<unknown[]> {
  return db
    .prepare(
      `SELECT i.id, s.rowid, s.transcript_id, s.start_offset, s.end_offset,
         coalesce(st.person_id, (SELECT ip.person_id FROM interview_participants ip
           WHERE ip.interview_id = i.id AND ip.role = 'interviewee' AND ip.deleted_at IS NULL ORDER BY ip.id LIMIT 1)),
         (SELECT group_concat(sc.code_id, ' ') FROM segment_codes sc WHERE sc.segment_id = s.id AND sc.deleted_at IS NULL),
         (SELECT group_concat(sp.project_id, ' ') FROM segment_projects sp WHERE sp.segment_id = s.id AND sp.deleted_at IS NULL)
       FROM interviews i
       CROSS JOIN transcripts t ON t.interview_id = i.id AND t.deleted_at IS NULL
       CROSS JOIN segments s ON s.transcript_id = t.id AND s.deleted_at IS NULL
       LEFT JOIN speaker_turns st ON st.id = s.speaker_turn_id
       WHERE i.deleted_at IS NULL ${ids ? 'AND i.id IN (SELECT value FROM json_each(@ids))' : ''}`,
    )
    .raw(true)
    .iterate(ids ? { ids: JSON.stringify(ids) } : {}) as IterableIterator<unknown[]>;
}

interface PendingSegment {
  rowid: number;
  transcript: number;
  start: number;
  end: number;
  person: number;
  codes: number[];
  projects: number[];
}

function toChunk(interview: number, segs: PendingSegment[]): Chunk {
  segs.sort((a, b) => a.transcript - b.transcript || a.start - b.start || a.end - b.end || a.rowid - b.rowid);
  const n = segs.length;
  const chunk: Chunk = {
    interview,
    n,
    rowid: new Float64Array(n),
    transcript: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    person: new Int32Array(n),
    codeAt: new Int32Array(n + 1),
    codes: new Int32Array(segs.reduce((k, s) => k + s.codes.length, 0)),
    projectAt: new Int32Array(n + 1),
    projects: new Int32Array(segs.reduce((k, s) => k + s.projects.length, 0)),
  };
  let c = 0;
  let p = 0;
  segs.forEach((s, i) => {
    chunk.rowid[i] = s.rowid;
    chunk.transcript[i] = s.transcript;
    chunk.start[i] = s.start;
    chunk.end[i] = s.end;
    chunk.person[i] = s.person;
    for (const code of s.codes) chunk.codes[c++] = code;
    for (const project of s.projects) chunk.projects[p++] = project;
    chunk.codeAt[i + 1] = c;
    chunk.projectAt[i + 1] = p;
  });
  return chunk;
}

/** Reads the chunks of some interviews (all when null) into the store, replacing what it held for them. */
function loadChunks(db: Db, store: EvidenceStore, ids: string[] | null): void {
  if (ids) for (const id of ids) store.chunks.delete(store.interviews.of(id));
  else store.chunks.clear();
  let current = -1;
  let segs: PendingSegment[] = [];
  const flush = () => {
    if (current >= 0 && segs.length) store.chunks.set(current, toChunk(current, segs));
    segs = [];
  };
  for (const row of chunkRows(db, ids)) {
    const [interviewId, rowid, transcript, start, end, person, codes, projects] = row as [
      string,
      number,
      string,
      number,
      number,
      string | null,
      string | null,
      string | null,
    ];
    if (!codes) continue;
    const interview = store.interviews.of(interviewId);
    if (interview !== current) {
      flush();
      current = interview;
    }
    segs.push({
      rowid,
      transcript: store.transcripts.of(transcript),
      start,
      end,
      person: person ? store.people.of(person) : -1,
      codes: codes.split(' ').map((c) => store.codes.of(c)),
      projects: projects ? projects.split(' ').map((p) => store.projects.of(p)) : [],
    });
  }
  flush();
}

function dictSizes(store: EvidenceStore): string {
  const { interviews, people, orgs, projects, codes } = store;
  return [interviews, people, orgs, projects, codes].map((d) => d.size).join(' ');
}

function loadDims(db: Db, store: EvidenceStore): Dims {
  const interviews = db
    .prepare('SELECT id, date, interviewer, status FROM interviews WHERE deleted_at IS NULL')
    .raw(true)
    .all() as [string, string | null, string | null, string | null][];
  const orgs = db
    .prepare('SELECT id, actor_type FROM organisations WHERE deleted_at IS NULL')
    .raw(true)
    .all() as [string, string | null][];
  const people = db
    .prepare('SELECT id, organisation_id FROM people WHERE deleted_at IS NULL')
    .raw(true)
    .all() as [string, string | null][];
  const projects = db
    .prepare('SELECT id, call_year, region FROM projects WHERE deleted_at IS NULL')
    .raw(true)
    .all() as [string, number | null, string | null][];
  const codes = db.prepare('SELECT id, parent_id, deleted_at FROM codes').raw(true).all() as [
    string,
    string | null,
    string | null,
  ][];
  for (const [id] of interviews) store.interviews.of(id);
  for (const [id] of orgs) store.orgs.of(id);
  for (const [id, org] of people) {
    store.people.of(id);
    if (org) store.orgs.of(org);
  }
  for (const [id] of projects) store.projects.of(id);
  for (const [id, parent] of codes) {
    store.codes.of(id);
    if (parent) store.codes.of(parent);
  }
  const dims: Dims = {
    interviewDate: [],
    interviewer: [],
    interviewStatus: [],
    personOrg: new Int32Array(store.people.size).fill(-2),
    orgActor: [],
    projectLive: new Uint8Array(store.projects.size),
    projectYear: [],
    projectRegion: [],
    codeParent: new Int32Array(store.codes.size).fill(-1),
    codeLive: new Uint8Array(store.codes.size),
    sizes: dictSizes(store),
  };
  for (const [id, date, interviewer, status] of interviews) {
    const i = store.interviews.of(id);
    dims.interviewDate[i] = date;
    dims.interviewer[i] = interviewer;
    dims.interviewStatus[i] = status;
  }
  for (const [id, actor] of orgs) dims.orgActor[store.orgs.of(id)] = actor;
  for (const [id, org] of people) {
    const o = org ? store.orgs.of(org) : -1;
    dims.personOrg[store.people.of(id)] = o >= 0 && dims.orgActor[o] !== undefined ? o : -1;
  }
  for (const [id, year, region] of projects) {
    const p = store.projects.of(id);
    dims.projectLive[p] = 1;
    dims.projectYear[p] = year;
    dims.projectRegion[p] = region;
  }
  for (const [id, parent, deletedAt] of codes) {
    const c = store.codes.of(id);
    dims.codeParent[c] = parent ? store.codes.of(parent) : -1;
    dims.codeLive[c] = deletedAt ? 0 : 1;
  }
  return dims;
}

function emptyStore(): EvidenceStore {
  return {
    codes: new Dict(),
    interviews: new Dict(),
    people: new Dict(),
    orgs: new Dict(),
    projects: new Dict(),
    transcripts: new Dict(),
    chunks: new Map(),
    dims: undefined as unknown as Dims,
    version: 0,
    watching: false,
    pending: null,
  };
}

function build(db: Db): EvidenceStore {
  const store = emptyStore();
  db.transaction(() => {
    store.watching = watch(db);
    loadChunks(db, store, null);
    // After the chunks: interviews, people and codes met there need their attributes too.
    store.dims = loadDims(db, store);
  })();
  return store;
}

/**
 * Reads the next slice of a store being warmed up (starting one if there is none): a shell calls it between
 * requests after opening a workspace, so that the first analysis finds the store ready and no request waits
 * behind a whole build. Answers true once the store is complete.
 */
export function warmEvidence(db: Db, slice = 100): boolean {
  let store = stores.get(db);
  if (!store) {
    store = emptyStore();
    const created = store;
    db.transaction(() => {
      created.watching = watch(db);
      created.pending = db
        .prepare('SELECT id FROM interviews WHERE deleted_at IS NULL')
        .pluck()
        .all() as string[];
      created.dims = loadDims(db, created);
    })();
    stores.set(db, store);
  }
  const pending = store.pending;
  if (!pending) return true;
  const warming = store;
  const next = pending.slice(0, slice);
  // Taken off the list only once read: a slice that fails stays pending and is read again later.
  db.transaction(() => loadChunks(db, warming, next))();
  pending.splice(0, next.length);
  if (pending.length === 0) {
    store.pending = null;
    store.dims = loadDims(db, store);
  }
  store.version++;
  return store.pending === null;
}

/** Above this share of interviews touched, reading everything again is cheaper than patching. */
const FULL_RELOAD_SHARE = 0.25;

function refresh(db: Db, store: EvidenceStore): void {
  if (store.pending) {
    const rest = store.pending;
    db.transaction(() => {
      loadChunks(db, store, rest);
      store.pending = null;
      store.dims = loadDims(db, store);
    })();
    store.version++;
  }
  if (!store.watching) return;
  const changed = (db.prepare(`SELECT interview_id FROM ${CHANGES}`).pluck().all() as string[]).filter(
    (id) => id !== null,
  );
  if (changed.length === 0) return;
  db.transaction(() => {
    const interviews = changed.filter((id) => id !== '');
    if (interviews.length > FULL_RELOAD_SHARE * Math.max(store.interviews.size, 1))
      loadChunks(db, store, null);
    else if (interviews.length) loadChunks(db, store, interviews);
    // A dimension table changed, or the chunks met interviews, people or codes the dims do not know yet.
    if (changed.includes('') || dictSizes(store) !== store.dims.sizes) store.dims = loadDims(db, store);
    db.exec(`DELETE FROM ${CHANGES}`);
  })();
  store.version++;
}

/** The evidence of the workspace, brought up to date with every write made since it was last read. */
export function evidenceStore(db: Db): EvidenceStore {
  let store = stores.get(db);
  if (!store) {
    store = build(db);
    stores.set(db, store);
  } else refresh(db, store);
  return store;
}

/** Whether the store of this connection is complete (read at once, or warmed up to its last slice). */
export function evidenceReady(db: Db): boolean {
  const store = stores.get(db);
  return !!store && store.pending === null;
}

/** Drops what is held for this connection: the file was rewritten in a way triggers do not see. */
export function forgetEvidence(db: Db): void {
  stores.delete(db);
}
