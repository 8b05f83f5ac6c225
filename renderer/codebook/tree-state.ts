import { create } from 'zustand';
import type { CodeIndex } from '../lib/codes';
import type { DropPosition } from './tree-model';

/**
 * The codebook view's own state, kept across visits and across reloads of the tree: which branches are open
 * (roots start open, the rest closed), the search, the selected code, an inline rename, and drag feedback.
 */
interface TreeState {
  collapsedRoots: Set<string>;
  expanded: Set<string>;
  search: string;
  selectedId: string | null;
  renamingId: string | null;
  /** A code whose name button should take focus once rendered (after a keyboard move re-mounts it). */
  focusId: string | null;
  dragId: string | null;
  dropHint: { id: string; position: DropPosition } | null;
  toggle: (id: string, isRoot: boolean) => void;
  setAll: (index: CodeIndex, open: boolean) => void;
  /** Opens every ancestor of `id` (and `id` itself when `self`), so it shows in the tree. */
  reveal: (index: CodeIndex, id: string, self?: boolean) => void;
  setSearch: (search: string) => void;
  select: (id: string | null) => void;
  rename: (id: string | null) => void;
  focus: (id: string | null) => void;
  drag: (id: string | null) => void;
  hint: (hint: { id: string; position: DropPosition } | null) => void;
}

export const useTreeState = create<TreeState>()((set) => ({
  collapsedRoots: new Set(),
  expanded: new Set(),
  search: '',
  selectedId: null,
  renamingId: null,
  focusId: null,
  dragId: null,
  dropHint: null,
  toggle: (id, isRoot) =>
    set((s) => {
      if (isRoot) {
        const collapsedRoots = new Set(s.collapsedRoots);
        if (!collapsedRoots.delete(id)) collapsedRoots.add(id);
        return { collapsedRoots };
      }
      const expanded = new Set(s.expanded);
      if (!expanded.delete(id)) expanded.add(id);
      return { expanded };
    }),
  setAll: (index, open) =>
    set(
      open
        ? { collapsedRoots: new Set(), expanded: new Set(index.ordered.map((c) => c.id)) }
        : {
            collapsedRoots: new Set((index.children.get(null) ?? []).map((c) => c.id)),
            expanded: new Set(),
          },
    ),
  reveal: (index, id, self = false) =>
    set((s) => {
      const collapsedRoots = new Set(s.collapsedRoots);
      const expanded = new Set(s.expanded);
      const seen = new Set<string>();
      let current = self ? index.byId.get(id) : index.byId.get(index.byId.get(id)?.parentId ?? '');
      while (current && !seen.has(current.id)) {
        seen.add(current.id);
        const isRoot = !current.parentId || !index.byId.has(current.parentId);
        if (isRoot) collapsedRoots.delete(current.id);
        else expanded.add(current.id);
        current = current.parentId ? index.byId.get(current.parentId) : undefined;
      }
      return { collapsedRoots, expanded };
    }),
  setSearch: (search) => set({ search }),
  select: (selectedId) => set({ selectedId }),
  rename: (renamingId) => set({ renamingId }),
  focus: (focusId) => set({ focusId }),
  drag: (dragId) => set(dragId ? { dragId } : { dragId: null, dropHint: null }),
  hint: (dropHint) =>
    set((s) =>
      s.dropHint?.id === dropHint?.id && s.dropHint?.position === dropHint?.position ? s : { dropHint },
    ),
}));
