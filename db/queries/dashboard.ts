import type { Bar, Dashboard, DashboardFilter } from '../../shared/dashboard';
import type { ProjectStatus } from '../../shared/domain';
import type { Db } from '../workspace';

interface ProjectRow {
  id: string;
  call_year: number | null;
  theme: string | null;
  status: ProjectStatus;
  method_step: string | null;
  lifecycle_stage: string | null;
}

/**
 * The portfolio dashboard, computed from the projects, partners and sites (never typed in), for the
 * projects the filter keeps.
 */
export function dashboard(db: Db, filter: DashboardFilter = {}): Dashboard {
  const all = db
    .prepare(
      'SELECT id, call_year, theme, status, method_step, lifecycle_stage FROM projects WHERE deleted_at IS NULL',
    )
    .all() as ProjectRow[];
  const projects = all.filter(
    (p) =>
      (!filter.callYears?.length || filter.callYears.includes(p.call_year)) &&
      (!filter.themes?.length || (p.theme !== null && filter.themes.includes(p.theme))) &&
      (!filter.statuses?.length || filter.statuses.includes(p.status)),
  );
  const ids = JSON.stringify(projects.map((p) => p.id));
  const labels = (taxonomy: string) =>
    db
      .prepare(
        'SELECT key, label_fr, label_en, sort_order FROM reference_items WHERE taxonomy = ? AND deleted_at IS NULL ORDER BY sort_order',
      )
      .all(taxonomy) as { key: string; label_fr: string; label_en: string; sort_order: number }[];

  const partners = db
    .prepare(
      `SELECT pp.project_id, pp.organisation_id, pp.role, pp.funding_eur, o.actor_type
       FROM project_partners pp JOIN organisations o ON o.id = pp.organisation_id AND o.deleted_at IS NULL
       WHERE pp.deleted_at IS NULL AND pp.project_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as {
    project_id: string;
    organisation_id: string;
    role: string;
    funding_eur: number | null;
    actor_type: string | null;
  }[];
  const sites = db
    .prepare(
      `SELECT ds.project_id, ds.organisation_id, coalesce(ds.region, o.region) AS region
       FROM deployment_sites ds JOIN organisations o ON o.id = ds.organisation_id AND o.deleted_at IS NULL
       WHERE ds.deleted_at IS NULL AND ds.project_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as { project_id: string; organisation_id: string; region: string | null }[];

  const funded = partners.filter((p) => p.funding_eur !== null);
  const industrialFunding = funded.filter((p) => p.role === 'industrial');
  const establishments = new Set([
    ...partners.filter((p) => p.role === 'establishment').map((p) => p.organisation_id),
    ...sites.map((s) => s.organisation_id),
  ]);

  const group = <T>(
    items: T[],
    keyOf: (t: T) => string | null,
    projectOf: (t: T) => string,
    valueOf: (t: T) => number,
  ): Map<string, { value: number; projects: Set<string> }> => {
    const m = new Map<string, { value: number; projects: Set<string> }>();
    for (const it of items) {
      const key = keyOf(it) ?? '';
      const e = m.get(key) ?? { value: 0, projects: new Set<string>() };
      e.value += valueOf(it);
      e.projects.add(projectOf(it));
      m.set(key, e);
    }
    return m;
  };
  const bars = (
    m: Map<string, { value: number; projects: Set<string> }>,
    order: { key: string; label_fr: string; label_en: string }[] = [],
  ): Bar[] => {
    const known = new Map(order.map((o, i) => [o.key, { ...o, i }]));
    return [...m.entries()]
      .map(([key, e]) => ({
        key,
        label: key === '' ? 'Non renseigné' : (known.get(key)?.label_fr ?? key),
        labelEn: key === '' ? 'Not set' : (known.get(key)?.label_en ?? null),
        value: e.value,
        projectIds: [...e.projects],
      }))
      .sort(
        (a, b) => (known.get(a.key)?.i ?? 1e9) - (known.get(b.key)?.i ?? 1e9) || a.key.localeCompare(b.key),
      );
  };

  // The funnel: a project at a given step has passed every earlier one.
  const steps = labels('method-step');
  const rank = new Map(steps.map((s, i) => [s.key, i]));
  const funnel: Bar[] = steps.map((s, i) => {
    const reached = projects.filter((p) => p.method_step !== null && (rank.get(p.method_step) ?? -1) >= i);
    return {
      key: s.key,
      label: s.label_fr,
      labelEn: s.label_en,
      value: reached.length,
      projectIds: reached.map((p) => p.id),
    };
  });
  const statusLabels = [
    { key: 'active', label_fr: 'Actif', label_en: 'Active' },
    { key: 'paused', label_fr: 'En pause', label_en: 'Paused' },
    { key: 'closed', label_fr: 'Clos', label_en: 'Closed' },
    { key: 'not-deployed', label_fr: 'Non déployé', label_en: 'Not deployed' },
  ];
  const projectYear = new Map(projects.map((p) => [p.id, p.call_year]));

  return {
    indicators: {
      projects: projects.length,
      establishmentsReached: establishments.size,
      totalFundingEur: funded.reduce((n, p) => n + p.funding_eur!, 0),
      avgFundingPerProjectPerIndustrialEur: industrialFunding.length
        ? Math.round(industrialFunding.reduce((n, p) => n + p.funding_eur!, 0) / industrialFunding.length)
        : null,
      sites: sites.length,
      regions: new Set(sites.map((s) => s.region).filter(Boolean)).size,
    },
    funnel,
    byLifecycleStage: bars(
      group(
        projects,
        (p) => p.lifecycle_stage,
        (p) => p.id,
        () => 1,
      ),
      labels('lifecycle-stage'),
    ),
    byStatus: bars(
      group(
        projects,
        (p) => p.status,
        (p) => p.id,
        () => 1,
      ),
      statusLabels,
    ),
    fundingByActorType: bars(
      group(
        funded,
        (p) => p.actor_type,
        (p) => p.project_id,
        (p) => p.funding_eur!,
      ),
      labels('actor-type'),
    ),
    fundingByCallYear: bars(
      group(
        funded,
        (p) => (projectYear.get(p.project_id) ?? null)?.toString() ?? null,
        (p) => p.project_id,
        (p) => p.funding_eur!,
      ),
    ),
    sitesByRegion: bars(
      group(
        sites,
        (s) => s.region,
        (s) => s.project_id,
        () => 1,
      ),
      labels('region').map((r) => ({ ...r, key: r.label_fr })),
    ),
    options: {
      callYears: [...new Set(all.map((p) => p.call_year))].sort((a, b) => (a ?? 0) - (b ?? 0)),
      themes: [...new Set(all.map((p) => p.theme).filter((t): t is string => !!t))].sort((a, b) =>
        a.localeCompare(b, 'fr'),
      ),
      statuses: [...new Set(all.map((p) => p.status))],
    },
  };
}
