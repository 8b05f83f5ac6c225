import { create } from 'zustand';
import type { WorkspaceInfo } from '../../shared/domain';
import { api } from '../api';
import { reportError } from './errors';

interface WorkspaceState {
  /** 'loading' until workspace.current has answered once. */
  status: 'loading' | 'ready';
  info: WorkspaceInfo | null;
  /** Bumped whenever another workspace is opened, so every view reloads its data. */
  version: number;
  /** True while an open or create call is running. */
  busy: boolean;
  load: () => Promise<void>;
  open: (path: string) => Promise<boolean>;
  create: (path: string, demo: boolean) => Promise<boolean>;
}

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => {
  const switchTo = async (call: () => Promise<WorkspaceInfo>): Promise<boolean> => {
    if (get().busy) return false;
    set({ busy: true });
    try {
      const info = await call();
      set((s) => ({ info, status: 'ready', version: s.version + 1, busy: false }));
      return true;
    } catch (error) {
      reportError(error);
      set({ busy: false });
      return false;
    }
  };
  return {
    status: 'loading',
    info: null,
    version: 0,
    busy: false,
    load: async () => {
      try {
        const info = await api['workspace.current']({});
        set((s) => ({ info, status: 'ready', version: s.version + 1 }));
      } catch (error) {
        reportError(error);
        set({ status: 'ready' });
      }
    },
    open: (path) => switchTo(() => api['workspace.open']({ path })),
    create: (path, demo) => switchTo(() => api['workspace.create']({ path, demo })),
  };
});
