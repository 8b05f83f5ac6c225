import type { z } from 'zod';
import type { Api, AppInfo, MethodName, MethodResult } from '../../shared/api';
import { workspaceStats } from '../../db/queries/stats';
import { getInterview, listInterviews } from '../../db/queries/interviews';
import { codeTree } from '../../db/queries/codebook';
import { listVerbatims } from '../../db/queries/verbatims';
import { listOrganisations, listPeople, referenceLists } from '../../db/queries/directory';
import { getProject, listProjects } from '../../db/queries/projects';
import type { WorkspaceSession } from './session';
import { workspacesDir } from './paths';

export interface HandlerContext {
  session: WorkspaceSession;
  shell: AppInfo['shell'];
  version: string;
}

export type Handlers = {
  [K in MethodName]: (
    input: z.output<Api[K]['input']>,
    ctx: HandlerContext,
  ) => MethodResult<K> | Promise<MethodResult<K>>;
};

/** The one implementation of the API; both shells dispatch into it. */
export const handlers: Handlers = {
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    shell: ctx.shell,
    dataDir: ctx.session.dataDir,
    workspacesDir: workspacesDir(ctx.session.dataDir),
  }),
  'workspace.current': (_input, ctx) => ctx.session.info(),
  'workspace.open': (input, ctx) => ctx.session.open(input.path),
  'workspace.create': (input, ctx) => ctx.session.create(input.path, input.demo ?? false),
  'workspace.recent': (_input, ctx) => ctx.session.listing(),
  'workspace.stats': (_input, ctx) => workspaceStats(ctx.session.require().db),

  'interviews.list': (input, ctx) => listInterviews(ctx.session.require().db, input),
  'interviews.get': (input, ctx) => getInterview(ctx.session.require().db, input.id),
  'codes.tree': (_input, ctx) => codeTree(ctx.session.require().db),
  'verbatims.list': (input, ctx) => listVerbatims(ctx.session.require().db, input),
  'organisations.list': (_input, ctx) => listOrganisations(ctx.session.require().db),
  'people.list': (_input, ctx) => listPeople(ctx.session.require().db),
  'projects.list': (_input, ctx) => listProjects(ctx.session.require().db),
  'projects.get': (input, ctx) => getProject(ctx.session.require().db, input.id),
  'taxonomies.get': (_input, ctx) => referenceLists(ctx.session.require().db),
};
