import { useCallback, useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { MethodName } from '../../shared/api';
import { translate, type Lang } from '../../shared/i18n';
import { directoryPseudonymiser, type PseudonymDirectory } from '../../shared/pseudonymise';
import { api, onApiAnswer } from '../api';
import { useT } from '../i18n';
import { reportError } from '../stores/errors';
import { useLangStore } from '../stores/lang';
import { useWorkspaceStore } from '../stores/workspace';
import { makePresent, showAsIs, type Present } from './present';
import { personLabel } from './rules';

interface PresentationState {
  /** When on, the UI shows pseudonyms instead of people's names (screen sharing, projector). */
  on: boolean;
  toggle: () => void;
  set: (on: boolean) => void;
  /**
   * The names to hide, as the open workspace holds them; null while they load. Not kept in the session: a
   * reload fetches them afresh.
   */
  directory: PseudonymDirectory | null;
}

/** Presentation mode, kept for the browser session only (a new window starts with names shown). */
export const usePresentationStore = create<PresentationState>()(
  persist(
    (set) => ({
      on: false,
      toggle: () => set((s) => ({ on: !s.on })),
      set: (on) => set({ on }),
      directory: null,
    }),
    {
      name: 'terrain.presentation',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ on: s.on }),
    },
  ),
);

/**
 * Writes after which someone's name may be new to the directory (a person, an alias, a speaker label, an
 * interviewer typed) or an organisation's name may have changed: the names to hide are fetched again.
 */
const RENAMING: ReadonlySet<MethodName> = new Set<MethodName>([
  'interviews.create',
  'interviews.update',
  'interviews.delete',
  'transcripts.import',
  'transcripts.paste',
  'transcripts.setTurnSpeaker',
  'organisations.save',
  'organisations.delete',
  'organisations.merge',
  'portfolio.import',
  'refi.import',
  'people.erase',
  'trash.restore',
  'history.undo',
  'history.redo',
  'backup.restore',
  'workspace.open',
  'workspace.create',
]);

const NOBODY: PseudonymDirectory = { people: [], interviewers: [], keep: [] };

let request = 0;

/** Fetches the names to hide; an answer overtaken by a newer request is dropped. */
async function loadDirectory(): Promise<void> {
  const mine = ++request;
  if (!useWorkspaceStore.getState().info) {
    usePresentationStore.setState({ directory: NOBODY });
    return;
  }
  try {
    const directory = await api['people.directory']({});
    if (mine === request) usePresentationStore.setState({ directory });
  } catch (error) {
    // the text stays masked: better nothing on screen than a name
    if (mine === request) reportError(error);
  }
}

/**
 * Mounted once (in the top bar): while presentation mode is on, keeps the names to hide in step with the open
 * workspace — fetched when the mode is turned on, when another workspace opens, and after any write that can
 * bring a new name. Off, they are dropped, so turning the mode on never shows another moment's list.
 */
export function useDirectoryLoader(): void {
  useEffect(() => {
    const refresh = () => {
      if (usePresentationStore.getState().on) void loadDirectory();
      else {
        request++;
        usePresentationStore.setState({ directory: null });
      }
    };
    const offMode = usePresentationStore.subscribe((s, prev) => {
      if (s.on === prev.on) return;
      usePresentationStore.setState({ directory: null });
      refresh();
    });
    const offWorkspace = useWorkspaceStore.subscribe((s, prev) => {
      if (s.version === prev.version && s.info === prev.info) return;
      usePresentationStore.setState({ directory: null });
      refresh();
    });
    const offWrites = onApiAnswer((name) => {
      if (RENAMING.has(name) && usePresentationStore.getState().on) void loadDirectory();
    });
    refresh();
    return () => {
      offMode();
      offWorkspace();
      offWrites();
    };
  }, []);
}

/** One presenter per directory and language, shared by every view (each text is pseudonymised once). */
let memo: { directory: PseudonymDirectory | null; lang: Lang; present: Present } | null = null;

function presenterFor(directory: PseudonymDirectory | null, lang: Lang): Present {
  if (memo && memo.directory === directory && memo.lang === lang) return memo.present;
  const present = makePresent(
    directory
      ? directoryPseudonymiser(directory, {
          interviewer: (n) => translate(lang, 'presentation.interviewer', { n }),
          ambiguous: translate(lang, 'presentation.ambiguous'),
        })
      : null,
  );
  memo = { directory, lang, present };
  return present;
}

/**
 * `const present = usePresentationText(); present(quote)` — any text that may hold a person's name, as the
 * screen may show it: as stored when presentation mode is off, with pseudonyms instead of names when it is on
 * (masked while the names load). `present.on` says whether the mode is on: editors of such text are then
 * read-only, since what they would save is no longer what is stored.
 */
export function usePresentationText(): Present {
  const on = usePresentationStore((s) => s.on);
  const directory = usePresentationStore((s) => s.directory);
  const lang = useLangStore((s) => s.lang);
  return useMemo(() => (on ? presenterFor(directory, lang) : showAsIs), [on, directory, lang]);
}

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
