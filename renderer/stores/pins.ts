import { useEffect } from 'react';
import { create } from 'zustand';

/** Codes pinned to the number keys 1–9, per workspace (by its path), kept in localStorage. */
export const MAX_PINS = 9;
const KEY_PREFIX = 'terrain.pinnedCodes:';

function read(path: string): string[] {
  try {
    const raw = globalThis.localStorage?.getItem(KEY_PREFIX + path);
    const value: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string').slice(0, MAX_PINS)
      : [];
  } catch {
    return [];
  }
}

function write(path: string, ids: string[]): void {
  try {
    globalThis.localStorage?.setItem(KEY_PREFIX + path, JSON.stringify(ids));
  } catch {
    // storage refused: the pins last for this session
  }
}

interface PinsStore {
  byPath: Record<string, string[]>;
  get: (path: string) => string[];
  toggle: (path: string, codeId: string) => void;
  set: (path: string, ids: string[]) => void;
}

export const usePinsStore = create<PinsStore>()((set, get) => ({
  byPath: {},
  get: (path) => get().byPath[path] ?? read(path),
  toggle: (path, codeId) => {
    const current = get().get(path);
    const next = current.includes(codeId)
      ? current.filter((id) => id !== codeId)
      : [...current, codeId].slice(0, MAX_PINS);
    get().set(path, next);
  },
  set: (path, ids) => {
    const next = ids.slice(0, MAX_PINS);
    write(path, next);
    set((s) => ({ byPath: { ...s.byPath, [path]: next } }));
  },
}));

const NONE: string[] = [];

/** The pinned code ids of the open workspace (empty without one). */
export function usePinnedCodes(path: string | null | undefined): string[] {
  const ids = usePinsStore((s) => (path ? s.byPath[path] : undefined));
  useEffect(() => {
    if (path && ids === undefined)
      usePinsStore.setState((s) => ({ byPath: { ...s.byPath, [path]: read(path) } }));
  }, [path, ids]);
  return ids ?? NONE;
}
