import { create } from 'zustand';
import type { HistoryState } from '../../shared/api';
import { api } from '../api';
import { reportError } from './errors';

/** What the last undo or redo did, for the short status message. */
export interface HistoryStatus {
  id: number;
  kind: 'undone' | 'redone' | 'nothingToUndo' | 'nothingToRedo';
  /** The action's label as the workspace recorded it ("Coder le passage"). */
  label: string | null;
}

interface HistoryStore {
  state: HistoryState | null;
  status: HistoryStatus | null;
  /**
   * Bumped after every undo or redo: views that show data an undo may change put it in their query keys
   * (with keepPrevious, so the screen does not flash) and reload.
   */
  version: number;
  busy: boolean;
  refresh: () => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  clearStatus: () => void;
}

let statusId = 0;
let clearTimer: ReturnType<typeof setTimeout> | undefined;
const STATUS_MS = 5000;

/** The workspace's global undo history (every coding, codebook and interview action). */
export const useHistoryStore = create<HistoryStore>()((set, get) => {
  const show = (kind: HistoryStatus['kind'], label: string | null) => {
    clearTimeout(clearTimer);
    set({ status: { id: ++statusId, kind, label } });
    clearTimer = setTimeout(() => set({ status: null }), STATUS_MS);
  };
  const step = async (dir: 'undo' | 'redo') => {
    if (get().busy) return;
    set({ busy: true });
    try {
      if (dir === 'undo') {
        const { undone, state } = await api['history.undo']({});
        set((s) => ({ state, version: undone ? s.version + 1 : s.version }));
        show(undone ? 'undone' : 'nothingToUndo', undone);
      } else {
        const { redone, state } = await api['history.redo']({});
        set((s) => ({ state, version: redone ? s.version + 1 : s.version }));
        show(redone ? 'redone' : 'nothingToRedo', redone);
      }
    } catch (error) {
      reportError(error);
    } finally {
      set({ busy: false });
    }
  };
  return {
    state: null,
    status: null,
    version: 0,
    busy: false,
    refresh: async () => {
      try {
        set({ state: await api['history.state']({}) });
      } catch {
        // no workspace open, or the host is gone: the buttons stay disabled
        set({ state: null });
      }
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    clearStatus: () => set({ status: null }),
  };
});

/** After any action that writes to the workspace: the undo buttons' labels change. */
export const refreshHistory = () => void useHistoryStore.getState().refresh();
