import type {
  GuideAxis,
  InterviewDetail,
  InterviewStatus,
  InterviewSummary,
  SpeakerTurn,
  Transcript,
} from '../../shared/domain';
import { TerrainError } from '../../shared/errors';
import { SEGMENT_SELECT, toSegment, type SegmentRow } from './segments';
import type { Db } from '../workspace';
import { groupBy } from '../../shared/group';

interface InterviewRow {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  mode: InterviewSummary['mode'];
  interviewer: string | null;
  status: InterviewStatus;
  topic: string | null;
  notes: string | null;
  guide_id: string | null;
  transcript_count: number;
  segment_count: number;
}

const SUMMARY_SQL = `
  SELECT i.id, i.title, i.date, i.place, i.mode, i.interviewer, i.status, i.topic, i.notes, i.guide_id,
    (SELECT count(*) FROM transcripts t WHERE t.interview_id = i.id AND t.deleted_at IS NULL) AS transcript_count,
    (SELECT count(*) FROM segments s JOIN transcripts t ON t.id = s.transcript_id
      WHERE t.interview_id = i.id AND s.deleted_at IS NULL AND t.deleted_at IS NULL) AS segment_count
  FROM interviews i
  WHERE i.deleted_at IS NULL`;

/**
 * Interviewees and projects of the listed interviews. For one interview (its page) only its own rows are
 * read: reading everyone's to keep one interview's cost the whole workspace's (10,000 interviews at size L).
 */
function attachPeopleAndProjects(db: Db, rows: InterviewRow[], only?: string): InterviewSummary[] {
  const one = only ? 'AND ip.interview_id = @only' : '';
  const params = only ? { only } : {};
  const people = db
    .prepare(
      `SELECT ip.interview_id, p.id AS person_id, p.full_name, p.pseudonym, p.position,
         o.name AS organisation, o.actor_type
       FROM interview_participants ip
       JOIN people p ON p.id = ip.person_id AND p.deleted_at IS NULL
       LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL
       WHERE ip.deleted_at IS NULL AND ip.role = 'interviewee' ${one}
       ORDER BY p.full_name`,
    )
    .all(params) as {
    interview_id: string;
    person_id: string;
    full_name: string;
    pseudonym: string | null;
    position: string | null;
    organisation: string | null;
    actor_type: string | null;
  }[];
  const projects = db
    .prepare(
      `SELECT ip.interview_id, ip.project_id FROM interview_projects ip
       JOIN projects p ON p.id = ip.project_id AND p.deleted_at IS NULL WHERE ip.deleted_at IS NULL ${one}`,
    )
    .all(params) as { interview_id: string; project_id: string }[];
  // Grouped once: filtering the whole list for each interview grows with the square of the workspace.
  const peopleOf = groupBy(people, (p) => p.interview_id);
  const projectsOf = groupBy(projects, (p) => p.interview_id);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    date: r.date,
    place: r.place,
    mode: r.mode,
    interviewer: r.interviewer,
    status: r.status,
    interviewees: (peopleOf.get(r.id) ?? []).map((p) => ({
      personId: p.person_id,
      name: p.full_name,
      pseudonym: p.pseudonym,
      position: p.position,
      organisation: p.organisation,
      actorType: p.actor_type,
    })),
    projectIds: (projectsOf.get(r.id) ?? []).map((p) => p.project_id),
    transcriptCount: r.transcript_count,
    segmentCount: r.segment_count,
  }));
}

export function listInterviews(
  db: Db,
  filter: { status?: InterviewStatus; search?: string } = {},
): InterviewSummary[] {
  let sql = SUMMARY_SQL;
  const params: unknown[] = [];
  if (filter.status) {
    sql += ' AND i.status = ?';
    params.push(filter.status);
  }
  if (filter.search) {
    sql +=
      " AND (i.title LIKE ? ESCAPE '\\' OR i.place LIKE ? ESCAPE '\\' OR i.interviewer LIKE ? ESCAPE '\\')";
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    params.push(like, like, like);
  }
  sql += ' ORDER BY i.date IS NULL, i.date, i.title';
  return attachPeopleAndProjects(db, db.prepare(sql).all(...params) as InterviewRow[]);
}

export function getInterview(db: Db, id: string): InterviewDetail {
  const row = db.prepare(`${SUMMARY_SQL} AND i.id = ?`).get(id) as InterviewRow | undefined;
  if (!row) throw new TerrainError('not_found', `Entretien introuvable (${id}).`);
  const [summary] = attachPeopleAndProjects(db, [row], id);
  let guide: InterviewDetail['guide'] = null;
  if (row.guide_id) {
    const g = db
      .prepare('SELECT id, name FROM interview_guides WHERE id = ? AND deleted_at IS NULL')
      .get(row.guide_id) as { id: string; name: string } | undefined;
    if (g) {
      const axes = db
        .prepare(
          `SELECT id, key, sort_order AS "order", label_fr AS labelFr, label_en AS labelEn, prompts_fr AS promptsFr,
             prompts_en AS promptsEn, optional FROM guide_axes WHERE guide_id = ? AND deleted_at IS NULL ORDER BY sort_order`,
        )
        .all(g.id) as (Omit<GuideAxis, 'optional'> & { optional: number })[];
      guide = { ...g, axes: axes.map((a) => ({ ...a, optional: a.optional === 1 })) };
    }
  }
  const consent = db.prepare('SELECT consent_date, consent_scope FROM interviews WHERE id = ?').get(id) as {
    consent_date: string | null;
    consent_scope: string | null;
  };
  const axisNotes = db
    .prepare('SELECT axis_id, note FROM interview_axis_notes WHERE interview_id = ? AND deleted_at IS NULL')
    .all(id) as { axis_id: string; note: string }[];
  return {
    ...summary!,
    topic: row.topic,
    notes: row.notes,
    consentDate: consent.consent_date,
    consentScope: consent.consent_scope,
    axisNotes: Object.fromEntries(axisNotes.map((n) => [n.axis_id, n.note])),
    guide,
    transcripts: transcriptsOf(db, id),
  };
}

function transcriptsOf(db: Db, interviewId: string): Transcript[] {
  const transcripts = db
    .prepare(
      `SELECT id, interview_id AS interviewId, title, text, source_name AS sourceName, source_format AS sourceFormat
       FROM transcripts WHERE interview_id = ? AND deleted_at IS NULL ORDER BY created_at`,
    )
    .all(interviewId) as Omit<Transcript, 'turns' | 'segments'>[];
  const turnsStmt = db.prepare(
    `SELECT id, seq, speaker, role, start_offset AS start, end_offset AS "end", timestamp_ms AS timestampMs
     FROM speaker_turns WHERE transcript_id = ? AND deleted_at IS NULL ORDER BY seq`,
  );
  const segStmt = db.prepare(
    `${SEGMENT_SELECT} WHERE s.transcript_id = ? AND s.deleted_at IS NULL ORDER BY s.start_offset, s.end_offset`,
  );
  return transcripts.map((t) => ({
    ...t,
    turns: turnsStmt.all(t.id) as SpeakerTurn[],
    segments: (segStmt.all(t.id) as SegmentRow[]).map(toSegment),
  }));
}
