import { useMemo } from 'react';
import type { AnalysisFilter } from '../../shared/analysis';
import { api } from '../api';
import { useWorkspaceVersion } from '../lib/data';
import { useQuery } from '../lib/useQuery';
import { useHistoryStore } from '../stores/history';
import { toApiFilter } from './model';
import { useAnalysisStore } from './store';

/** What analysis data depends on besides its request: the open workspace and the undo history. */
export function useDataVersion(): string {
  const workspace = useWorkspaceVersion();
  const history = useHistoryStore((s) => s.version);
  return `${workspace}.${history}`;
}

/** The shared filter bar as the API wants it (memoised on the store's filters). */
export function useApiFilter(): AnalysisFilter {
  const filters = useAnalysisStore((s) => s.filters);
  return useMemo(() => toApiFilter(filters), [filters]);
}

/** The lists the filter bar picks from. */
export function useFilterSources() {
  const version = useWorkspaceVersion();
  const projects = useQuery(['projects.list', version], () => api['projects.list']({}));
  const organisations = useQuery(['organisations.list', version], () => api['organisations.list']({}));
  const interviews = useQuery(['interviews.list', version], () => api['interviews.list']({}));
  return { projects, organisations, interviews };
}
