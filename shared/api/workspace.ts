import { z } from 'zod';
import type { RecentWorkspace, ReferenceLists, WorkspaceInfo, WorkspaceStats } from '../domain';
import { empty, filePath, id, returns } from './method';

export type TrashKind = 'interview' | 'code' | 'project' | 'organisation' | 'person' | 'transcript';

export interface TrashItem {
  kind: TrashKind;
  id: string;
  label: string;
  deletedAt: string;
}

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

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export const workspaceApi = {
  'app.info': returns<AppInfo>()(empty),
  'workspace.current': returns<WorkspaceInfo | null>()(empty),
  'workspace.open': returns<WorkspaceInfo>()(z.object({ path: filePath }).strict()),
  'workspace.create': returns<WorkspaceInfo>()(
    z.object({ path: filePath, demo: z.boolean().optional() }).strict(),
  ),
  'workspace.recent': returns<WorkspaceListing>()(empty),
  'workspace.stats': returns<WorkspaceStats>()(empty),
  'taxonomies.get': returns<ReferenceLists>()(empty),

  /** Global undo: every coding, codebook and interview action, in the order they were made. */
  'history.state': returns<HistoryState>()(empty),
  'history.undo': returns<{ undone: string | null; state: HistoryState }>()(empty),
  'history.redo': returns<{ redone: string | null; state: HistoryState }>()(empty),

  'trash.list': returns<TrashItem[]>()(empty),
  'trash.restore': returns<{ id: string }>()(
    z
      .object({ kind: z.enum(['interview', 'code', 'project', 'organisation', 'person', 'transcript']), id })
      .strict(),
  ),
} as const;
