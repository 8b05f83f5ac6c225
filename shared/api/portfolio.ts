import { z } from 'zod';
import type { Organisation, Person, ProjectDetail, ProjectSummary } from '../domain';
import { empty, id, returns } from './method';

export const portfolioApi = {
  'organisations.list': returns<Organisation[]>()(empty),
  'people.list': returns<Person[]>()(empty),
  'projects.list': returns<ProjectSummary[]>()(empty),
  'projects.get': returns<ProjectDetail>()(z.object({ id }).strict()),
} as const;
