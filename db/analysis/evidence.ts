import type { AnalysisFilter } from '../../shared/analysis';

/**
 * The evidence every analysis counts, as one SQL common table expression `ev`: one row per (code, coded
 * verbatim, linked project) and one per project challenge observation. Verbatims count for a project only
 * when the consultant linked them to it (segment_projects), so an interview about several projects does not
 * spread its codes over all of them.
 *
 * Columns: src, code, seg, obs, strength, interview, person, org, actor, project, year, region.
 */
export function evidenceCte(filter: AnalysisFilter = {}): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const interviewWhere: string[] = [];
  const list = (name: string, values: string[] | undefined, column: string, where: string[]) => {
    if (!values || values.length === 0) return;
    params[name] = JSON.stringify(values);
    where.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
  };
  if (filter.dateFrom) {
    params.dateFrom = filter.dateFrom;
    interviewWhere.push('i.date >= @dateFrom');
  }
  if (filter.dateTo) {
    params.dateTo = filter.dateTo;
    interviewWhere.push('i.date <= @dateTo');
  }
  list('actorTypes', filter.actorTypes, 'o.actor_type', interviewWhere);
  list('organisationIds', filter.organisationIds, 'o.id', interviewWhere);
  list('interviewers', filter.interviewers, 'i.interviewer', interviewWhere);
  list('statuses', filter.interviewStatuses, 'i.status', interviewWhere);
  const projectWhere: string[] = [];
  list('projectIds', filter.projectIds, 'pr.id', projectWhere);
  // Observations have no interview: any interview-level filter leaves them out.
  const observationsOn = interviewWhere.length === 0;

  const sql = `ev AS (
    SELECT 'verbatim' AS src, sc.code_id AS code, s.id AS seg, NULL AS obs, 'explicit' AS strength,
      i.id AS interview, p.id AS person, o.id AS org, o.actor_type AS actor,
      pr.id AS project, pr.call_year AS year, pr.region AS region
    FROM segment_codes sc
    JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
    JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
    JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
    LEFT JOIN speaker_turns st ON st.id = s.speaker_turn_id
    LEFT JOIN people p ON p.id = coalesce(st.person_id, (SELECT ip.person_id FROM interview_participants ip
        WHERE ip.interview_id = i.id AND ip.role = 'interviewee' AND ip.deleted_at IS NULL ORDER BY ip.id LIMIT 1))
      AND p.deleted_at IS NULL
    LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL
    LEFT JOIN segment_projects sp ON sp.segment_id = s.id AND sp.deleted_at IS NULL
    LEFT JOIN projects pr ON pr.id = sp.project_id AND pr.deleted_at IS NULL
    WHERE sc.deleted_at IS NULL ${interviewWhere.map((w) => `AND ${w}`).join(' ')}
      ${projectWhere.map((w) => `AND ${w}`).join(' ')}
    ${
      observationsOn
        ? `UNION ALL
    SELECT 'observation', co.code_id, NULL, co.id, co.strength, NULL, NULL, NULL, NULL,
      pr.id, pr.call_year, pr.region
    FROM challenge_observations co
    JOIN projects pr ON pr.id = co.project_id AND pr.deleted_at IS NULL
    WHERE co.deleted_at IS NULL ${projectWhere.map((w) => `AND ${w}`).join(' ')}`
        : ''
    }
  )`;
  return { sql, params };
}
