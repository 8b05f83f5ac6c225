import type { VerbatimRow } from '../../shared/domain';
import type { Db } from '../workspace';

export interface VerbatimFilter {
  /** Includes the code's descendants: filtering on a parent challenge finds its children's verbatims. */
  codeId?: string;
  actorType?: string;
  organisationId?: string;
  /** Passages linked to the project, or from interviews linked to it. */
  projectId?: string;
  interviewId?: string;
  interviewer?: string;
  speakerRole?: 'interviewer' | 'interviewee' | 'other';
  dateFrom?: string;
  dateTo?: string;
  importantOnly?: boolean;
  limit?: number;
  offset?: number;
}

const totals = new WeakMap<Db, { changes: number; byFilter: Map<string, number> }>();

/**
 * The count of a filtered list, kept while nothing has been written on this connection since (SQLite's
 * total_changes() moves with every write): scrolling a long list asks for one page after another with the
 * same filter, and counting 100,000 rows each time would make every page wait.
 */
function cachedTotal(db: Db, key: string, count: () => number): number {
  const changes = (db.prepare('SELECT total_changes() AS c').get() as { c: number }).c;
  let entry = totals.get(db);
  if (!entry || entry.changes !== changes) {
    entry = { changes, byFilter: new Map() };
    totals.set(db, entry);
  }
  let n = entry.byFilter.get(key);
  if (n === undefined) {
    n = count();
    entry.byFilter.set(key, n);
  }
  return n;
}

/** Coded segments with their context, filtered and paged in SQL so a list of 100,000 stays quick. */
export function listVerbatims(db: Db, filter: VerbatimFilter = {}): { total: number; rows: VerbatimRow[] } {
  const params: Record<string, unknown> = { limit: filter.limit ?? 200, offset: filter.offset ?? 0 };
  const where: string[] = ['s.deleted_at IS NULL'];
  if (filter.codeId) {
    params.codeId = filter.codeId;
    where.push(`s.id IN (
      WITH RECURSIVE sub(id) AS (SELECT @codeId UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id
        WHERE c.deleted_at IS NULL)
      SELECT sc.segment_id FROM segment_codes sc JOIN sub ON sub.id = sc.code_id WHERE sc.deleted_at IS NULL)`);
  } else {
    where.push(`EXISTS (SELECT 1 FROM segment_codes sc JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
      WHERE sc.segment_id = s.id AND sc.deleted_at IS NULL)`);
  }
  // Filters that compare one column with the value given: the condition, named by the filter's key.
  const conditions: [keyof VerbatimFilter, string][] = [
    ['actorType', 'o.actor_type = @actorType'],
    ['organisationId', 'o.id = @organisationId'],
    [
      'projectId',
      `(EXISTS (SELECT 1 FROM segment_projects sp WHERE sp.segment_id = s.id AND sp.project_id = @projectId
          AND sp.deleted_at IS NULL)
        OR EXISTS (SELECT 1 FROM interview_projects ipj WHERE ipj.interview_id = i.id AND ipj.project_id = @projectId
          AND ipj.deleted_at IS NULL))`,
    ],
    ['interviewId', 'i.id = @interviewId'],
    ['interviewer', 'i.interviewer = @interviewer'],
    ['speakerRole', 'st.role = @speakerRole'],
    ['dateFrom', 'i.date >= @dateFrom'],
    ['dateTo', 'i.date <= @dateTo'],
  ];
  for (const [key, condition] of conditions) {
    if (!filter[key]) continue;
    params[key] = filter[key];
    where.push(condition);
  }
  if (filter.importantOnly) where.push('s.important = 1');

  // The interviewee shown for a passage is its turn's speaker when known, else the interview's first interviewee.
  // Interviews lead the join in date order (CROSS JOIN keeps the planner from reordering it), so a page is read
  // in the order it is shown and the query stops at its end instead of sorting every coded segment.
  const from = `
    FROM interviews i
    CROSS JOIN transcripts t ON t.interview_id = i.id AND t.deleted_at IS NULL
    CROSS JOIN segments s ON s.transcript_id = t.id
    LEFT JOIN speaker_turns st ON st.id = s.speaker_turn_id
    LEFT JOIN people p ON p.id = coalesce(st.person_id, (SELECT ip.person_id FROM interview_participants ip
      WHERE ip.interview_id = i.id AND ip.role = 'interviewee' AND ip.deleted_at IS NULL ORDER BY ip.id LIMIT 1))
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE i.deleted_at IS NULL AND ${where.join(' AND ')}`;
  // The filter alone names the count, whatever order its fields were written in and whichever page is asked.
  const key = JSON.stringify(
    Object.entries(filter)
      .filter(([k, v]) => k !== 'limit' && k !== 'offset' && v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const total = cachedTotal(db, key, () => {
    const { limit: _l, offset: _o, ...countParams } = params;
    return (db.prepare(`SELECT count(*) AS n ${from}`).get(countParams) as { n: number }).n;
  });
  const rows = db
    .prepare(
      `SELECT s.id AS segmentId, t.id AS transcriptId, i.id AS interviewId, i.title AS interviewTitle,
         i.date AS interviewDate, s.quote, s.start_offset AS start, s.end_offset AS "end", s.important, s.memo,
         (SELECT json_group_array(sc.code_id) FROM segment_codes sc JOIN codes c ON c.id = sc.code_id
            WHERE sc.segment_id = s.id AND sc.deleted_at IS NULL AND c.deleted_at IS NULL) AS codeIds,
         st.speaker, st.role AS speakerRole, p.pseudonym, o.name AS organisation, o.actor_type AS actorType,
         i.interviewer
       ${from}
       ORDER BY i.date, i.id, s.start_offset, s.id
       LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (Omit<VerbatimRow, 'codeIds' | 'important'> & { codeIds: string; important: number })[];
  return {
    total,
    rows: rows.map((r) => ({
      ...r,
      important: r.important === 1,
      codeIds: JSON.parse(r.codeIds) as string[],
    })),
  };
}
