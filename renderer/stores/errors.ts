import { create } from 'zustand';
import type { ApiErrorCode } from '../../shared/errors';
import { TerrainError } from '../../shared/errors';

export interface ShownError {
  id: number;
  code: ApiErrorCode;
  /** The message as the API wrote it (French), or the error's own message. */
  message: string;
  issues?: { path: string; message: string }[];
}

interface ErrorState {
  errors: ShownError[];
  /** Shows an error in the global banner; an identical message already shown is not repeated. */
  report: (error: unknown) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export function toShownError(error: unknown): Omit<ShownError, 'id'> {
  if (error instanceof TerrainError) {
    return error.issues?.length
      ? { code: error.code, message: error.message, issues: error.issues }
      : { code: error.code, message: error.message };
  }
  if (error instanceof Error) return { code: 'internal', message: error.message };
  return { code: 'internal', message: String(error) };
}

export const useErrorStore = create<ErrorState>()((set) => ({
  errors: [],
  report: (error) => {
    const shown = toShownError(error);
    set((state) =>
      state.errors.some((e) => e.code === shown.code && e.message === shown.message)
        ? state
        : { errors: [...state.errors.slice(-4), { id: nextId++, ...shown }] },
    );
  },
  dismiss: (id) => set((state) => ({ errors: state.errors.filter((e) => e.id !== id) })),
}));

export const reportError = (error: unknown) => useErrorStore.getState().report(error);
