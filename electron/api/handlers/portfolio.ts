import type { portfolioApi } from '../../../shared/api/portfolio';
import { listOrganisations, listPeople } from '../../../db/queries/directory';
import { pseudonymDirectory } from '../../../db/queries/report-data';
import { getProject, listProjects } from '../../../db/queries/projects';
import { dashboard } from '../../../db/queries/dashboard';
import {
  deleteObservation,
  deleteOrganisation,
  deleteProject,
  mergeOrganisations,
  removePartner,
  removeSite,
  saveObservation,
  saveOrganisation,
  savePartner,
  saveProject,
  saveSite,
  setStep,
} from '../../../db/portfolio-edit';
import { exportPortfolio, importPortfolio, previewPortfolioImport } from '../portfolio-spreadsheets';
import { dbOf, type SliceHandlers } from './types';

export const portfolioHandlers: SliceHandlers<typeof portfolioApi> = {
  'organisations.list': (_input, ctx) => listOrganisations(dbOf(ctx)),
  'organisations.save': ({ id, ...fields }, ctx) => ({ id: saveOrganisation(dbOf(ctx), id, fields) }),
  'organisations.delete': (input, ctx) => {
    deleteOrganisation(dbOf(ctx), input.id);
    return { id: input.id };
  },
  'organisations.merge': (input, ctx) => mergeOrganisations(dbOf(ctx), input.duplicateId, input.keptId),
  'people.list': (_input, ctx) => listPeople(dbOf(ctx)),
  'people.directory': (_input, ctx) => pseudonymDirectory(dbOf(ctx)),
  'projects.list': (_input, ctx) => listProjects(dbOf(ctx)),
  'projects.get': (input, ctx) => getProject(dbOf(ctx), input.id),
  'projects.save': ({ id, ...fields }, ctx) => ({ id: saveProject(dbOf(ctx), id, fields) }),
  'projects.delete': (input, ctx) => {
    deleteProject(dbOf(ctx), input.id);
    return { id: input.id };
  },
  'projects.savePartner': (input, ctx) => ({ id: savePartner(dbOf(ctx), input) }),
  'projects.removePartner': (input, ctx) => {
    removePartner(dbOf(ctx), input.id);
    return { id: input.id };
  },
  'projects.saveSite': (input, ctx) => ({ id: saveSite(dbOf(ctx), input) }),
  'projects.removeSite': (input, ctx) => {
    removeSite(dbOf(ctx), input.id);
    return { id: input.id };
  },
  'projects.setStep': (input, ctx) => {
    setStep(dbOf(ctx), input);
    return { id: input.projectId };
  },
  'projects.saveObservation': (input, ctx) => ({ id: saveObservation(dbOf(ctx), input) }),
  'projects.deleteObservation': (input, ctx) => {
    deleteObservation(dbOf(ctx), input.id);
    return { id: input.id };
  },
  'projects.dashboard': (input, ctx) => dashboard(dbOf(ctx), input),
  'portfolio.importPreview': (input, ctx) => previewPortfolioImport(dbOf(ctx), input),
  'portfolio.import': (input, ctx) => importPortfolio(dbOf(ctx), input),
  'portfolio.export': (input, ctx) => exportPortfolio(dbOf(ctx), input),
};
