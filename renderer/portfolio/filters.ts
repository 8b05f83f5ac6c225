import type { CompositionCheck } from '../../shared/composition';
import type { DashboardFilter } from '../../shared/dashboard';
import type {
  InterviewSummary,
  Organisation,
  PartnerRole,
  Person,
  ProjectDetail,
  ProjectStatus,
  ProjectSummary,
} from '../../shared/domain';
import { seedExamples } from '../../shared/taxonomies';
import { fold, matchesQuery } from '../lib/text';

// ---------------------------------------------------------------- organisations

export interface OrganisationFilter {
  query: string;
  /** An actor-type key; '' for all, NONE for organisations without one. */
  actorType: string;
  /** A region name; '' for all, NONE for organisations without one. */
  region: string;
}

export const NONE = '__none__';

/** The alias a query found the organisation by, when its name alone does not match (to show "aka …"). */
export function matchedAlias(org: Organisation, query: string): string | null {
  if (!query.trim() || matchesQuery(query, org.name)) return null;
  return org.aliases.find((a) => matchesQuery(query, a)) ?? null;
}

/** True when every word of the query is in the name, an alias or the city (accents and case ignored). */
export function organisationMatches(org: Organisation, query: string): boolean {
  return matchesQuery(query, org.name, ...org.aliases, org.city);
}

export function filterOrganisations(
  orgs: readonly Organisation[],
  filter: OrganisationFilter,
): Organisation[] {
  const keep = (value: string | null, wanted: string) =>
    !wanted || (wanted === NONE ? !value : value === wanted);
  return orgs.filter(
    (o) =>
      keep(o.actorType, filter.actorType) &&
      keep(o.region, filter.region) &&
      organisationMatches(o, filter.query),
  );
}

/**
 * Organisations for a picker, best first: exact names or aliases, then names starting with the query,
 * then any match; organisations of the preferred actor type come first within each rank.
 */
export function rankOrganisations(
  orgs: readonly Organisation[],
  query: string,
  preferActorType?: string | null,
): Organisation[] {
  const q = fold(query.trim());
  const rank = (o: Organisation) => {
    const names = [o.name, ...o.aliases].map(fold);
    const base = !q ? 2 : names.includes(q) ? 0 : names.some((n) => n.startsWith(q)) ? 1 : 2;
    return base * 2 + (preferActorType && o.actorType !== preferActorType ? 1 : 0);
  };
  return orgs
    .filter((o) => organisationMatches(o, query))
    .map((o) => ({ o, r: rank(o) }))
    .sort((a, b) => a.r - b.r || a.o.name.localeCompare(b.o.name, 'fr'))
    .map((x) => x.o);
}

/** True when a name is already taken by an organisation (name or alias, accents and case ignored). */
export function findOrganisationByName(orgs: readonly Organisation[], name: string): Organisation | null {
  const f = fold(name.trim());
  if (!f) return null;
  return orgs.find((o) => fold(o.name) === f || o.aliases.some((a) => fold(a) === f)) ?? null;
}

/** The actor type a partner's role suggests for an organisation created on the spot. */
export const ACTOR_TYPE_OF_ROLE: Record<PartnerRole, string | null> = {
  startup: 'private-digital-companies',
  industrial: 'health-industrials',
  establishment: 'health-establishments',
  institution: null,
  other: null,
};

/** What an organisation is linked to: the projects it takes part in and how, its people, its interviews. */
export interface OrganisationLinks {
  projects: { project: ProjectDetail; roles: ('provider' | 'site' | PartnerRole)[] }[];
  people: Person[];
  interviews: InterviewSummary[];
  children: Organisation[];
  counts: { people: number; partners: number; sites: number; children: number; provided: number };
}

export function organisationLinks(
  orgId: string,
  data: {
    projects: readonly ProjectDetail[];
    people: readonly Person[];
    interviews: readonly InterviewSummary[];
    orgs: readonly Organisation[];
  },
): OrganisationLinks {
  const counts = { people: 0, partners: 0, sites: 0, children: 0, provided: 0 };
  const projects: OrganisationLinks['projects'] = [];
  for (const project of data.projects) {
    const roles: OrganisationLinks['projects'][number]['roles'] = [];
    if (project.providerOrganisationId === orgId) {
      roles.push('provider');
      counts.provided++;
    }
    for (const p of project.partners) {
      if (p.organisationId !== orgId) continue;
      counts.partners++;
      if (!roles.includes(p.role)) roles.push(p.role);
    }
    for (const s of project.sites) {
      if (s.organisationId !== orgId) continue;
      counts.sites++;
      if (!roles.includes('site')) roles.push('site');
    }
    if (roles.length) projects.push({ project, roles });
  }
  const people = data.people.filter((p) => p.organisationId === orgId);
  counts.people = people.length;
  const personIds = new Set(people.map((p) => p.id));
  const interviews = data.interviews.filter((i) => i.interviewees.some((p) => personIds.has(p.personId)));
  const children = data.orgs.filter((o) => o.parentId === orgId);
  counts.children = children.length;
  return { projects, people, interviews, children, counts };
}

// ---------------------------------------------------------------- projects

export interface ProjectFilter {
  query: string;
  status: ProjectStatus | '';
  /** A call year as text ('' for all, NONE for projects without one). */
  callYear: string;
}

export function projectMatches(p: ProjectSummary, query: string): boolean {
  return matchesQuery(query, p.name, p.solution, p.theme, p.region, ...p.partners.map((x) => x.organisation));
}

export function filterProjects(projects: readonly ProjectSummary[], filter: ProjectFilter): ProjectSummary[] {
  return projects.filter(
    (p) =>
      (!filter.status || p.status === filter.status) &&
      (!filter.callYear ||
        (filter.callYear === NONE ? p.callYear === null : String(p.callYear) === filter.callYear)) &&
      projectMatches(p, filter.query),
  );
}

/** Adds the value when absent, removes it when present (filter chips). */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The dashboard's API input: empty choices are left out (all projects). */
export function dashboardInput(filter: DashboardFilter): DashboardFilter {
  const out: DashboardFilter = {};
  if (filter.callYears?.length) out.callYears = [...filter.callYears];
  if (filter.themes?.length) out.themes = [...filter.themes];
  if (filter.statuses?.length) out.statuses = [...filter.statuses];
  return out;
}

export function isFiltered(filter: DashboardFilter): boolean {
  return Object.keys(dashboardInput(filter)).length > 0;
}

// ---------------------------------------------------------------- composition

export type CompositionGap =
  | { kind: 'industrials'; count: number; min: number }
  | { kind: 'startups'; count: number; expected: number }
  | { kind: 'establishments'; count: number; min: number; max: number };

/**
 * The gaps between a project's partners and the alliance's typical composition, as data (the view words
 * them in the interface language). The same rule as shared/composition.ts: a gap warns, never blocks.
 */
export function compositionGaps(check: CompositionCheck): CompositionGap[] {
  const rule = seedExamples.typicalComposition;
  const { industrials, startups, establishments } = check.counts;
  const gaps: CompositionGap[] = [];
  if (industrials < rule.industrials_min)
    gaps.push({ kind: 'industrials', count: industrials, min: rule.industrials_min });
  if (startups !== rule.startups) gaps.push({ kind: 'startups', count: startups, expected: rule.startups });
  if (establishments < rule.establishments_min || establishments > rule.establishments_max)
    gaps.push({
      kind: 'establishments',
      count: establishments,
      min: rule.establishments_min,
      max: rule.establishments_max,
    });
  return gaps;
}

/** The role a new partner most likely has: the first the typical composition still lacks. */
export function suggestRole(roles: readonly PartnerRole[]): PartnerRole {
  const rule = seedExamples.typicalComposition;
  const n = (r: PartnerRole) => roles.filter((x) => x === r).length;
  if (n('startup') < rule.startups) return 'startup';
  if (n('industrial') < rule.industrials_min) return 'industrial';
  if (n('establishment') < rule.establishments_min) return 'establishment';
  return 'industrial';
}
