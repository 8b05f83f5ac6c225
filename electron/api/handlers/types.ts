import type { z } from 'zod';
import type { Api, AppInfo, MethodName, MethodResult } from '../../../shared/api';
import type { WorkspaceSession } from '../session';

export interface HandlerContext {
  session: WorkspaceSession;
  shell: AppInfo['shell'];
  version: string;
  /** Sends an event to the window (progress of long work); set by shells that have an event stream. */
  emit?: (event: { type: string; [key: string]: unknown }) => void;
}

export type Handler<K extends MethodName> = (
  input: z.output<Api[K]['input']>,
  ctx: HandlerContext,
) => MethodResult<K> | Promise<MethodResult<K>>;

export type Handlers = { [K in MethodName]: Handler<K> };

/** The handlers of one capability: typed against exactly its own slice of the contract. */
export type SliceHandlers<S> = { [K in keyof S & MethodName]: Handler<K> };

export const dbOf = (ctx: HandlerContext) => ctx.session.require().db;
