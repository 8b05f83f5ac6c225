import type { InterviewMode, InterviewStatus } from '../shared/domain';
import { TerrainError } from '../shared/errors';
import type { Db } from './workspace';
import { record, type Recorder } from './history';

export interface InterviewFields {
  title?: string;
  date?: string | null;
  place?: string | null;
  mode?: InterviewMode | null;
  interviewer?: string | null;
  status?: InterviewStatus;
  guideId?: string | null;
  topic?: string | null;
  notes?: string | null;
  consentDate?: string | null;
  consentScope?: string | null;
}

const COLUMN: Record<keyof InterviewFields, string> = {
  title: 'title',
  date: 'date',
  place: 'place',
  mode: 'mode',
  interviewer: 'interviewer',
  status: 'status',
  guideId: 'guide_id',
  topic: 'topic',
  notes: 'notes',
  consentDate: 'consent_date',
  consentScope: 'consent_scope',
};

export interface NewPerson {
  fullName: string;
  pseudonym?: string | null;
  position?: string | null;
  organisationId?: string | null;
  /** Creates the organisation on the fly when it is not in the directory yet. */
  newOrganisation?: { name: string; actorType?: string | null; structureType?: string | null } | null;
  hierarchyLevel?: 'field' | 'middle' | 'strategic' | null;
}

function toColumns(fields: InterviewFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) out[COLUMN[k as keyof InterviewFields]] = v;
  if (typeof out.title === 'string' && !out.title.trim()) {
    throw new TerrainError('invalid_input', 'Un entretien doit avoir un titre.');
  }
  return out;
}

function requireLive(db: Db, table: string, id: string, what: string): void {
  if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id)) {
    throw new TerrainError('not_found', `${what} introuvable.`);
  }
}

/** Next pseudonym in the workspace's own series (P01, P02, …), never reusing one. */
function nextPseudonym(db: Db): string {
  const used = new Set(
    (
      db.prepare('SELECT pseudonym FROM people WHERE pseudonym IS NOT NULL').all() as { pseudonym: string }[]
    ).map((r) => r.pseudonym),
  );
  for (let n = 1; ; n++) {
    const p = `P${String(n).padStart(2, '0')}`;
    if (!used.has(p)) return p;
  }
}

export function insertPerson(rec: Recorder, person: NewPerson): string {
  if (!person.fullName.trim())
    throw new TerrainError('invalid_input', 'Le nom de la personne est obligatoire.');
  let organisationId = person.organisationId ?? null;
  if (organisationId) requireLive(rec.db, 'organisations', organisationId, 'Organisation');
  if (!organisationId && person.newOrganisation?.name.trim()) {
    organisationId = rec.insert('organisations', {
      name: person.newOrganisation.name.trim(),
      actor_type: person.newOrganisation.actorType ?? null,
      structure_type: person.newOrganisation.structureType ?? null,
    });
  }
  return rec.insert('people', {
    full_name: person.fullName.trim(),
    pseudonym: person.pseudonym?.trim() || nextPseudonym(rec.db),
    position: person.position ?? null,
    organisation_id: organisationId,
    hierarchy_level: person.hierarchyLevel ?? null,
  });
}

export function insertInterview(rec: Recorder, fields: InterviewFields & { title: string }): string {
  const guide =
    fields.guideId === undefined
      ? ((
          rec.db
            .prepare('SELECT id FROM interview_guides WHERE is_default = 1 AND deleted_at IS NULL')
            .get() as { id: string } | undefined
        )?.id ?? null)
      : fields.guideId;
  return rec.insert('interviews', { status: 'planned', ...toColumns({ ...fields, guideId: guide }) });
}

export function createInterview(
  db: Db,
  input: InterviewFields & {
    title: string;
    intervieweeIds?: string[];
    newInterviewees?: NewPerson[];
    projectIds?: string[];
  },
): string {
  return record(db, `Créer l’entretien « ${input.title} »`, (rec) => {
    const { intervieweeIds = [], newInterviewees = [], projectIds = [], ...fields } = input;
    const id = insertInterview(rec, fields);
    for (const pid of intervieweeIds) requireLive(db, 'people', pid, 'Personne');
    const people = [...intervieweeIds, ...newInterviewees.map((p) => insertPerson(rec, p))];
    for (const personId of people)
      rec.insert('interview_participants', { interview_id: id, person_id: personId, role: 'interviewee' });
    for (const projectId of projectIds) {
      requireLive(db, 'projects', projectId, 'Projet');
      rec.insert('interview_projects', { interview_id: id, project_id: projectId });
    }
    return id;
  });
}

export function updateInterview(
  db: Db,
  id: string,
  input: InterviewFields & {
    intervieweeIds?: string[];
    newInterviewees?: NewPerson[];
    projectIds?: string[];
  },
): void {
  requireLive(db, 'interviews', id, 'Entretien');
  const { intervieweeIds, newInterviewees = [], projectIds, ...fields } = input;
  record(db, 'Modifier l’entretien', (rec) => {
    const values = toColumns(fields);
    if (Object.keys(values).length > 0) rec.update('interviews', id, values);
    if (intervieweeIds !== undefined || newInterviewees.length > 0) {
      const current = db
        .prepare(
          "SELECT id, person_id FROM interview_participants WHERE interview_id = ? AND role = 'interviewee' AND deleted_at IS NULL",
        )
        .all(id) as { id: string; person_id: string }[];
      const wanted = new Set([
        ...(intervieweeIds ?? current.map((c) => c.person_id)),
        ...newInterviewees.map((p) => insertPerson(rec, p)),
      ]);
      for (const c of current) if (!wanted.has(c.person_id)) rec.remove('interview_participants', c.id);
      const have = new Set(current.map((c) => c.person_id));
      for (const pid of wanted) {
        if (have.has(pid)) continue;
        requireLive(db, 'people', pid, 'Personne');
        rec.insert('interview_participants', { interview_id: id, person_id: pid, role: 'interviewee' });
      }
    }
    if (projectIds !== undefined) {
      const current = db
        .prepare(
          'SELECT id, project_id FROM interview_projects WHERE interview_id = ? AND deleted_at IS NULL',
        )
        .all(id) as { id: string; project_id: string }[];
      const wanted = new Set(projectIds);
      for (const c of current) if (!wanted.has(c.project_id)) rec.remove('interview_projects', c.id);
      const have = new Set(current.map((c) => c.project_id));
      for (const pid of wanted) {
        if (have.has(pid)) continue;
        requireLive(db, 'projects', pid, 'Projet');
        rec.insert('interview_projects', { interview_id: id, project_id: pid });
      }
    }
  });
}

/** To the trash: the interview disappears from every view with its transcripts and codings; restore brings it back. */
export function deleteInterview(db: Db, id: string): void {
  requireLive(db, 'interviews', id, 'Entretien');
  const title = (db.prepare('SELECT title FROM interviews WHERE id = ?').get(id) as { title: string }).title;
  record(db, `Supprimer l’entretien « ${title} »`, (rec) => rec.remove('interviews', id));
}

export function setAxisNote(db: Db, interviewId: string, axisId: string, note: string): void {
  requireLive(db, 'interviews', interviewId, 'Entretien');
  requireLive(db, 'guide_axes', axisId, 'Axe du guide');
  const existing = db
    .prepare(
      'SELECT id FROM interview_axis_notes WHERE interview_id = ? AND axis_id = ? AND deleted_at IS NULL',
    )
    .get(interviewId, axisId) as { id: string } | undefined;
  record(db, 'Noter un axe du guide', (rec) => {
    if (existing && !note.trim()) rec.remove('interview_axis_notes', existing.id);
    else if (existing) rec.update('interview_axis_notes', existing.id, { note });
    else if (note.trim())
      rec.insert('interview_axis_notes', { interview_id: interviewId, axis_id: axisId, note });
  });
}
