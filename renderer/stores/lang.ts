import { create } from 'zustand';
import { DEFAULT_LANG, isLang, type Lang } from '../../shared/i18n';

/** localStorage key of the interface language; the value is the bare code ('fr' or 'en'). */
export const LANG_STORAGE_KEY = 'terrain.lang';

function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG; // storage refused (privacy mode): stay in French
  }
}

/** Keeps `<html lang>` in step so screen readers pronounce the interface in the right language. */
export function applyDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const useLangStore = create<LangState>()((set) => ({
  lang: storedLang(),
  setLang: (lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // not persisted; the switch still applies to this session
    }
    applyDocumentLang(lang);
    set({ lang });
  },
}));
