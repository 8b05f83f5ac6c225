import { create } from 'zustand';

/** The global search dialog: open or not, and the last query (kept when it is closed and reopened). */
export const useSearchStore = create<{
  open: boolean;
  query: string;
  /** Bumped on every request to open, so an open dialog re-focuses its field. */
  openCount: number;
  show: () => void;
  hide: () => void;
  setQuery: (query: string) => void;
}>()((set) => ({
  open: false,
  query: '',
  openCount: 0,
  show: () => set((s) => ({ open: true, openCount: s.openCount + 1 })),
  hide: () => set({ open: false }),
  setQuery: (query) => set({ query }),
}));

/** True when typing goes into this element, so Ctrl+F there keeps its usual meaning. */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'range', 'image'].includes(
      el.type,
    );
  }
  return el instanceof HTMLElement && el.isContentEditable;
}
