import { foldHeader, PORTFOLIO_FIELDS, type PortfolioEntity } from '../shared/portfolio-fields';
import type { PartnerRole, ProjectStatus } from '../shared/domain';
import type { Db } from './workspace';
import { record, type Recorder } from './history';

export type RawCell = string | number | Date | null;

export interface ImportRow {
  line: number;
  cells: RawCell[];
}

export interface RowOutcome {
  line: number;
  action: 'create' | 'update' | 'error';
  label: string;
  message?: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  errors: { line: number; message: string }[];
  rows: RowOutcome[];
}

class RowError extends Error {}

const STATUS: [ProjectStatus, string[]][] = [
  ['active', ['actif', 'active', 'en cours', 'experimentation', 'deploiement', 'partnership', 'partenariat']],
  ['paused', ['en pause', 'pause', 'paused', 'suspendu']],
  ['closed', ['clos', 'closed', 'termine', 'fini', 'acheve']],
  ['not-deployed', ['non deploye', 'not deployed', 'not-deployed', 'candidature', 'applied not deployed']],
];
const ROLE: [PartnerRole, string[]][] = [
  ['startup', ['startup', 'start up', 'fournisseur', 'solution provider', 'porteur']],
  ['industrial', ['industriel', 'industrial', 'laboratoire', 'pharma', 'medtech', 'industriel de sante']],
  [
    'establishment',
    ['etablissement', 'establishment', 'hopital', 'chu', 'clinique', 'etablissement de sante'],
  ],
  ['institution', ['institution', 'institutionnel']],
  ['other', ['autre', 'other']],
];
const ROLE_ACTOR: Record<PartnerRole, string | null> = {
  startup: 'private-digital-companies',
  industrial: 'health-industrials',
  establishment: 'health-establishments',
  institution: null,
  other: null,
};

function text(v: RawCell): string | null {
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v).trim();
  return s === '' ? null : s;
}

function integer(v: RawCell, what: string): number | null {
  if (v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isInteger(n)) throw new RowError(`${what} : « ${String(v)} » n’est pas un nombre entier.`);
  return n;
}

function money(v: RawCell, what: string): number | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') {
    if (v < 0) throw new RowError(`${what} : montant négatif (${v}).`);
    return Math.round(v);
  }
  const cleaned = String(v)
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(/eur(os?)?$/i, '')
    .replace(',', '.');
  const n = Number(cleaned);
  if (cleaned === '' || !Number.isFinite(n))
    throw new RowError(`${what} : « ${String(v)} » n’est pas un montant.`);
  if (n < 0) throw new RowError(`${what} : montant négatif (${String(v)}).`);
  return Math.round(n);
}

/** Dates as spreadsheets hold them: real dates, Excel serial numbers, 2023-05-17, 17/05/2023. */
function date(v: RawCell, what: string): string | null {
  if (v === null || v === '') return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 20000 && v < 80000) {
    return new Date(Date.UTC(1899, 11, 30) + v * 86400000).toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m && Number(m[2]) <= 12 && Number(m[1]) <= 31)
    return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  throw new RowError(`${what} : « ${s} » n’est pas une date (attendu JJ/MM/AAAA ou AAAA-MM-JJ).`);
}

function choose<T extends string>(table: [T, string[]][], v: string | null, what: string): T | null {
  if (v === null) return null;
  const f = foldHeader(v);
  for (const [value, words] of table) if (value === v || words.includes(f)) return value;
  throw new RowError(`${what} inconnu : « ${v} » (valeurs possibles : ${table.map(([k]) => k).join(', ')}).`);
}

/** Resolves a label, English label or key of a reference list (method steps, life-cycle stages…) to its key. */
function reference(db: Db, taxonomy: string, v: string | null, what: string): string | null {
  if (v === null) return null;
  const items = db
    .prepare('SELECT key, label_fr, label_en FROM reference_items WHERE taxonomy = ? AND deleted_at IS NULL')
    .all(taxonomy) as { key: string; label_fr: string; label_en: string }[];
  const f = foldHeader(v);
  const hit = items.find((i) => [i.key, i.label_fr, i.label_en].some((x) => foldHeader(x) === f));
  if (!hit) throw new RowError(`${what} inconnu(e) : « ${v} ».`);
  return hit.key;
}

function findOrganisation(db: Db, name: string): string | null {
  const f = foldHeader(name);
  const rows = db
    .prepare(
      `SELECT o.id, o.name AS n FROM organisations o WHERE o.deleted_at IS NULL
       UNION ALL SELECT a.organisation_id, a.alias FROM organisation_aliases a
         JOIN organisations o ON o.id = a.organisation_id AND o.deleted_at IS NULL WHERE a.deleted_at IS NULL`,
    )
    .all() as { id: string; n: string }[];
  return rows.find((r) => foldHeader(r.n) === f)?.id ?? null;
}

function findProject(db: Db, name: string): string | null {
  const f = foldHeader(name);
  const rows = db.prepare('SELECT id, name FROM projects WHERE deleted_at IS NULL').all() as {
    id: string;
    name: string;
  }[];
  return rows.find((r) => foldHeader(r.name) === f)?.id ?? null;
}

type Values = Record<string, RawCell>;

function valuesOf(entity: PortfolioEntity, row: ImportRow, mapping: Record<string, number | null>): Values {
  const out: Values = {};
  for (const field of PORTFOLIO_FIELDS[entity]) {
    const col = mapping[field.key];
    out[field.key] = col === null || col === undefined ? null : (row.cells[col] ?? null);
  }
  return out;
}

/** Applies one row; throws RowError for a bad row (the caller's savepoint undoes its partial writes). */
function applyRow(
  rec: Recorder,
  entity: PortfolioEntity,
  v: Values,
): { action: 'create' | 'update'; label: string } {
  const db = rec.db;
  const req = (key: string, what: string) => {
    const t = text(v[key] ?? null);
    if (!t) throw new RowError(`${what} manquant.`);
    return t;
  };
  if (entity === 'organisations') {
    const name = req('name', 'Nom');
    const sector = text(v.sector ?? null);
    const values = {
      name,
      actor_type: reference(db, 'actor-type', text(v.actorType ?? null), 'Type d’acteur'),
      structure_type: reference(db, 'structure-type', text(v.structureType ?? null), 'Type de structure'),
      region: text(v.region ?? null),
      sector:
        sector === null
          ? null
          : foldHeader(sector).startsWith('pub')
            ? 'public'
            : foldHeader(sector).startsWith('pri')
              ? 'private'
              : (() => {
                  throw new RowError(`Secteur inconnu : « ${sector} » (public ou privé).`);
                })(),
      city: text(v.city ?? null),
      notes: text(v.notes ?? null),
    };
    const existing = findOrganisation(db, name);
    const id = existing ?? rec.insert('organisations', values);
    if (existing)
      rec.update(
        'organisations',
        existing,
        Object.fromEntries(Object.entries(values).filter(([, x]) => x !== null)),
      );
    for (const alias of (text(v.aliases ?? null) ?? '')
      .split(/[;|]/)
      .map((a) => a.trim())
      .filter(Boolean)) {
      if (findOrganisation(db, alias) !== id)
        rec.insert('organisation_aliases', { organisation_id: id, alias });
    }
    return { action: existing ? 'update' : 'create', label: name };
  }
  if (entity === 'projects') {
    const name = req('name', 'Nom du projet');
    const start = date(v.startDate ?? null, 'Date de début');
    const end = date(v.endDate ?? null, 'Date de fin');
    if (start && end && end < start) throw new RowError('La date de fin précède la date de début.');
    const year = integer(v.callYear ?? null, 'Année de l’appel');
    if (year !== null && (year < 1990 || year > 2100))
      throw new RowError(`Année de l’appel hors limites : ${year}.`);
    const values: Record<string, unknown> = {
      name,
      solution: text(v.solution ?? null),
      theme: text(v.theme ?? null),
      call_year: year,
      wave: text(v.wave ?? null),
      method_step: reference(db, 'method-step', text(v.methodStep ?? null), 'Étape de la méthode'),
      lifecycle_stage: reference(
        db,
        'lifecycle-stage',
        text(v.lifecycleStage ?? null),
        'Stade du cycle de vie',
      ),
      status: choose(STATUS, text(v.status ?? null), 'Statut'),
      dta_category: reference(db, 'dta-category', text(v.dtaCategory ?? null), 'Catégorie DTA'),
      has_level: reference(db, 'has-level', text(v.hasLevel ?? null), 'Niveau HAS'),
      region: text(v.region ?? null),
      start_date: start,
      end_date: end,
      summary: text(v.summary ?? null),
    };
    // Every check is done: writing starts here, so a refused row writes nothing.
    const providerName = text(v.provider ?? null);
    let provider: string | null = null;
    if (providerName) {
      provider =
        findOrganisation(db, providerName) ??
        rec.insert('organisations', {
          name: providerName,
          actor_type: 'private-digital-companies',
          structure_type: 'startup-solution-provider',
        });
      values.provider_org_id = provider;
    }
    const existing = findProject(db, name);
    const set = Object.fromEntries(Object.entries(values).filter(([, x]) => x !== null));
    if (existing) rec.update('projects', existing, set);
    else rec.insert('projects', { status: 'active', ...set });
    if (provider) {
      const pid = existing ?? findProject(db, name)!;
      const has = db
        .prepare(
          'SELECT 1 FROM project_partners WHERE project_id = ? AND organisation_id = ? AND deleted_at IS NULL',
        )
        .get(pid, provider);
      if (!has)
        rec.insert('project_partners', { project_id: pid, organisation_id: provider, role: 'startup' });
    }
    return { action: existing ? 'update' : 'create', label: name };
  }
  const projectName = req('project', 'Projet');
  const project = findProject(db, projectName);
  if (!project) throw new RowError(`Projet introuvable : « ${projectName} » (importez d’abord les projets).`);
  const role = choose(ROLE, req('role', 'Rôle'), 'Rôle')!;
  const orgName = req('organisation', 'Organisation');
  const funding = money(v.fundingEur ?? null, 'Financement');
  const org =
    findOrganisation(db, orgName) ??
    rec.insert('organisations', { name: orgName, actor_type: ROLE_ACTOR[role] });
  const existing = db
    .prepare(
      'SELECT id FROM project_partners WHERE project_id = ? AND organisation_id = ? AND deleted_at IS NULL',
    )
    .get(project, org) as { id: string } | undefined;
  if (existing) rec.update('project_partners', existing.id, { role, funding_eur: funding });
  else
    rec.insert('project_partners', { project_id: project, organisation_id: org, role, funding_eur: funding });
  return { action: existing ? 'update' : 'create', label: `${projectName} — ${orgName}` };
}

/**
 * Imports spreadsheet rows (already read from CSV or XLSX) with a column mapping. Each row is applied in its
 * own savepoint: a bad row is reported with its line and leaves nothing behind, good rows are kept. With
 * dryRun the whole import is rolled back and only the report is returned — the preview the user confirms.
 */
export function importPortfolioRows(
  db: Db,
  entity: PortfolioEntity,
  rows: ImportRow[],
  mapping: Record<string, number | null>,
  options: { dryRun?: boolean } = {},
): ImportReport {
  const report: ImportReport = { created: 0, updated: 0, errors: [], rows: [] };
  const run = (rec: Recorder) => {
    for (const row of rows) {
      try {
        const outcome = db.transaction(() => applyRow(rec, entity, valuesOf(entity, row, mapping)))();
        report.rows.push({ line: row.line, ...outcome });
        if (outcome.action === 'create') report.created++;
        else report.updated++;
      } catch (err) {
        if (!(err instanceof RowError)) throw err;
        report.errors.push({ line: row.line, message: err.message });
        report.rows.push({
          line: row.line,
          action: 'error',
          label: text(row.cells[mapping.name ?? mapping.project ?? 0] ?? null) ?? '',
          message: err.message,
        });
      }
    }
  };
  const label = `Importer ${rows.length} ligne(s) (${entity === 'projects' ? 'projets' : entity === 'partners' ? 'partenaires' : 'organisations'})`;
  if (!options.dryRun) {
    record(db, label, run);
    return report;
  }
  const rollback = new Error('preview');
  try {
    db.transaction(() => {
      record(db, label, run);
      throw rollback;
    })();
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return report;
}
