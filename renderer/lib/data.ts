import { useMemo } from 'react';
import type { CodeNode, ReferenceLists } from '../../shared/domain';
import { api } from '../api';
import { useWorkspaceStore } from '../stores/workspace';
import { indexCodes, type CodeIndex } from './codes';
import { useQuery, type Query } from './useQuery';

/** The open workspace's version, to put in query keys: data reloads when another workspace is opened. */
export function useWorkspaceVersion(): number {
  return useWorkspaceStore((s) => s.version);
}

/** The codebook of the open workspace, indexed (colours, names, tree). */
export function useCodeIndex(): Query<CodeNode[]> & { index: CodeIndex | undefined } {
  const version = useWorkspaceVersion();
  const query = useQuery(['codes.tree', version], () => api['codes.tree']({}));
  const index = useMemo(() => (query.data ? indexCodes(query.data) : undefined), [query.data]);
  return { ...query, index };
}

/** The workspace's reference lists (method steps, life-cycle stages, deployment steps, actor types…). */
export function useReferenceLists(): Query<ReferenceLists> {
  const version = useWorkspaceVersion();
  return useQuery(['taxonomies.get', version], () => api['taxonomies.get']({}));
}
