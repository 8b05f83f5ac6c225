import type {
  ObservationStatus,
  ObservationStrength,
  PartnerRole,
  ProjectStatus,
  StepStatus,
} from '../shared/domain';
import { TerrainError } from '../shared/errors';
import type { Db } from './workspace';
import { record, type Recorder } from './history';

function requireLive(db: Db, table: string, id: string, what: string): void {
  if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id)) {
    throw new TerrainError('not_found', `${what} introuvable.`);
  }
}

function labelOf(db: Db, table: string, column: string, id: string): string {
  return (
    (db.prepare(`SELECT ${column} AS l FROM ${table} WHERE id = ?`).get(id) as { l: string } | undefined)
      ?.l ?? id
  );
}

function columnsOf(fields: object, map: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || !(k in map)) continue;
    out[map[k]!] = Array.isArray(v) ? JSON.stringify(v) : typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  return out;
}

// ---------------------------------------------------------------- organisations

export interface OrganisationFields {
  name?: string;
  actorType?: string | null;
  structureType?: string | null;
  region?: string | null;
  sector?: 'public' | 'private' | null;
  parentId?: string | null;
  city?: string | null;
  notes?: string | null;
  aliases?: string[];
}

const ORG_COLUMNS: Record<string, string> = {
  name: 'name',
  actorType: 'actor_type',
  structureType: 'structure_type',
  region: 'region',
  sector: 'sector',
  parentId: 'parent_id',
  city: 'city',
  notes: 'notes',
};

function setAliases(rec: Recorder, organisationId: string, aliases: string[]): void {
  const current = rec.db
    .prepare('SELECT id, alias FROM organisation_aliases WHERE organisation_id = ? AND deleted_at IS NULL')
    .all(organisationId) as { id: string; alias: string }[];
  const wanted = new Set(aliases.map((a) => a.trim()).filter(Boolean));
  for (const c of current) if (!wanted.has(c.alias)) rec.remove('organisation_aliases', c.id);
  const have = new Set(current.map((c) => c.alias));
  for (const a of wanted)
    if (!have.has(a)) rec.insert('organisation_aliases', { organisation_id: organisationId, alias: a });
}

export function saveOrganisation(db: Db, id: string | undefined, fields: OrganisationFields): string {
  if (fields.name !== undefined && !fields.name.trim())
    throw new TerrainError('invalid_input', 'Le nom est obligatoire.');
  if (id) requireLive(db, 'organisations', id, 'Organisation');
  else if (!fields.name) throw new TerrainError('invalid_input', 'Le nom est obligatoire.');
  if (fields.parentId) {
    requireLive(db, 'organisations', fields.parentId, 'Groupe parent');
    if (fields.parentId === id)
      throw new TerrainError('invalid_input', 'Une organisation ne peut pas être son propre groupe.');
  }
  const label = id ? `Modifier « ${labelOf(db, 'organisations', 'name', id)} »` : `Créer « ${fields.name} »`;
  return record(db, label, (rec) => {
    const values = columnsOf(fields, ORG_COLUMNS);
    const orgId = id ?? rec.insert('organisations', values);
    if (id && Object.keys(values).length) rec.update('organisations', id, values);
    if (fields.aliases) setAliases(rec, orgId, fields.aliases);
    return orgId;
  });
}

export function deleteOrganisation(db: Db, id: string): void {
  requireLive(db, 'organisations', id, 'Organisation');
  record(db, `Supprimer « ${labelOf(db, 'organisations', 'name', id)} »`, (rec) =>
    rec.remove('organisations', id),
  );
}

/**
 * Merges two organisations found to be the same: everything that pointed at the duplicate (people,
 * partnerships, sites, sub-organisations, provider of projects) now points at the one kept; the duplicate's
 * name and aliases become aliases of the one kept; the duplicate goes to the trash.
 */
export function mergeOrganisations(db: Db, duplicateId: string, keptId: string): { moved: number } {
  requireLive(db, 'organisations', duplicateId, 'Organisation');
  requireLive(db, 'organisations', keptId, 'Organisation');
  if (duplicateId === keptId)
    throw new TerrainError('invalid_input', 'Choisissez deux organisations différentes.');
  const duplicate = labelOf(db, 'organisations', 'name', duplicateId);
  const kept = labelOf(db, 'organisations', 'name', keptId);
  let moved = 0;
  record(db, `Fusionner « ${duplicate} » dans « ${kept} »`, (rec) => {
    const repoint = (table: string, column: string) => {
      const rows = db
        .prepare(`SELECT id FROM ${table} WHERE ${column} = ? AND deleted_at IS NULL`)
        .all(duplicateId) as {
        id: string;
      }[];
      for (const r of rows) rec.update(table, r.id, { [column]: keptId });
      moved += rows.length;
    };
    repoint('people', 'organisation_id');
    repoint('project_partners', 'organisation_id');
    repoint('deployment_sites', 'organisation_id');
    repoint('organisations', 'parent_id');
    repoint('projects', 'provider_org_id');
    const aliases = db
      .prepare('SELECT id, alias FROM organisation_aliases WHERE organisation_id = ? AND deleted_at IS NULL')
      .all(duplicateId) as { id: string; alias: string }[];
    const keptAliases = new Set(
      (
        db
          .prepare('SELECT alias FROM organisation_aliases WHERE organisation_id = ? AND deleted_at IS NULL')
          .all(keptId) as {
          alias: string;
        }[]
      ).map((a) => a.alias),
    );
    for (const a of aliases) {
      if (keptAliases.has(a.alias) || a.alias === kept) rec.remove('organisation_aliases', a.id);
      else rec.update('organisation_aliases', a.id, { organisation_id: keptId });
    }
    if (!keptAliases.has(duplicate) && duplicate !== kept) {
      rec.insert('organisation_aliases', { organisation_id: keptId, alias: duplicate });
    }
    rec.remove('organisations', duplicateId);
  });
  return { moved };
}

// ---------------------------------------------------------------- projects

export interface ProjectFields {
  name?: string;
  solution?: string | null;
  providerOrganisationId?: string | null;
  summary?: string | null;
  theme?: string | null;
  callYear?: number | null;
  wave?: string | null;
  methodStep?: string | null;
  lifecycleStage?: string | null;
  triggers?: string[];
  dtaCategory?: string | null;
  hasLevel?: string | null;
  hasType?: string | null;
  ansTags?: string[];
  status?: ProjectStatus;
  startDate?: string | null;
  endDate?: string | null;
  region?: string | null;
}

const PROJECT_COLUMNS: Record<string, string> = {
  name: 'name',
  solution: 'solution',
  providerOrganisationId: 'provider_org_id',
  summary: 'summary',
  theme: 'theme',
  callYear: 'call_year',
  wave: 'wave',
  methodStep: 'method_step',
  lifecycleStage: 'lifecycle_stage',
  triggers: 'triggers',
  dtaCategory: 'dta_category',
  hasLevel: 'has_level',
  hasType: 'has_type',
  ansTags: 'ans_tags',
  status: 'status',
  startDate: 'start_date',
  endDate: 'end_date',
  region: 'region',
};

export function insertProject(rec: Recorder, fields: ProjectFields & { name: string }): string {
  if (!fields.name.trim()) throw new TerrainError('invalid_input', 'Un projet doit avoir un nom.');
  if (fields.providerOrganisationId)
    requireLive(rec.db, 'organisations', fields.providerOrganisationId, 'Organisation');
  return rec.insert('projects', columnsOf(fields, PROJECT_COLUMNS));
}

export function saveProject(db: Db, id: string | undefined, fields: ProjectFields): string {
  if (id) requireLive(db, 'projects', id, 'Projet');
  else if (!fields.name?.trim()) throw new TerrainError('invalid_input', 'Un projet doit avoir un nom.');
  if (fields.name !== undefined && !fields.name.trim())
    throw new TerrainError('invalid_input', 'Un projet doit avoir un nom.');
  if (fields.startDate && fields.endDate && fields.endDate < fields.startDate) {
    throw new TerrainError('invalid_input', 'La date de fin précède la date de début.');
  }
  const label = id
    ? `Modifier le projet « ${labelOf(db, 'projects', 'name', id)} »`
    : `Créer le projet « ${fields.name} »`;
  return record(db, label, (rec) => {
    if (!id) return insertProject(rec, fields as ProjectFields & { name: string });
    if (fields.providerOrganisationId)
      requireLive(db, 'organisations', fields.providerOrganisationId, 'Organisation');
    const values = columnsOf(fields, PROJECT_COLUMNS);
    if (Object.keys(values).length) rec.update('projects', id, values);
    return id;
  });
}

export function deleteProject(db: Db, id: string): void {
  requireLive(db, 'projects', id, 'Projet');
  record(db, `Supprimer le projet « ${labelOf(db, 'projects', 'name', id)} »`, (rec) =>
    rec.remove('projects', id),
  );
}

export function savePartner(
  db: Db,
  input: {
    id?: string;
    projectId: string;
    organisationId: string;
    role: PartnerRole;
    fundingEur?: number | null;
  },
): string {
  requireLive(db, 'projects', input.projectId, 'Projet');
  requireLive(db, 'organisations', input.organisationId, 'Organisation');
  if (
    input.fundingEur !== undefined &&
    input.fundingEur !== null &&
    (!Number.isFinite(input.fundingEur) || input.fundingEur < 0)
  ) {
    throw new TerrainError('invalid_input', 'Le financement doit être un montant positif en euros.');
  }
  const values = {
    project_id: input.projectId,
    organisation_id: input.organisationId,
    role: input.role,
    funding_eur:
      input.fundingEur === undefined || input.fundingEur === null ? null : Math.round(input.fundingEur),
  };
  const org = labelOf(db, 'organisations', 'name', input.organisationId);
  return record(
    db,
    input.id ? `Modifier le partenaire « ${org} »` : `Ajouter le partenaire « ${org} »`,
    (rec) => {
      if (input.id) {
        requireLive(db, 'project_partners', input.id, 'Partenaire');
        rec.update('project_partners', input.id, values);
        return input.id;
      }
      return rec.insert('project_partners', values);
    },
  );
}

export function removePartner(db: Db, id: string): void {
  requireLive(db, 'project_partners', id, 'Partenaire');
  const org = (
    db
      .prepare(
        'SELECT o.name FROM project_partners p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?',
      )
      .get(id) as {
      name: string;
    }
  ).name;
  record(db, `Retirer le partenaire « ${org} »`, (rec) => rec.remove('project_partners', id));
}

export function saveSite(
  db: Db,
  input: {
    id?: string;
    projectId: string;
    organisationId: string;
    region?: string | null;
    status?: 'planned' | 'active' | 'ended';
    startDate?: string | null;
    endDate?: string | null;
    notes?: string | null;
  },
): string {
  requireLive(db, 'projects', input.projectId, 'Projet');
  requireLive(db, 'organisations', input.organisationId, 'Établissement');
  const region =
    input.region ??
    (
      db.prepare('SELECT region FROM organisations WHERE id = ?').get(input.organisationId) as {
        region: string | null;
      }
    ).region;
  const values = {
    project_id: input.projectId,
    organisation_id: input.organisationId,
    region,
    status: input.status ?? 'planned',
    start_date: input.startDate ?? null,
    end_date: input.endDate ?? null,
    notes: input.notes ?? null,
  };
  return record(db, input.id ? 'Modifier un site' : 'Ajouter un site de déploiement', (rec) => {
    if (input.id) {
      requireLive(db, 'deployment_sites', input.id, 'Site');
      rec.update('deployment_sites', input.id, values);
      return input.id;
    }
    return rec.insert('deployment_sites', values);
  });
}

export function removeSite(db: Db, id: string): void {
  requireLive(db, 'deployment_sites', id, 'Site');
  record(db, 'Retirer un site de déploiement', (rec) => rec.remove('deployment_sites', id));
}

export function setStep(
  db: Db,
  input: {
    projectId: string;
    stepKey: string;
    status: StepStatus;
    startDate?: string | null;
    endDate?: string | null;
    note?: string | null;
  },
): void {
  requireLive(db, 'projects', input.projectId, 'Projet');
  if (
    !db
      .prepare(
        "SELECT 1 FROM reference_items WHERE taxonomy = 'deployment-step' AND key = ? AND deleted_at IS NULL",
      )
      .get(input.stepKey)
  ) {
    throw new TerrainError('invalid_input', `Étape de déploiement inconnue : ${input.stepKey}.`);
  }
  const existing = db
    .prepare('SELECT id FROM project_steps WHERE project_id = ? AND step_key = ? AND deleted_at IS NULL')
    .get(input.projectId, input.stepKey) as { id: string } | undefined;
  const values: Record<string, unknown> = { status: input.status };
  if (input.startDate !== undefined) values.start_date = input.startDate;
  if (input.endDate !== undefined) values.end_date = input.endDate;
  if (input.note !== undefined) values.note = input.note;
  record(db, 'Mettre à jour une étape de déploiement', (rec) => {
    if (existing) rec.update('project_steps', existing.id, values);
    else rec.insert('project_steps', { ...values, project_id: input.projectId, step_key: input.stepKey });
  });
}

export function saveObservation(
  db: Db,
  input: {
    id?: string;
    projectId: string;
    codeId: string;
    strength?: ObservationStrength;
    status?: ObservationStatus;
    levers?: string | null;
    notes?: string | null;
    evidenceSegmentIds?: string[];
  },
): string {
  requireLive(db, 'projects', input.projectId, 'Projet');
  const code = db
    .prepare('SELECT kind, name FROM codes WHERE id = ? AND deleted_at IS NULL')
    .get(input.codeId) as { kind: string; name: string } | undefined;
  if (!code) throw new TerrainError('not_found', 'Enjeu introuvable dans le codebook.');
  if (code.kind !== 'challenge')
    throw new TerrainError('invalid_input', `« ${code.name} » n’est pas un enjeu du déploiement.`);
  const values: Record<string, unknown> = { project_id: input.projectId, code_id: input.codeId };
  if (input.strength) values.strength = input.strength;
  if (input.status) values.status = input.status;
  if (input.levers !== undefined) values.levers = input.levers;
  if (input.notes !== undefined) values.notes = input.notes;
  return record(
    db,
    input.id ? `Modifier l’enjeu « ${code.name} »` : `Observer l’enjeu « ${code.name} »`,
    (rec) => {
      let id = input.id;
      if (id) {
        requireLive(db, 'challenge_observations', id, 'Observation');
        rec.update('challenge_observations', id, values);
      } else {
        const dup = db
          .prepare(
            'SELECT id FROM challenge_observations WHERE project_id = ? AND code_id = ? AND deleted_at IS NULL',
          )
          .get(input.projectId, input.codeId) as { id: string } | undefined;
        if (dup)
          throw new TerrainError('conflict', `L’enjeu « ${code.name} » est déjà observé pour ce projet.`);
        id = rec.insert('challenge_observations', values);
      }
      if (input.evidenceSegmentIds) {
        const current = db
          .prepare(
            'SELECT id, segment_id FROM observation_evidence WHERE observation_id = ? AND deleted_at IS NULL',
          )
          .all(id) as { id: string; segment_id: string }[];
        const wanted = new Set(input.evidenceSegmentIds);
        for (const c of current) if (!wanted.has(c.segment_id)) rec.remove('observation_evidence', c.id);
        const have = new Set(current.map((c) => c.segment_id));
        for (const segmentId of wanted) {
          if (have.has(segmentId)) continue;
          requireLive(db, 'segments', segmentId, 'Verbatim');
          rec.insert('observation_evidence', { observation_id: id, segment_id: segmentId });
          // Evidence of a project's challenge is a verbatim about that project: link it, so analyses count it.
          const linked = db
            .prepare(
              'SELECT 1 FROM segment_projects WHERE segment_id = ? AND project_id = ? AND deleted_at IS NULL',
            )
            .get(segmentId, input.projectId);
          if (!linked) rec.insert('segment_projects', { segment_id: segmentId, project_id: input.projectId });
        }
      }
      return id;
    },
  );
}

export function deleteObservation(db: Db, id: string): void {
  requireLive(db, 'challenge_observations', id, 'Observation');
  record(db, 'Retirer un enjeu observé', (rec) => {
    rec.remove('challenge_observations', id);
  });
}
