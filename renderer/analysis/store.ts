import { create } from 'zustand';
import {
  DEFAULT_SETTINGS,
  NO_FILTER,
  type AnalysisSettings,
  type AnalysisTab,
  type ChartSettings,
  type CooccurrenceSettings,
  type FilterState,
  type FrequencySettings,
  type MatrixSettings,
} from './model';

/**
 * Every setting of the analysis views, kept while the user goes elsewhere and comes back: the shared filter
 * bar, the active tab and each tab's own choices. A saved analysis is exactly this object.
 */
interface AnalysisStore extends AnalysisSettings {
  /** The saved analysis these settings came from (to save over it), with its name. */
  savedId: string | null;
  savedName: string;
  setTab: (tab: AnalysisTab) => void;
  setFilters: (patch: Partial<FilterState>) => void;
  clearFilters: () => void;
  setMatrix: (patch: Partial<MatrixSettings>) => void;
  toggleCollapsed: (codeId: string) => void;
  setActors: (patch: Partial<ChartSettings>) => void;
  setYears: (patch: Partial<ChartSettings>) => void;
  setCooccurrence: (patch: Partial<CooccurrenceSettings>) => void;
  setFrequencies: (patch: Partial<FrequencySettings>) => void;
  restore: (settings: AnalysisSettings, saved?: { id: string; name: string } | null) => void;
  markSaved: (saved: { id: string; name: string } | null) => void;
}

export const useAnalysisStore = create<AnalysisStore>()((set) => ({
  ...DEFAULT_SETTINGS,
  savedId: null,
  savedName: '',
  setTab: (tab) => set({ tab }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: NO_FILTER }),
  setMatrix: (patch) => set((s) => ({ matrix: { ...s.matrix, ...patch } })),
  toggleCollapsed: (codeId) =>
    set((s) => {
      const collapsed = s.matrix.collapsed.includes(codeId)
        ? s.matrix.collapsed.filter((c) => c !== codeId)
        : [...s.matrix.collapsed, codeId];
      return { matrix: { ...s.matrix, collapsed } };
    }),
  setActors: (patch) => set((s) => ({ actors: { ...s.actors, ...patch } })),
  setYears: (patch) => set((s) => ({ years: { ...s.years, ...patch } })),
  setCooccurrence: (patch) => set((s) => ({ cooccurrence: { ...s.cooccurrence, ...patch } })),
  setFrequencies: (patch) => set((s) => ({ frequencies: { ...s.frequencies, ...patch } })),
  restore: (settings, saved = null) =>
    set({ ...settings, savedId: saved?.id ?? null, savedName: saved?.name ?? '' }),
  markSaved: (saved) => set({ savedId: saved?.id ?? null, savedName: saved?.name ?? '' }),
}));

/** The settings to save: the store without its functions and bookkeeping. */
export function currentSettings(): AnalysisSettings {
  const s = useAnalysisStore.getState();
  return {
    tab: s.tab,
    filters: s.filters,
    matrix: s.matrix,
    actors: s.actors,
    years: s.years,
    cooccurrence: s.cooccurrence,
    frequencies: s.frequencies,
  };
}
