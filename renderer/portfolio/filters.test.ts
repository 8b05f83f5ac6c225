import { describe, expect, it } from 'vitest';
import { checkComposition } from '../../shared/composition';
import type { Organisation, ProjectDetail, ProjectSummary } from '../../shared/domain';
import {
  NONE,
  compositionGaps,
  dashboardInput,
  filterOrganisations,
  filterProjects,
  findOrganisationByName,
  isFiltered,
  matchedAlias,
  organisationLinks,
  rankOrganisations,
  suggestRole,
  toggle,
} from './filters';

const org = (name: string, extra: Partial<Organisation> = {}): Organisation => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  aliases: [],
  actorType: null,
  structureType: null,
  region: null,
  sector: null,
  city: null,
  notes: null,
  parentId: null,
  ...extra,
});

const orgs = [
  org('CHU de Brest', {
    aliases: ['CHRU de Brest'],
    actorType: 'health-establishments',
    region: 'Bretagne',
    city: 'Brest',
  }),
  org('Groupe Vivalto Santé', { aliases: ['Vivalto Santé'], actorType: 'health-establishments' }),
  org('Takeda', { actorType: 'health-industrials' }),
  org('Roche', { actorType: 'health-industrials', region: 'Île-de-France' }),
  org('Octopize', { actorType: 'private-digital-companies', region: 'Bretagne' }),
];

describe('organisation search and filters', () => {
  const names = (list: Organisation[]) => list.map((o) => o.name);

  it('finds an organisation by one of its other names', () => {
    expect(names(filterOrganisations(orgs, { query: 'CHRU de Brest', actorType: '', region: '' }))).toEqual([
      'CHU de Brest',
    ]);
    expect(matchedAlias(orgs[0]!, 'chru')).toBe('CHRU de Brest');
    expect(matchedAlias(orgs[0]!, 'brest')).toBeNull();
  });

  it('ignores accents and case', () => {
    expect(names(filterOrganisations(orgs, { query: 'vivalto sante', actorType: '', region: '' }))).toEqual([
      'Groupe Vivalto Santé',
    ]);
  });

  it('filters by actor type and region, including organisations where they are missing', () => {
    expect(
      names(filterOrganisations(orgs, { query: '', actorType: 'health-industrials', region: '' })),
    ).toEqual(['Takeda', 'Roche']);
    expect(names(filterOrganisations(orgs, { query: '', actorType: '', region: 'Bretagne' }))).toEqual([
      'CHU de Brest',
      'Octopize',
    ]);
    expect(names(filterOrganisations(orgs, { query: '', actorType: '', region: NONE }))).toEqual([
      'Groupe Vivalto Santé',
      'Takeda',
    ]);
    expect(
      names(filterOrganisations(orgs, { query: 'brest', actorType: 'health-industrials', region: '' })),
    ).toEqual([]);
  });

  it('ranks exact names first, then prefixes, preferring the expected actor type', () => {
    const list = [
      org('Roche Diagnostics'),
      org('La Roche'),
      org('Roche', { actorType: 'health-industrials' }),
    ];
    expect(names(rankOrganisations(list, 'roche'))).toEqual(['Roche', 'Roche Diagnostics', 'La Roche']);
    expect(names(rankOrganisations(orgs, '', 'health-industrials')).slice(0, 2)).toEqual(['Roche', 'Takeda']);
  });

  it('finds a taken name through aliases', () => {
    expect(findOrganisationByName(orgs, 'chru de brest')?.name).toBe('CHU de Brest');
    expect(findOrganisationByName(orgs, 'Nouvelle')).toBeNull();
    expect(findOrganisationByName(orgs, '  ')).toBeNull();
  });
});

describe('what an organisation is linked to', () => {
  it('counts partnerships, sites, provided projects, people, interviews and sub-organisations', () => {
    const chu = orgs[0]!;
    const project = {
      id: 'p1',
      providerOrganisationId: 'octopize',
      partners: [
        { id: 'a', organisationId: chu.id, organisation: chu.name, actorType: null, role: 'establishment' },
        { id: 'b', organisationId: 'roche', organisation: 'Roche', actorType: null, role: 'industrial' },
      ],
      sites: [{ id: 's', organisationId: chu.id, organisation: chu.name, region: null, status: 'active' }],
    } as unknown as ProjectDetail;
    const links = organisationLinks(chu.id, {
      projects: [project],
      people: [
        {
          id: 'x',
          fullName: 'A',
          pseudonym: null,
          position: null,
          organisationId: chu.id,
          organisation: null,
          hierarchyLevel: null,
        },
      ],
      interviews: [
        { id: 'i1', interviewees: [{ personId: 'x' }] },
        { id: 'i2', interviewees: [{ personId: 'y' }] },
      ] as never,
      orgs: [...orgs, org('Hôpital Morvan', { parentId: chu.id })],
    });
    expect(links.counts).toEqual({ people: 1, partners: 1, sites: 1, children: 1, provided: 0 });
    expect(links.projects[0]?.roles).toEqual(['establishment', 'site']);
    expect(links.interviews.map((i) => i.id)).toEqual(['i1']);
    expect(
      organisationLinks('octopize', { projects: [project], people: [], interviews: [], orgs }).counts
        .provided,
    ).toBe(1);
  });
});

describe('project filters', () => {
  const p = (name: string, extra: Partial<ProjectSummary>): ProjectSummary =>
    ({
      id: name,
      name,
      solution: null,
      theme: null,
      region: null,
      partners: [],
      callYear: null,
      status: 'active',
      ...extra,
    }) as ProjectSummary;
  const projects = [
    p('GutyCare', { callYear: 2021, partners: [{ organisation: 'Takeda' }] as never }),
    p('Adlin', { callYear: 2022, status: 'not-deployed' }),
    p('Sans année', {}),
  ];
  it('filters by text (partners included), status and call year', () => {
    expect(
      filterProjects(projects, { query: 'takeda', status: '', callYear: '' }).map((x) => x.name),
    ).toEqual(['GutyCare']);
    expect(
      filterProjects(projects, { query: '', status: 'not-deployed', callYear: '' }).map((x) => x.name),
    ).toEqual(['Adlin']);
    expect(filterProjects(projects, { query: '', status: '', callYear: '2021' }).map((x) => x.name)).toEqual([
      'GutyCare',
    ]);
    expect(filterProjects(projects, { query: '', status: '', callYear: NONE }).map((x) => x.name)).toEqual([
      'Sans année',
    ]);
  });
});

describe('dashboard filter', () => {
  it('leaves empty choices out of the API input', () => {
    expect(dashboardInput({ callYears: [], themes: ['Oncologie'], statuses: [] })).toEqual({
      themes: ['Oncologie'],
    });
    expect(dashboardInput({ callYears: [2021, null] })).toEqual({ callYears: [2021, null] });
    expect(isFiltered({ callYears: [] })).toBe(false);
    expect(isFiltered({ statuses: ['active'] })).toBe(true);
  });
  it('toggles a chip', () => {
    expect(toggle([2021, 2022], 2021)).toEqual([2022]);
    expect(toggle([2021], null)).toEqual([2021, null]);
  });
});

describe('composition', () => {
  it('reports the same gaps as the shared check, as data', () => {
    expect(
      compositionGaps(checkComposition(['startup', 'industrial', 'industrial', 'establishment'])),
    ).toEqual([]);
    expect(compositionGaps(checkComposition(['startup', 'industrial', 'establishment']))).toEqual([
      { kind: 'industrials', count: 1, min: 2 },
    ]);
    const gaps = compositionGaps(checkComposition(['establishment', 'establishment', 'establishment']));
    expect(gaps.map((g) => g.kind)).toEqual(['industrials', 'startups', 'establishments']);
    expect(gaps).toHaveLength(
      checkComposition(['establishment', 'establishment', 'establishment']).warnings.length,
    );
  });
  it('suggests the role the composition lacks', () => {
    expect(suggestRole([])).toBe('startup');
    expect(suggestRole(['startup', 'industrial'])).toBe('industrial');
    expect(suggestRole(['startup', 'industrial', 'industrial'])).toBe('establishment');
    expect(suggestRole(['startup', 'industrial', 'industrial', 'establishment'])).toBe('industrial');
  });
});
