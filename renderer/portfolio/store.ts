import { useEffect } from 'react';
import { create } from 'zustand';
import type { DashboardFilter } from '../../shared/dashboard';
import { useWorkspaceVersion } from '../lib/data';
import { useHistoryStore } from '../stores/history';
import type { OrganisationFilter, ProjectFilter } from './filters';
import { readTab, tabHash, type PortfolioTab } from './tabs';

export { PORTFOLIO_TABS, type PortfolioTab } from './tabs';

interface PortfolioState {
  tab: PortfolioTab;
  setTab: (tab: PortfolioTab) => void;
  /** Bumped after every write made from the portfolio views: their queries reload. */
  revision: number;
  bump: () => void;
  /** The dashboard's filter, kept while the user opens a project and comes back. */
  filter: DashboardFilter;
  setFilter: (filter: DashboardFilter) => void;
  /** The projects list's and the directory's filters, kept while the user opens an item and comes back. */
  projectFilter: ProjectFilter;
  setProjectFilter: (filter: ProjectFilter) => void;
  orgFilter: OrganisationFilter;
  setOrgFilter: (filter: OrganisationFilter) => void;
  /** The organisation shown in the directory's side panel. */
  organisationId: string | null;
  setOrganisationId: (id: string | null) => void;
}

const initialTab = (typeof window !== 'undefined' && readTab(window.location.hash)) || 'projects';

export const usePortfolioStore = create<PortfolioState>()((set) => ({
  tab: initialTab,
  setTab: (tab) => {
    set({ tab });
    if (typeof window !== 'undefined' && /^#\/portefeuille(\?|$)/.test(window.location.hash)) {
      // replaceState: switching tabs is not a navigation the Back button should replay
      window.history.replaceState(null, '', tabHash(tab));
    }
  },
  revision: 0,
  bump: () => set((s) => ({ revision: s.revision + 1 })),
  filter: {},
  setFilter: (filter) => set({ filter }),
  projectFilter: { query: '', status: '', callYear: '' },
  setProjectFilter: (projectFilter) => set({ projectFilter }),
  orgFilter: { query: '', actorType: '', region: '' },
  setOrgFilter: (orgFilter) => set({ orgFilter }),
  organisationId: null,
  setOrganisationId: (organisationId) => set({ organisationId }),
}));

/**
 * What the portfolio's data depends on, for query keys: the open workspace, the undo history (an undo
 * anywhere may change a project) and the portfolio's own writes.
 */
export function usePortfolioKey(): readonly number[] {
  const workspace = useWorkspaceVersion();
  const history = useHistoryStore((s) => s.version);
  const revision = usePortfolioStore((s) => s.revision);
  return [workspace, history, revision];
}

/** Follows `?tab=` when the hash changes (a link, back/forward). */
export function useTabFromHash(): void {
  useEffect(() => {
    const onChange = () => {
      const tab = readTab(window.location.hash);
      if (tab && tab !== usePortfolioStore.getState().tab) usePortfolioStore.setState({ tab });
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
}
