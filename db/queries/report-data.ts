import type { PseudonymDirectory, PseudonymPerson } from '../../shared/pseudonymise';
import type { SpeakerRole } from '../../shared/domain';
import type { Db } from '../workspace';

/**
 * What reports need beyond the views' queries: every written form of every person (for pseudonymisation),
 * the names that must stay (organisations), the context of a set of coded passages, and memos.
 */

/** Speaker labels that name a role, not a person: never taken as a person's alias. */
const GENERIC_SPEAKERS = new Set([
  'intervieweur',
  'intervieweuse',
  'interviewer',
  'interviewe',
  'interviewee',
  'enqueteur',
  'enqueteuse',
  'enqueteur·rice',
  'repondant',
  'repondante',
  'participant',
  'participante',
  'locuteur',
  'locutrice',
  'speaker',
  'question',
  'reponse',
  'q',
  'r',
  'moderateur',
  'moderatrice',
  'animateur',
  'animatrice',
]);

function plain(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\d]+$/u, '')
    .trim();
}

/**
 * Every person the workspace has ever held (those in the trash too: their names may still be in transcripts),
 * with their aliases, and the speaker labels of turns attributed to them when a label is theirs alone ("Aurélie"
 * for Aurélie Dumontet, not "Interviewé" shared by several).
 */
export function pseudonymPeople(db: Db): PseudonymPerson[] {
  const people = db.prepare('SELECT id, full_name, pseudonym FROM people ORDER BY created_at, id').all() as {
    id: string;
    full_name: string;
    pseudonym: string | null;
  }[];
  const aliases = db
    .prepare('SELECT person_id, alias FROM person_aliases WHERE deleted_at IS NULL')
    .all() as { person_id: string; alias: string }[];
  const speakers = db
    .prepare(
      `SELECT speaker, group_concat(DISTINCT person_id) AS people FROM speaker_turns
       WHERE deleted_at IS NULL AND person_id IS NOT NULL GROUP BY speaker`,
    )
    .all() as { speaker: string; people: string }[];
  const byPerson = new Map<string, string[]>();
  for (const a of aliases) byPerson.set(a.person_id, [...(byPerson.get(a.person_id) ?? []), a.alias]);
  const allLabels = new Map(
    (
      db
        .prepare(
          "SELECT speaker, count(DISTINCT coalesce(person_id, '')) AS n FROM speaker_turns WHERE deleted_at IS NULL GROUP BY speaker",
        )
        .all() as {
        speaker: string;
        n: number;
      }[]
    ).map((r) => [r.speaker, r.n]),
  );
  for (const s of speakers) {
    const owners = s.people.split(',');
    if (owners.length !== 1 || (allLabels.get(s.speaker) ?? 1) > 1) continue;
    if (GENERIC_SPEAKERS.has(plain(s.speaker)) || !/\p{L}/u.test(s.speaker)) continue;
    byPerson.set(owners[0]!, [...(byPerson.get(owners[0]!) ?? []), s.speaker]);
  }
  return people.map((p) => ({
    id: p.id,
    fullName: p.full_name,
    pseudonym: p.pseudonym,
    aliases: byPerson.get(p.id) ?? [],
  }));
}

/** The interviewers as typed on interviews (free text), for those that are nobody in the directory. */
export function interviewerNames(db: Db): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT trim(interviewer) AS name FROM interviews
         WHERE interviewer IS NOT NULL AND trim(interviewer) <> '' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

/** Names kept as written by pseudonymisation: organisations and their aliases. */
export function protectedNames(db: Db): string[] {
  const rows = db
    .prepare(
      `SELECT name FROM organisations WHERE deleted_at IS NULL
       UNION SELECT alias FROM organisation_aliases WHERE deleted_at IS NULL`,
    )
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** Everything a pseudonymiser of this workspace needs (reports, and the window's presentation mode). */
export function pseudonymDirectory(db: Db): PseudonymDirectory {
  return { people: pseudonymPeople(db), interviewers: interviewerNames(db), keep: protectedNames(db) };
}

export interface SegmentInfo {
  segmentId: string;
  quote: string;
  important: boolean;
  memo: string | null;
  start: number;
  interviewId: string;
  interviewTitle: string;
  interviewDate: string | null;
  speakerRole: SpeakerRole | null;
  personName: string | null;
  position: string | null;
  organisation: string | null;
  codeIds: string[];
  projectIds: string[];
}

/**
 * The context of coded passages: their interview, who speaks (the turn's person, else the interview's first
 * interviewee), their codes and projects. Live passages only.
 */
export function segmentInfo(db: Db, segmentIds: readonly string[]): Map<string, SegmentInfo> {
  const out = new Map<string, SegmentInfo>();
  const ids = [...new Set(segmentIds)];
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = db
      .prepare(
        `WITH wanted(id) AS (SELECT value FROM json_each(@ids)),
         first_interviewee AS (
           SELECT interview_id, person_id, min(id) FROM interview_participants
           WHERE role = 'interviewee' AND deleted_at IS NULL GROUP BY interview_id)
         SELECT s.id AS segmentId, s.quote, s.important, s.memo, s.start_offset AS start, i.id AS interviewId,
           i.title AS interviewTitle, i.date AS interviewDate, st.role AS speakerRole, p.full_name AS personName,
           p.position, o.name AS organisation,
           (SELECT json_group_array(sc.code_id) FROM segment_codes sc JOIN codes c ON c.id = sc.code_id
              WHERE sc.segment_id = s.id AND sc.deleted_at IS NULL AND c.deleted_at IS NULL) AS codeIds,
           (SELECT json_group_array(sp.project_id) FROM segment_projects sp JOIN projects pr ON pr.id = sp.project_id
              WHERE sp.segment_id = s.id AND sp.deleted_at IS NULL AND pr.deleted_at IS NULL) AS projectIds
         FROM wanted JOIN segments s ON s.id = wanted.id AND s.deleted_at IS NULL
         JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
         JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
         LEFT JOIN speaker_turns st ON st.id = s.speaker_turn_id
         LEFT JOIN first_interviewee fi ON fi.interview_id = i.id
         LEFT JOIN people p ON p.id = coalesce(st.person_id, fi.person_id)
         LEFT JOIN organisations o ON o.id = p.organisation_id`,
      )
      .all({ ids: JSON.stringify(ids.slice(i, i + 5000)) }) as (Omit<
      SegmentInfo,
      'important' | 'codeIds' | 'projectIds'
    > & { important: number; codeIds: string; projectIds: string })[];
    for (const r of rows) {
      out.set(r.segmentId, {
        ...r,
        important: r.important === 1,
        codeIds: JSON.parse(r.codeIds) as string[],
        projectIds: JSON.parse(r.projectIds) as string[],
      });
    }
  }
  return out;
}

/**
 * Passages coded with any of the codes, from interviews linked to one of the projects or with passages linked
 * to one (all interviews when no project is given).
 */
export function segmentsWithCodes(
  db: Db,
  codeIds: readonly string[],
  projectIds?: readonly string[],
): string[] {
  const params: Record<string, unknown> = { codes: JSON.stringify(codeIds) };
  let where = '';
  if (projectIds && projectIds.length > 0) {
    params.projects = JSON.stringify(projectIds);
    where = `AND (EXISTS (SELECT 1 FROM segment_projects sp WHERE sp.segment_id = s.id AND sp.deleted_at IS NULL
        AND sp.project_id IN (SELECT value FROM json_each(@projects)))
      OR EXISTS (SELECT 1 FROM interview_projects ip WHERE ip.interview_id = t.interview_id AND ip.deleted_at IS NULL
        AND ip.project_id IN (SELECT value FROM json_each(@projects))))`;
  }
  return (
    db
      .prepare(
        `SELECT DISTINCT s.id FROM segment_codes sc
         JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
         JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
         JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
         WHERE sc.deleted_at IS NULL AND sc.code_id IN (SELECT value FROM json_each(@codes)) ${where}`,
      )
      .all(params) as { id: string }[]
  ).map((r) => r.id);
}

/** Memos written on interviews, their transcripts or passages, by interview. */
export function interviewMemos(
  db: Db,
  interviewIds: readonly string[],
): Map<string, { title: string | null; body: string }[]> {
  const rows = db
    .prepare(
      `WITH wanted(id) AS (SELECT value FROM json_each(@ids))
       SELECT coalesce(i.id, t.interview_id, ts.interview_id) AS interviewId, m.title, m.body
       FROM memos m
       LEFT JOIN interviews i ON m.target_type = 'interview' AND i.id = m.target_id
       LEFT JOIN transcripts t ON m.target_type = 'transcript' AND t.id = m.target_id
       LEFT JOIN segments s ON m.target_type = 'segment' AND s.id = m.target_id
       LEFT JOIN transcripts ts ON ts.id = s.transcript_id
       WHERE m.deleted_at IS NULL AND coalesce(i.id, t.interview_id, ts.interview_id) IN (SELECT id FROM wanted)
       ORDER BY m.created_at`,
    )
    .all({ ids: JSON.stringify(interviewIds) }) as {
    interviewId: string;
    title: string | null;
    body: string;
  }[];
  const out = new Map<string, { title: string | null; body: string }[]>();
  for (const r of rows)
    out.set(r.interviewId, [...(out.get(r.interviewId) ?? []), { title: r.title, body: r.body }]);
  return out;
}

/** The first and last interview dates (of the given interviews, or of all). */
export function interviewDateSpan(
  db: Db,
  interviewIds?: readonly string[],
): { from: string | null; to: string | null } {
  const where = interviewIds ? 'AND id IN (SELECT value FROM json_each(@ids))' : '';
  return db
    .prepare(
      `SELECT min(date) AS "from", max(date) AS "to" FROM interviews
       WHERE deleted_at IS NULL AND date IS NOT NULL ${where}`,
    )
    .get(interviewIds ? { ids: JSON.stringify(interviewIds) } : {}) as {
    from: string | null;
    to: string | null;
  };
}

/** The interviews linked to any of the projects (directly or through a linked passage). */
export function interviewsOfProjects(db: Db, projectIds: readonly string[]): string[] {
  return (
    db
      .prepare(
        `WITH wanted(id) AS (SELECT value FROM json_each(@ids))
         SELECT interview_id AS id FROM interview_projects WHERE deleted_at IS NULL AND project_id IN (SELECT id FROM wanted)
         UNION
         SELECT t.interview_id FROM segment_projects sp JOIN segments s ON s.id = sp.segment_id AND s.deleted_at IS NULL
           JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
           WHERE sp.deleted_at IS NULL AND sp.project_id IN (SELECT id FROM wanted)`,
      )
      .all({ ids: JSON.stringify(projectIds) }) as { id: string }[]
  ).map((r) => r.id);
}
