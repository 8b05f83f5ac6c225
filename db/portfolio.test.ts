import { describe, expect, it } from 'vitest';
import { dashboard } from './queries/dashboard';
import { getProject, listProjects } from './queries/projects';
import { listOrganisations } from './queries/directory';
import {
  deleteObservation,
  mergeOrganisations,
  removePartner,
  saveObservation,
  saveOrganisation,
  savePartner,
  saveProject,
  saveSite,
  setStep,
} from './portfolio-edit';
import { checkComposition } from '../shared/composition';
import { seedExamples } from '../shared/taxonomies';
import { demoFunding } from './seed/demo-content';
import { codeIdByKey, tempWorkspace } from '../test/support/workspace';
import { undo } from './history';
import { recurrenceMatrix } from './analysis/matrix';

describe('the portfolio dashboard on the demo workspace', () => {
  it('computes the indicators from the data, as one would by hand', () => {
    const ws = tempWorkspace({ demo: true });
    const d = dashboard(ws.db);
    // By hand, from the example projects and their invented funding.
    const establishments = new Set(
      seedExamples.projects.flatMap((p) =>
        p.partners.filter((x) => x.role === 'establishment').map((x) => x.org),
      ),
    );
    const industrial = demoFunding.filter((f) =>
      seedExamples.projects.some(
        (p) => p.id === f.project && p.partners.some((x) => x.org === f.org && x.role === 'industrial'),
      ),
    );
    const total = demoFunding.reduce((n, f) => n + f.fundingEur, 0);
    expect(d.indicators.projects).toBe(4);
    expect(d.indicators.establishmentsReached).toBe(establishments.size);
    expect(d.indicators.totalFundingEur).toBe(total);
    expect(d.indicators.avgFundingPerProjectPerIndustrialEur).toBe(
      Math.round(industrial.reduce((n, f) => n + f.fundingEur, 0) / industrial.length),
    );
    expect(d.indicators.avgFundingPerProjectPerIndustrialEur).toBe(41720);
    ws.close();
  });

  it('filters by call year and status, and every bar names its projects', () => {
    const ws = tempWorkspace({ demo: true });
    const notDeployed = dashboard(ws.db, { statuses: ['not-deployed'] });
    expect(notDeployed.indicators.projects).toBe(1);
    const y2021 = dashboard(ws.db, { callYears: [2021] });
    expect(y2021.indicators.projects).toBe(3);
    const all = dashboard(ws.db);
    for (const bar of [...all.byStatus, ...all.byLifecycleStage])
      expect(bar.projectIds).toHaveLength(bar.value);
    expect(all.funnel[0]!.value).toBe(4); // every project is past the first step
    expect(all.funnel.at(-1)!.value).toBe(3); // three reached the deployment project
    ws.close();
  });
});

describe('editing the portfolio', () => {
  it('builds a project with a startup, two industrials and an establishment, and warns on a gap', () => {
    const ws = tempWorkspace();
    const org = (name: string, actorType: string) => saveOrganisation(ws.db, undefined, { name, actorType });
    const startup = org('Kiné Connect', 'private-digital-companies');
    const lab1 = org('Laboratoire Alpha', 'health-industrials');
    const lab2 = org('Laboratoire Beta', 'health-industrials');
    const chu = org('CHU de Nantes', 'health-establishments');
    const project = saveProject(ws.db, undefined, {
      name: 'Rééducation connectée',
      callYear: 2024,
      status: 'active',
    });
    savePartner(ws.db, { projectId: project, organisationId: startup, role: 'startup' });
    const p1 = savePartner(ws.db, {
      projectId: project,
      organisationId: lab1,
      role: 'industrial',
      fundingEur: 40000,
    });
    savePartner(ws.db, { projectId: project, organisationId: lab2, role: 'industrial', fundingEur: 30000 });
    savePartner(ws.db, { projectId: project, organisationId: chu, role: 'establishment' });
    const roles = () => getProject(ws.db, project).partners.map((p) => p.role);
    expect(checkComposition(roles()).ok).toBe(true);
    removePartner(ws.db, p1);
    const check = checkComposition(roles());
    expect(check.ok).toBe(false);
    expect(check.warnings).toEqual(['1 industriel(s) de santé : la composition type en compte au moins 2.']);
    expect(dashboard(ws.db).indicators.totalFundingEur).toBe(30000);
    undo(ws.db);
    expect(dashboard(ws.db).indicators.totalFundingEur).toBe(70000);
    ws.close();
  });

  it('marks deployment steps, adds sites and observations that the analyses count', () => {
    const ws = tempWorkspace();
    const chu = saveOrganisation(ws.db, undefined, {
      name: 'CHU de Rennes',
      actorType: 'health-establishments',
      region: 'Bretagne',
    });
    const project = saveProject(ws.db, undefined, { name: 'Télésuivi', status: 'active' });
    for (const step of ['planning', 'training-awareness', 'integration'])
      setStep(ws.db, { projectId: project, stepKey: step, status: 'done' });
    expect(listProjects(ws.db)[0]!.stepsDone).toBe(3);
    expect(() => setStep(ws.db, { projectId: project, stepKey: 'nope', status: 'done' })).toThrow(/inconnue/);
    saveSite(ws.db, { projectId: project, organisationId: chu, status: 'active' });
    expect(dashboard(ws.db).sitesByRegion).toMatchObject([{ label: 'Bretagne', value: 1 }]);
    const obs = saveObservation(ws.db, {
      projectId: project,
      codeId: codeIdByKey(ws, 'business-model'),
      strength: 'explicit',
    });
    expect(() =>
      saveObservation(ws.db, { projectId: project, codeId: codeIdByKey(ws, 'business-model') }),
    ).toThrow(/déjà observé/);
    expect(() => saveObservation(ws.db, { projectId: project, codeId: codeIdByKey(ws, 'planning') })).toThrow(
      /n’est pas un enjeu/,
    );
    const m = recurrenceMatrix(ws.db, { columns: 'projects', unit: 'projects' });
    expect(m.rows.find((r) => r.taxonomyKey === 'business-model')!.cells[project]!.count).toBe(1);
    deleteObservation(ws.db, obs);
    expect(
      recurrenceMatrix(ws.db, { columns: 'projects', unit: 'projects' }).rows.find(
        (r) => r.taxonomyKey === 'business-model',
      )!.total.count,
    ).toBe(0);
    ws.close();
  });

  it('finds an organisation by its alias and merges a duplicate without losing links', () => {
    const ws = tempWorkspace({ demo: true });
    const orgs = listOrganisations(ws.db);
    const chu = orgs.find((o) => o.name === 'CHU de Brest')!;
    expect(chu.aliases).toContain('CHRU de Brest');
    const dup = saveOrganisation(ws.db, undefined, {
      name: 'C.H.U. Brest',
      actorType: 'health-establishments',
    });
    const project = listProjects(ws.db)[0]!;
    savePartner(ws.db, { projectId: project.id, organisationId: dup, role: 'establishment' });
    mergeOrganisations(ws.db, dup, chu.id);
    const after = listOrganisations(ws.db);
    expect(after.find((o) => o.id === dup)).toBeUndefined();
    expect(after.find((o) => o.id === chu.id)!.aliases).toContain('C.H.U. Brest');
    expect(getProject(ws.db, project.id).partners.some((p) => p.organisationId === chu.id)).toBe(true);
    ws.close();
  });
});
