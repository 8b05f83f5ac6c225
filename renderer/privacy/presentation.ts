import { useCallback } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { useT } from '../i18n';
import { personLabel } from './rules';

interface PresentationState {
  /** When on, the UI shows pseudonyms instead of people's names (screen sharing, projector). */
  on: boolean;
  toggle: () => void;
  set: (on: boolean) => void;
}

/** Presentation mode, kept for the browser session only (a new window starts with names shown). */
export const usePresentationStore = create<PresentationState>()(
  persist(
    (set) => ({
      on: false,
      toggle: () => set((s) => ({ on: !s.on })),
      set: (on) => set({ on }),
    }),
    {
      name: 'terrain.presentation',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ on: s.on }),
    },
  ),
);

/**
 * `const label = usePersonLabel(); label(person.fullName, person.pseudonym)` — a person's name where the UI
 * shows one, replaced by the pseudonym (or a neutral "Personne ?") while presentation mode is on.
 */
export function usePersonLabel(): (fullName: string, pseudonym: string | null | undefined) => string {
  const t = useT();
  const presenting = usePresentationStore((s) => s.on);
  return useCallback(
    (fullName, pseudonym) =>
      personLabel(presenting, fullName, pseudonym, t('presentation.anonymous', { n: '?' })),
    [presenting, t],
  );
}
