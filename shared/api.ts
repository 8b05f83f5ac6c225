import { z } from 'zod';
import type {
  CodeNode,
  InterviewDetail,
  InterviewSummary,
  Organisation,
  Person,
  ProjectDetail,
  ProjectSummary,
  RecentWorkspace,
  ReferenceLists,
  VerbatimRow,
  WorkspaceInfo,
  WorkspaceStats,
} from './domain';
import { INTERVIEW_STATUSES } from './domain';
import type { ApiEnvelope } from './errors';

/**
 * The API contract: one entry per method, its input schema and (as a type only) its result.
 * Both shells (Electron IPC and the local web host) dispatch through the same handler map typed by
 * this object, and the renderer's clients are typed by it, so a method cannot drift on one side.
 */
function returns<R>() {
  return <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R });
}

const id = z.string().min(1).max(100);
const filePath = z.string().min(1).max(4096);
const empty = z.object({}).strict();

export const api = {
  'app.info': returns<AppInfo>()(empty),

  'workspace.current': returns<WorkspaceInfo | null>()(empty),
  'workspace.open': returns<WorkspaceInfo>()(z.object({ path: filePath }).strict()),
  'workspace.create': returns<WorkspaceInfo>()(
    z.object({ path: filePath, demo: z.boolean().optional() }).strict(),
  ),
  'workspace.recent': returns<WorkspaceListing>()(empty),
  'workspace.stats': returns<WorkspaceStats>()(empty),

  'interviews.list': returns<InterviewSummary[]>()(
    z
      .object({
        status: z.enum(INTERVIEW_STATUSES).optional(),
        search: z.string().max(200).optional(),
      })
      .strict(),
  ),
  'interviews.get': returns<InterviewDetail>()(z.object({ id }).strict()),

  'codes.tree': returns<CodeNode[]>()(empty),

  'verbatims.list': returns<{ total: number; rows: VerbatimRow[] }>()(
    z
      .object({
        codeId: id.optional(),
        limit: z.number().int().min(1).max(1000).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
  ),

  'organisations.list': returns<Organisation[]>()(empty),
  'people.list': returns<Person[]>()(empty),

  'projects.list': returns<ProjectSummary[]>()(empty),
  'projects.get': returns<ProjectDetail>()(z.object({ id }).strict()),

  'taxonomies.get': returns<ReferenceLists>()(empty),
} as const;

export interface AppInfo {
  version: string;
  shell: 'electron' | 'web';
  dataDir: string;
  workspacesDir: string;
}

export interface WorkspaceListing {
  recent: RecentWorkspace[];
  /** .terrain files found in the default workspaces folder. */
  available: RecentWorkspace[];
  folder: string;
}

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<K extends MethodName> = z.input<Api[K]['input']>;
export type MethodResult<K extends MethodName> = Api[K]['result'];

/** What the renderer talks to, whichever shell carries the call. */
export type TerrainApi = { [K in MethodName]: (input: MethodInput<K>) => Promise<MethodResult<K>> };

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/**
 * What a shell hands the renderer: one function per method answering an envelope, never throwing across
 * the boundary (Electron's contextBridge and JSON both carry envelopes intact, not Error subclasses).
 * The Electron preload and the HTTP client both implement it; `unwrapBridge` turns either into TerrainApi.
 */
export type TerrainBridge = {
  [K in MethodName]: (input: MethodInput<K>) => Promise<ApiEnvelope<MethodResult<K>>>;
};
