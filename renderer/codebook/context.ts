import { createContext, useContext } from 'react';
import type { CodeIndex, filterCodes } from '../lib/codes';
import type { RolledUp } from './tree-model';

/** What every row of the tree needs, without threading it through each level. */
export interface CodebookContextValue {
  index: CodeIndex;
  filter: ReturnType<typeof filterCodes>;
  rolled: ReadonlyMap<string, RolledUp>;
  move: (id: string, parentId: string | null, index: number) => Promise<void>;
  rename: (id: string, name: string) => Promise<void>;
}

export const CodebookContext = createContext<CodebookContextValue | null>(null);

export function useCodebook(): CodebookContextValue {
  const value = useContext(CodebookContext);
  if (!value) throw new Error('useCodebook outside the codebook view');
  return value;
}
