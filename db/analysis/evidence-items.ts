import type { DrillDown, EvidenceItem, MatrixUnit } from '../../shared/analysis';
import type { Db } from '../workspace';
import type { EvidenceStore } from './evidence-store';
import type { EvidenceFact, Observation } from './matrix-count';

/** The project observations that count as evidence, with their id for the drill-down. */
export function liveObservations(db: Db): Observation[] {
  return db
    .prepare(
      `SELECT co.id, co.code_id AS code, co.project_id AS project, co.strength FROM challenge_observations co
       WHERE co.deleted_at IS NULL`,
    )
    .all() as Observation[];
}

function lookup<T>(db: Db, sql: string, ids: Iterable<string | number>): Map<string | number, T> {
  const rows = db.prepare(sql).all(JSON.stringify([...new Set(ids)])) as (T & { key: string | number })[];
  return new Map(rows.map((r) => [r.key, r]));
}

const compare = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/**
 * Turns collected evidence into the drill-down's groups: one per unit, with what a reader needs to judge each
 * piece (the quote, the interview, the project, the speaker's pseudonym and organisation — never a name).
 */
export function evidenceGroups(
  db: Db,
  store: EvidenceStore,
  req: { unit: MatrixUnit; includeImplied?: boolean },
  facts: EvidenceFact[],
): DrillDown {
  const segments = lookup<{ id: string; quote: string; start: number; interview: string }>(
    db,
    `SELECT s.rowid AS key, s.id, s.quote, s.start_offset AS start, t.interview_id AS interview
     FROM segments s JOIN transcripts t ON t.id = s.transcript_id WHERE s.rowid IN (SELECT value FROM json_each(?))`,
    facts.filter((f) => f.chunk).map((f) => f.chunk!.rowid[f.i]!),
  );
  const interviews = lookup<{ title: string; date: string | null }>(
    db,
    'SELECT id AS key, title, date FROM interviews WHERE id IN (SELECT value FROM json_each(?))',
    [...segments.values()].map((s) => s.interview),
  );
  const projects = lookup<{ name: string }>(
    db,
    'SELECT id AS key, name FROM projects WHERE id IN (SELECT value FROM json_each(?))',
    facts.filter((f) => f.project >= 0).map((f) => store.projects.ids[f.project]!),
  );
  const people = lookup<{ pseudonym: string | null }>(
    db,
    'SELECT id AS key, pseudonym FROM people WHERE id IN (SELECT value FROM json_each(?))',
    facts.filter((f) => f.person >= 0).map((f) => store.people.ids[f.person]!),
  );
  const orgOf = (person: number) => (person >= 0 ? store.dims.personOrg[person]! : -1);
  const orgs = lookup<{ name: string }>(
    db,
    'SELECT id AS key, name FROM organisations WHERE id IN (SELECT value FROM json_each(?))',
    facts.filter((f) => orgOf(f.person) >= 0).map((f) => store.orgs.ids[orgOf(f.person)]!),
  );
  const codes = lookup<{ name: string }>(
    db,
    'SELECT id AS key, name FROM codes WHERE id IN (SELECT value FROM json_each(?))',
    facts.map((f) => store.codes.ids[f.code]!),
  );

  const items = facts.map((f) => {
    const seg = f.chunk ? segments.get(f.chunk.rowid[f.i]!)! : null;
    const interview = seg ? interviews.get(seg.interview)! : null;
    const projectId = f.project >= 0 ? store.projects.ids[f.project]! : null;
    const personId = f.person >= 0 ? store.people.ids[f.person]! : null;
    const orgIndex = orgOf(f.person);
    const codeId = store.codes.ids[f.code]!;
    const unitKey = {
      projects: projectId,
      interviews: seg?.interview ?? null,
      interviewees: personId,
      segments: seg?.id ?? null,
    }[req.unit]!;
    const unitLabel = {
      projects: projectId ? projects.get(projectId)!.name : '',
      interviews: interview?.title ?? '',
      interviewees: (personId && people.get(personId)?.pseudonym) || 'Personne',
      segments: seg?.quote.slice(0, 80) ?? '',
    }[req.unit];
    const item: EvidenceItem = {
      source: f.observation ? 'observation' : 'verbatim',
      unitKey,
      unitLabel,
      codeId,
      code: codes.get(codeId)?.name ?? '',
      segmentId: seg?.id ?? null,
      observationId: f.observation?.id ?? null,
      quote: seg?.quote ?? null,
      strength: f.observation?.strength ?? null,
      interviewId: seg?.interview ?? null,
      interviewTitle: interview?.title ?? null,
      projectId,
      project: projectId ? projects.get(projectId)!.name : null,
      pseudonym: personId ? (people.get(personId)?.pseudonym ?? null) : null,
      organisation: orgIndex >= 0 ? (orgs.get(store.orgs.ids[orgIndex]!)?.name ?? null) : null,
    };
    return { item, date: interview?.date ?? null, start: seg?.start ?? -1 };
  });
  items.sort(
    (a, b) => compare(a.item.unitLabel, b.item.unitLabel) || compare(a.date, b.date) || a.start - b.start,
  );
  const groups = new Map<string, { unitKey: string; unitLabel: string; items: EvidenceItem[] }>();
  for (const { item } of items) {
    const g = groups.get(item.unitKey) ?? { unitKey: item.unitKey, unitLabel: item.unitLabel, items: [] };
    g.items.push(item);
    groups.set(item.unitKey, g);
  }
  const counts = (g: { items: EvidenceItem[] }) =>
    req.includeImplied || g.items.some((i) => i.source === 'verbatim' || i.strength === 'explicit');
  const all = [...groups.values()];
  return { groups: all.filter(counts), impliedGroups: all.filter((g) => !counts(g)) };
}
