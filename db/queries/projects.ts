import type {
  ChallengeObservation,
  ProjectDetail,
  ProjectPartner,
  ProjectStatus,
  ProjectStep,
  ProjectSummary,
} from '../../shared/domain';
import { TerrainError } from '../../shared/errors';
import { checkComposition } from '../../shared/composition';
import type { Db } from '../workspace';

interface ProjectRow {
  id: string;
  name: string;
  solution: string | null;
  theme: string | null;
  callYear: number | null;
  methodStep: string | null;
  lifecycleStage: string | null;
  status: ProjectStatus;
  region: string | null;
  summary: string | null;
  providerOrganisationId: string | null;
  triggers: string;
  dtaCategory: string | null;
  wave: string | null;
  hasLevel: string | null;
  hasType: string | null;
  ansTags: string | null;
  startDate: string | null;
  endDate: string | null;
  observationCount: number;
  stepsDone: number;
}

const PROJECT_SQL = `
  SELECT p.id, p.name, p.solution, p.theme, p.call_year AS callYear, p.method_step AS methodStep,
    p.lifecycle_stage AS lifecycleStage, p.status, p.region, p.summary, p.provider_org_id AS providerOrganisationId,
    p.triggers, p.dta_category AS dtaCategory, p.wave, p.has_level AS hasLevel,
    p.has_type AS hasType, p.ans_tags AS ansTags, p.start_date AS startDate, p.end_date AS endDate,
    (SELECT count(*) FROM challenge_observations co JOIN codes c ON c.id = co.code_id AND c.deleted_at IS NULL
       WHERE co.project_id = p.id AND co.deleted_at IS NULL) AS observationCount,
    (SELECT count(*) FROM project_steps ps WHERE ps.project_id = p.id AND ps.deleted_at IS NULL
       AND ps.status = 'done') AS stepsDone
  FROM projects p WHERE p.deleted_at IS NULL`;

function partnersByProject(db: Db): Map<string, ProjectPartner[]> {
  const rows = db
    .prepare(
      `SELECT pp.project_id AS projectId, pp.id, pp.organisation_id AS organisationId, o.name AS organisation,
         o.actor_type AS actorType, pp.role, pp.funding_eur AS fundingEur
       FROM project_partners pp JOIN organisations o ON o.id = pp.organisation_id AND o.deleted_at IS NULL
       WHERE pp.deleted_at IS NULL
       ORDER BY CASE pp.role WHEN 'startup' THEN 0 WHEN 'industrial' THEN 1 WHEN 'establishment' THEN 2 ELSE 3 END,
         o.name COLLATE NOCASE`,
    )
    .all() as (ProjectPartner & { projectId: string })[];
  const map = new Map<string, ProjectPartner[]>();
  for (const { projectId, ...partner } of rows) {
    const list = map.get(projectId) ?? [];
    list.push(partner);
    map.set(projectId, list);
  }
  return map;
}

function toSummary(row: ProjectRow, partners: ProjectPartner[]): ProjectSummary {
  return {
    id: row.id,
    name: row.name,
    solution: row.solution,
    theme: row.theme,
    callYear: row.callYear,
    methodStep: row.methodStep,
    lifecycleStage: row.lifecycleStage,
    status: row.status,
    region: row.region,
    partners,
    totalFundingEur: partners.reduce((sum, p) => sum + (p.fundingEur ?? 0), 0),
    observationCount: row.observationCount,
    stepsDone: row.stepsDone,
  };
}

export function listProjects(db: Db): ProjectSummary[] {
  const partners = partnersByProject(db);
  const rows = db.prepare(`${PROJECT_SQL} ORDER BY p.name COLLATE NOCASE`).all() as ProjectRow[];
  return rows.map((r) => toSummary(r, partners.get(r.id) ?? []));
}

export function getProject(db: Db, id: string): ProjectDetail {
  const row = db.prepare(`${PROJECT_SQL} AND p.id = ?`).get(id) as ProjectRow | undefined;
  if (!row) throw new TerrainError('not_found', `Projet introuvable (${id}).`);
  const steps = db
    .prepare(
      `SELECT step_key AS stepKey, status, start_date AS startDate, end_date AS endDate, note
       FROM project_steps WHERE project_id = ? AND deleted_at IS NULL`,
    )
    .all(id) as ProjectStep[];
  const observations = db
    .prepare(
      `SELECT co.id, co.project_id AS projectId, co.code_id AS codeId, c.taxonomy_key AS challengeKey,
         c.name AS challenge, co.strength, co.status, co.levers, co.notes
       FROM challenge_observations co JOIN codes c ON c.id = co.code_id AND c.deleted_at IS NULL
       WHERE co.project_id = ? AND co.deleted_at IS NULL ORDER BY c.sort_order, c.name`,
    )
    .all(id) as Omit<ChallengeObservation, 'evidence'>[];
  const evidence = db.prepare(
    `SELECT s.id AS segmentId, s.quote, i.id AS interviewId, i.title AS interviewTitle
     FROM observation_evidence oe
     JOIN segments s ON s.id = oe.segment_id AND s.deleted_at IS NULL
     JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
     JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
     WHERE oe.observation_id = ? AND oe.deleted_at IS NULL ORDER BY i.date, s.start_offset`,
  );
  const sites = db
    .prepare(
      `SELECT ds.id, ds.organisation_id AS organisationId, o.name AS organisation, ds.region, ds.status,
         ds.start_date AS startDate, ds.end_date AS endDate, ds.notes
       FROM deployment_sites ds JOIN organisations o ON o.id = ds.organisation_id
       WHERE ds.project_id = ? AND ds.deleted_at IS NULL ORDER BY o.name`,
    )
    .all(id) as ProjectDetail['sites'];
  const partners = partnersByProject(db).get(id) ?? [];
  return {
    ...toSummary(row, partners),
    composition: checkComposition(partners.map((p) => p.role)),
    summary: row.summary,
    providerOrganisationId: row.providerOrganisationId,
    triggers: JSON.parse(row.triggers) as string[],
    dtaCategory: row.dtaCategory,
    wave: row.wave,
    hasLevel: row.hasLevel,
    hasType: row.hasType,
    ansTags: row.ansTags ? (JSON.parse(row.ansTags) as string[]) : [],
    startDate: row.startDate,
    endDate: row.endDate,
    steps,
    observations: observations.map((o) => ({
      ...o,
      evidence: evidence.all(o.id) as ChallengeObservation['evidence'],
    })),
    sites,
  };
}
