import type { Organisation } from '../../shared/domain';
import { api } from '../api';
import { useQuery } from '../lib/useQuery';
import { refreshHistory } from '../stores/history';
import { usePortfolioKey, usePortfolioStore } from './store';

/**
 * Runs a write from the portfolio views: afterwards the undo buttons learn its label and every portfolio
 * query reloads. Failures are left to the caller, which shows them where the user acted.
 */
export async function write<T>(call: () => Promise<T>): Promise<T> {
  const result = await call();
  refreshHistory();
  usePortfolioStore.getState().bump();
  return result;
}

/** Creates an organisation from a picker (a name and, when the context says it, its actor type). */
export async function createOrganisation(name: string, actorType: string | null = null): Promise<string> {
  const { id } = await write(() =>
    api['organisations.save']({ name: name.trim(), ...(actorType ? { actorType } : {}) }),
  );
  return id;
}

export function useOrganisations() {
  const key = usePortfolioKey();
  return useQuery(['organisations.list', ...key], () => api['organisations.list']({}), {
    keepPrevious: true,
  });
}

export function useProjects() {
  const key = usePortfolioKey();
  return useQuery(['projects.list', ...key], () => api['projects.list']({}), { keepPrevious: true });
}

/** Every project in detail (partners, sites, provider): what an organisation's panel and a merge need. */
export function useProjectDetails(enabled = true) {
  const key = usePortfolioKey();
  return useQuery(
    ['projects.details', ...key],
    async () => {
      const list = await api['projects.list']({});
      return Promise.all(list.map((p) => api['projects.get']({ id: p.id })));
    },
    { keepPrevious: true, enabled },
  );
}

export function orgName(orgs: readonly Organisation[] | undefined, id: string | null): string | null {
  return (id && orgs?.find((o) => o.id === id)?.name) || null;
}
