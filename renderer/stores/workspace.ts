import { create } from 'zustand';
import type { WorkspaceState as OpenWorkspace } from '../../shared/api/workspace';
import { TerrainError } from '../../shared/errors';
import { api } from '../api';
import { reportError } from './errors';

/** What an open attempt came to: opened, refused for want of (the right) passphrase, or failed (reported). */
export type OpenOutcome = 'opened' | 'passphrase_required' | 'wrong_passphrase' | 'failed';

interface WorkspaceState {
  /** 'loading' until workspace.current has answered once. */
  status: 'loading' | 'ready';
  info: OpenWorkspace | null;
  /** Bumped whenever another workspace is opened (or restored), so every view reloads its data. */
  version: number;
  /** True while an open or create call is running. */
  busy: boolean;
  load: () => Promise<void>;
  open: (path: string) => Promise<boolean>;
  /**
   * Opens a workspace, with its passphrase when it is encrypted. A refusal for want of the right passphrase is
   * not reported in the error banner: the caller asks for the passphrase (see privacy/UnlockDialog).
   */
  openWith: (path: string, passphrase?: string) => Promise<OpenOutcome>;
  /** With a passphrase, the new file is encrypted from its first byte. */
  create: (path: string, demo: boolean, passphrase?: string) => Promise<boolean>;
  /** The same workspace changed under the views (backup restored, passphrase set): new info, views reload. */
  replaced: (info?: OpenWorkspace | null) => void;
}

const passphraseReason = (error: unknown): 'passphrase_required' | 'wrong_passphrase' | null =>
  error instanceof TerrainError &&
  (error.reason === 'passphrase_required' || error.reason === 'wrong_passphrase')
    ? error.reason
    : null;

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => {
  const switchTo = async (
    call: () => Promise<OpenWorkspace>,
    quietPassphrase = false,
  ): Promise<OpenOutcome> => {
    if (get().busy) return 'failed';
    set({ busy: true });
    try {
      const info = await call();
      set((s) => ({ info, status: 'ready', version: s.version + 1, busy: false }));
      return 'opened';
    } catch (error) {
      set({ busy: false });
      const reason = passphraseReason(error);
      if (reason && quietPassphrase) return reason;
      reportError(error);
      return reason ?? 'failed';
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
    open: async (path) => (await switchTo(() => api['workspace.open']({ path }))) === 'opened',
    openWith: (path, passphrase) =>
      switchTo(() => api['workspace.open'](passphrase ? { path, passphrase } : { path }), true),
    create: async (path, demo, passphrase) =>
      (await switchTo(() =>
        api['workspace.create'](passphrase ? { path, demo, passphrase } : { path, demo }),
      )) === 'opened',
    replaced: (info) => set((s) => ({ info: info === undefined ? s.info : info, version: s.version + 1 })),
  };
});
