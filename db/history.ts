import type { Db } from './workspace';
import { newId, nowIso } from './ids';
import { insertRow } from './rows';

type Row = Record<string, unknown>;

interface Change {
  table: string;
  id: string;
  before: Row | null;
  after: Row | null;
}

/** Tables a user action may touch; names are interpolated into SQL, so only these are accepted. */
const TABLES = new Set([
  'codes',
  'segments',
  'segment_codes',
  'segment_projects',
  'memos',
  'interviews',
  'interview_participants',
  'interview_projects',
  'interview_axis_notes',
  'transcripts',
  'speaker_turns',
  'people',
  'person_aliases',
  'organisations',
  'organisation_aliases',
  'interview_guides',
  'guide_axes',
  'projects',
  'project_partners',
  'deployment_sites',
  'project_steps',
  'challenge_observations',
  'observation_evidence',
  'saved_analyses',
]);

const KEEP_ACTIONS = 500;

function checkTable(table: string): void {
  if (!TABLES.has(table)) throw new Error(`history: table ${table} is not recordable`);
}

function snapshot(db: Db, table: string, id: string): Row | null {
  return (db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined) ?? null;
}

function writeSnapshot(db: Db, table: string, id: string, row: Row | null): void {
  if (row === null) {
    db.prepare(`UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(nowIso(), nowIso(), id);
    return;
  }
  const cols = Object.keys(row).filter((c) => c !== 'id');
  db.prepare(`UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(row);
}

/**
 * The writer of one user action. Every row it inserts, updates or tombstones is recorded with its image
 * before and after, so the action can be undone and redone as a whole.
 */
export class Recorder {
  private readonly changes = new Map<string, Change>();
  constructor(readonly db: Db) {}

  private track(table: string, id: string): Change {
    checkTable(table);
    const key = `${table}:${id}`;
    let change = this.changes.get(key);
    if (!change) {
      change = { table, id, before: snapshot(this.db, table, id), after: null };
      this.changes.set(key, change);
    }
    return change;
  }

  insert(table: string, values: Row): string {
    const id = typeof values.id === 'string' ? values.id : newId();
    const change = this.track(table, id);
    insertRow(this.db, table, { ...values, id } as Parameters<typeof insertRow>[2]);
    change.after = snapshot(this.db, table, id);
    return id;
  }

  update(table: string, id: string, values: Row): void {
    const change = this.track(table, id);
    if (!change.before && !change.after) throw new Error(`history: ${table} ${id} does not exist`);
    const row: Row = { ...values, updated_at: nowIso(), id };
    const cols = Object.keys(row).filter((c) => c !== 'id');
    this.db
      .prepare(`UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`)
      .run(row);
    change.after = snapshot(this.db, table, id);
  }

  /**
   * Deletion is a tombstone: the row stays, hidden, and the trash or undo can bring it back. Rows deleted
   * together share one timestamp (pass it), which is how the trash restores them together.
   */
  remove(table: string, id: string, at: string = nowIso()): void {
    this.update(table, id, { deleted_at: at });
  }

  get touched(): number {
    return this.changes.size;
  }

  list(): Change[] {
    return [...this.changes.values()];
  }
}

/**
 * Runs one user action in a transaction and records it for undo. A new action drops whatever had been
 * undone (the redo branch), as editors do. An action that changed nothing leaves no history entry.
 */
export function record<T>(db: Db, label: string, action: (rec: Recorder) => T): T {
  return db.transaction(() => {
    const rec = new Recorder(db);
    const result = action(rec);
    if (rec.touched > 0) {
      db.prepare('DELETE FROM history WHERE undone = 1').run();
      db.prepare('INSERT INTO history (label, changes, created_at) VALUES (?, ?, ?)').run(
        label,
        JSON.stringify(rec.list()),
        nowIso(),
      );
      db.prepare('DELETE FROM history WHERE seq <= (SELECT max(seq) FROM history) - ?').run(KEEP_ACTIONS);
    }
    return result;
  })();
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export function historyState(db: Db): HistoryState {
  const last = db.prepare('SELECT label FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as
    { label: string } | undefined;
  const next = db.prepare('SELECT label FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get() as
    { label: string } | undefined;
  return {
    canUndo: !!last,
    canRedo: !!next,
    undoLabel: last?.label ?? null,
    redoLabel: next?.label ?? null,
  };
}

/** Undoes the latest action still done; answers its label, or null when there is nothing to undo. */
export function undo(db: Db): string | null {
  return db.transaction(() => {
    const entry = db
      .prepare('SELECT seq, label, changes FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1')
      .get() as { seq: number; label: string; changes: string } | undefined;
    if (!entry) return null;
    const changes = JSON.parse(entry.changes) as Change[];
    for (const c of [...changes].reverse()) writeSnapshot(db, c.table, c.id, c.before);
    db.prepare('UPDATE history SET undone = 1 WHERE seq = ?').run(entry.seq);
    return entry.label;
  })();
}

export function redo(db: Db): string | null {
  return db.transaction(() => {
    const entry = db
      .prepare('SELECT seq, label, changes FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1')
      .get() as { seq: number; label: string; changes: string } | undefined;
    if (!entry) return null;
    const changes = JSON.parse(entry.changes) as Change[];
    for (const c of changes) writeSnapshot(db, c.table, c.id, c.after);
    db.prepare('UPDATE history SET undone = 0 WHERE seq = ?').run(entry.seq);
    return entry.label;
  })();
}
