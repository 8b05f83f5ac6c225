import { create } from 'zustand';
import type { GeneratedReport, ReportGenerateRequest } from '../../shared/api/reports';
import { api } from '../api';
import { toShownError } from '../stores/errors';
import { useLangStore } from '../stores/lang';
import { saveBase64File } from './download';
import { defaultDraft, type ReportDraft } from './request';

export interface GenerationJob {
  id: number;
  startedAt: number;
  request: ReportGenerateRequest;
}

interface ReportsState {
  draft: ReportDraft;
  /** The workspace the draft's selections belong to; another workspace resets them. */
  draftPath: string | null;
  setDraft: (patch: Partial<ReportDraft>) => void;
  /** True once the user chose the report's language; until then it follows the interface's. */
  langChosen: boolean;
  followInterfaceLang: (lang: ReportDraft['lang']) => void;
  forWorkspace: (path: string | null) => void;
  /** The generation under way, or null. */
  job: GenerationJob | null;
  /** The last file made (kept to download it again). */
  result: GeneratedReport | null;
  error: string | null;
  cancelled: boolean;
  generate: (request: ReportGenerateRequest) => Promise<void>;
  /** Stops waiting: the file, when it comes, is dropped. */
  cancel: () => void;
  downloadAgain: () => void;
}

let jobSeq = 0;

/**
 * The Reports view's choices and its generation, kept outside the view: leaving the view neither loses the
 * options nor the file being made (it is saved when it arrives, unless cancelled).
 */
export const useReportsStore = create<ReportsState>()((set, get) => ({
  draft: defaultDraft(useLangStore.getState().lang),
  draftPath: null,
  setDraft: (patch) =>
    set((s) => ({ draft: { ...s.draft, ...patch }, langChosen: s.langChosen || patch.lang !== undefined })),
  langChosen: false,
  followInterfaceLang: (lang) => {
    if (!get().langChosen && get().draft.lang !== lang) set((s) => ({ draft: { ...s.draft, lang } }));
  },
  forWorkspace: (path) => {
    if (get().draftPath === path) return;
    set((s) => ({
      draftPath: path,
      draft: { ...s.draft, projectIds: null, interviewIds: null, analysisId: '' },
      result: null,
      error: null,
      cancelled: false,
    }));
  },
  job: null,
  result: null,
  error: null,
  cancelled: false,
  generate: async (request) => {
    if (get().job) return;
    const id = ++jobSeq;
    set({ job: { id, startedAt: Date.now(), request }, result: null, error: null, cancelled: false });
    try {
      const file = await api['reports.generate'](request);
      if (get().job?.id !== id) return; // cancelled meanwhile
      saveBase64File(file.fileName, file.contentBase64, file.mimeType);
      set({ job: null, result: file });
    } catch (error) {
      if (get().job?.id !== id) return;
      set({ job: null, error: toShownError(error).message });
    }
  },
  cancel: () => {
    if (get().job) set({ job: null, cancelled: true });
  },
  downloadAgain: () => {
    const file = get().result;
    if (file) saveBase64File(file.fileName, file.contentBase64, file.mimeType);
  },
}));
