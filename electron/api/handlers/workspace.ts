import type { workspaceApi } from '../../../shared/api/workspace';
import { workspaceStats } from '../../../db/queries/stats';
import { referenceLists } from '../../../db/queries/directory';
import { historyState, redo, undo } from '../../../db/history';
import { listTrash, restoreFromTrash } from '../../../db/trash';
import { workspacesDir } from '../paths';
import { dbOf, type SliceHandlers } from './types';

type WorkspaceMethods = Pick<
  typeof workspaceApi,
  | 'app.info'
  | 'workspace.current'
  | 'workspace.open'
  | 'workspace.create'
  | 'workspace.recent'
  | 'workspace.stats'
  | 'taxonomies.get'
  | 'history.state'
  | 'history.undo'
  | 'history.redo'
  | 'trash.list'
  | 'trash.restore'
>;

export const workspaceHandlers: SliceHandlers<WorkspaceMethods> = {
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    shell: ctx.shell,
    dataDir: ctx.session.dataDir,
    workspacesDir: workspacesDir(ctx.session.dataDir),
  }),
  'workspace.current': (_input, ctx) => ctx.session.info(),
  'workspace.open': (input, ctx) =>
    ctx.session.open(input.path, { passphrase: input.passphrase ?? null, readOnly: input.readOnly ?? false }),
  'workspace.create': (input, ctx) =>
    ctx.session.create(input.path, input.demo ?? false, input.passphrase ?? null),
  'workspace.recent': (_input, ctx) => ctx.session.listing(),
  'workspace.stats': (_input, ctx) => workspaceStats(dbOf(ctx)),
  'taxonomies.get': (_input, ctx) => referenceLists(dbOf(ctx)),
  'history.state': (_input, ctx) => historyState(dbOf(ctx)),
  'history.undo': (_input, ctx) => {
    const undone = undo(dbOf(ctx));
    return { undone, state: historyState(dbOf(ctx)) };
  },
  'history.redo': (_input, ctx) => {
    const redone = redo(dbOf(ctx));
    return { redone, state: historyState(dbOf(ctx)) };
  },
  'trash.list': (_input, ctx) => listTrash(dbOf(ctx)),
  'trash.restore': (input, ctx) => {
    restoreFromTrash(dbOf(ctx), input.kind, input.id);
    return { id: input.id };
  },
};
