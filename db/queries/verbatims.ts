import type { VerbatimRow } from '../../shared/domain';
import type { Db } from '../workspace';

/**
 * Coded segments with their context. Filtering by a code includes its descendants (a recursive walk of the
 * tree), so filtering on a parent challenge finds the verbatims coded with its children.
 */
export function listVerbatims(
  db: Db,
  filter: { codeId?: string; limit?: number; offset?: number } = {},
): { total: number; rows: VerbatimRow[] } {
  const params: Record<string, unknown> = { limit: filter.limit ?? 200, offset: filter.offset ?? 0 };
  let codeFilter = '';
  if (filter.codeId) {
    params.codeId = filter.codeId;
    codeFilter = `AND s.id IN (
      WITH RECURSIVE sub(id) AS (SELECT @codeId UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id
        WHERE c.deleted_at IS NULL)
      SELECT sc.segment_id FROM segment_codes sc JOIN sub ON sub.id = sc.code_id WHERE sc.deleted_at IS NULL)`;
  }
  const from = `
    FROM segments s
    JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
    JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
    WHERE s.deleted_at IS NULL ${codeFilter}`;
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT s.id AS segmentId, t.id AS transcriptId, i.id AS interviewId, i.title AS interviewTitle,
         i.date AS interviewDate, s.quote,
         (SELECT json_group_array(sc.code_id) FROM segment_codes sc JOIN codes c ON c.id = sc.code_id
            WHERE sc.segment_id = s.id AND sc.deleted_at IS NULL AND c.deleted_at IS NULL) AS codeIds,
         (SELECT st.speaker FROM speaker_turns st WHERE st.transcript_id = t.id AND st.deleted_at IS NULL
            AND st.start_offset <= s.start_offset ORDER BY st.start_offset DESC LIMIT 1) AS speaker,
         p.pseudonym, o.name AS organisation, o.actor_type AS actorType
       ${from.replace(
         'WHERE s.deleted_at IS NULL',
         `LEFT JOIN interview_participants ip ON ip.interview_id = i.id AND ip.role = 'interviewee'
            AND ip.deleted_at IS NULL
            AND ip.id = (SELECT min(ip2.id) FROM interview_participants ip2 WHERE ip2.interview_id = i.id
              AND ip2.role = 'interviewee' AND ip2.deleted_at IS NULL)
          LEFT JOIN people p ON p.id = ip.person_id
          LEFT JOIN organisations o ON o.id = p.organisation_id
          WHERE s.deleted_at IS NULL`,
       )}
       ORDER BY i.date, i.id, s.start_offset
       LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (Omit<VerbatimRow, 'codeIds'> & { codeIds: string })[];
  return { total, rows: rows.map((r) => ({ ...r, codeIds: JSON.parse(r.codeIds) as string[] })) };
}
