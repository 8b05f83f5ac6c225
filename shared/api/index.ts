import type { z } from 'zod';
import type { ApiEnvelope } from '../errors';
import { workspaceApi } from './workspace';
import { interviewsApi } from './interviews';
import { codingApi } from './coding';
import { codebookApi } from './codebook';
import { portfolioApi } from './portfolio';
import { analysisApi } from './analysis';
import { refiApi } from './refi';
import { reportsApi } from './reports';

export type { AppInfo, WorkspaceListing, HistoryState, TrashItem, TrashKind } from './workspace';
export type { ImportResult, GuideSummary } from './interviews';
export type { SearchHit, CodingCandidate } from './coding';

/**
 * The API contract: one entry per method, its input schema and (as a type only) its result, gathered from
 * each capability's file. Both shells (Electron IPC and the local web host) dispatch through the same
 * handler map typed by this object, and the renderer's clients are typed by it, so a method cannot drift
 * on one side.
 */
export const api = {
  ...workspaceApi,
  ...interviewsApi,
  ...codingApi,
  ...codebookApi,
  ...portfolioApi,
  ...analysisApi,
  ...reportsApi,
  ...refiApi,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<K extends MethodName> = z.input<Api[K]['input']>;
export type MethodResult<K extends MethodName> = Api[K]['result'];

/** What the renderer talks to, whichever shell carries the call. */
export type TerrainApi = { [K in MethodName]: (input: MethodInput<K>) => Promise<MethodResult<K>> };

/**
 * What a shell hands the renderer: one function per method answering an envelope, never throwing across
 * the boundary (Electron's contextBridge and JSON both carry envelopes intact, not Error subclasses).
 * The Electron preload and the HTTP client both implement it; `unwrapBridge` turns either into TerrainApi.
 */
export type TerrainBridge = {
  [K in MethodName]: (input: MethodInput<K>) => Promise<ApiEnvelope<MethodResult<K>>>;
};

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
