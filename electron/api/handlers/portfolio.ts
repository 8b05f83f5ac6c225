import type { portfolioApi } from '../../../shared/api/portfolio';
import { listOrganisations, listPeople } from '../../../db/queries/directory';
import { getProject, listProjects } from '../../../db/queries/projects';
import { dbOf, type SliceHandlers } from './types';

export const portfolioHandlers: SliceHandlers<typeof portfolioApi> = {
  'organisations.list': (_input, ctx) => listOrganisations(dbOf(ctx)),
  'people.list': (_input, ctx) => listPeople(dbOf(ctx)),
  'projects.list': (_input, ctx) => listProjects(dbOf(ctx)),
  'projects.get': (input, ctx) => getProject(dbOf(ctx), input.id),
};
