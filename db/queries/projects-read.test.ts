import { describe, expect, it } from 'vitest';
import { saveOrganisation, saveProject, saveSite } from '../portfolio-edit';
import { tempWorkspace } from '../../test/support/workspace';
import { getProject } from './projects';
import { listOrganisations } from './directory';

describe('what the portfolio reads back for its edit forms', () => {
  it('returns every project field the save accepts, and the sites’ dates and notes', () => {
    const ws = tempWorkspace({ demo: false });
    const hospital = saveOrganisation(ws.db, undefined, { name: 'CHU de Rennes', region: 'Bretagne' });
    const id = saveProject(ws.db, undefined, {
      name: 'Projet',
      wave: 'Vague 2',
      hasLevel: 'has-b',
      hasType: 'Télésurveillance',
      ansTags: ['telesante', 'm-sante'],
    });
    saveSite(ws.db, {
      projectId: id,
      organisationId: hospital,
      status: 'active',
      startDate: '2023-09-01',
      endDate: '2024-06-30',
      notes: 'Service de gastro-entérologie',
    });
    const p = getProject(ws.db, id);
    expect(p).toMatchObject({ wave: 'Vague 2', hasLevel: 'has-b', hasType: 'Télésurveillance' });
    expect(p.ansTags).toEqual(['telesante', 'm-sante']);
    expect(p.sites[0]).toMatchObject({
      startDate: '2023-09-01',
      endDate: '2024-06-30',
      notes: 'Service de gastro-entérologie',
      region: 'Bretagne',
    });
    expect(getProject(ws.db, saveProject(ws.db, undefined, { name: 'Vide' })).ansTags).toEqual([]);
  });

  it('returns an organisation’s parent group', () => {
    const ws = tempWorkspace({ demo: false });
    const group = saveOrganisation(ws.db, undefined, { name: 'Groupe Vivalto Santé' });
    const clinic = saveOrganisation(ws.db, undefined, { name: 'Clinique de la Sagesse', parentId: group });
    const orgs = listOrganisations(ws.db);
    expect(orgs.find((o) => o.id === clinic)?.parentId).toBe(group);
    expect(orgs.find((o) => o.id === group)?.parentId).toBeNull();
  });
});
