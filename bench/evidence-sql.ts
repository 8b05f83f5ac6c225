import type { AnalysisFilter } from '../shared/analysis';

export interface EvidenceNeeds {
  /** The interviewee behind a verbatim, their organisation and actor type. */
  person?: boolean;
  /** The project a verbatim is linked to; `requireProject` drops verbatims linked to none. */
  project?: boolean;
  requireProject?: boolean;
}

/**
 * The evidence every analysis counts, written as SQL: what the app computed on every question before the
 * evidence store (db/analysis/evidence-store.ts), kept as the independent reference the store is checked
 * against (the drill-down test) and as the naive way the benchmark measures. One SQL common table expression `ev`: one row per (code, coded
 * verbatim, linked project) and one per project challenge observation. Verbatims count for a project only
 * when the consultant linked them to it (segment_projects), so an interview about several projects does not
 * spread its codes over all of them. Only the joins a question needs are made.
 *
 * Columns: src, code, seg, obs, strength, interview, person, org, actor, project, year, region.
 */
export function evidenceCte(
  filter: AnalysisFilter = {},
  needs: EvidenceNeeds = { person: true, project: true },
): { sql: string; params: Record<string, unknown> } {
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
  const person = needs.person || !!filter.actorTypes?.length || !!filter.organisationIds?.length;
  const project = needs.project || needs.requireProject || projectWhere.length > 0;
  const linkJoin = needs.requireProject || projectWhere.length > 0 ? 'JOIN' : 'LEFT JOIN';
  // Observations have no interview: any interview-level filter leaves them out.
  const observationsOn = interviewWhere.length === 0;

  const sql = `${
    person
      ? `first_interviewee AS (
    SELECT interview_id, person_id, min(id) FROM interview_participants
    WHERE role = 'interviewee' AND deleted_at IS NULL GROUP BY interview_id),`
      : ''
  }
  ev AS (
    SELECT 'verbatim' AS src, sc.code_id AS code, s.id AS seg, NULL AS obs, 'explicit' AS strength,
      i.id AS interview,
      ${person ? 'p.id AS person, o.id AS org, o.actor_type AS actor' : 'NULL AS person, NULL AS org, NULL AS actor'},
      ${project ? 'pr.id AS project, pr.call_year AS year, pr.region AS region' : 'NULL AS project, NULL AS year, NULL AS region'}
    FROM segment_codes sc
    JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
    JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
    JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
    ${
      person
        ? `LEFT JOIN speaker_turns st ON st.id = s.speaker_turn_id
    LEFT JOIN first_interviewee fi ON fi.interview_id = i.id
    LEFT JOIN people p ON p.id = coalesce(st.person_id, fi.person_id) AND p.deleted_at IS NULL
    LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL`
        : ''
    }
    ${
      project
        ? `${linkJoin} segment_projects sp ON sp.segment_id = s.id AND sp.deleted_at IS NULL
    ${linkJoin} projects pr ON pr.id = sp.project_id AND pr.deleted_at IS NULL`
        : ''
    }
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
