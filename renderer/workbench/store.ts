import { create } from 'zustand';
import type { Segment, SpeakerRole, SpeakerTurn, Transcript } from '../../shared/domain';
import { api } from '../api';
import { reportError } from '../stores/errors';
import { refreshHistory } from '../stores/history';

export interface Range {
  start: number;
  end: number;
}

/** What the code palette is open for. */
export type PaletteTarget =
  { mode: 'code'; range: Range } | { mode: 'add'; segmentId: string } | { mode: 'pin' };

interface WorkbenchState {
  transcriptId: string | null;
  /** The transcript object last loaded from the API (a new one replaces local edits). */
  source: Transcript | null;
  text: string;
  turns: SpeakerTurn[];
  /** Sorted by start, then end. */
  segments: Segment[];
  selectedId: string | null;
  palette: PaletteTarget | null;
  busy: boolean;

  load: (transcript: Transcript) => void;
  select: (id: string | null) => void;
  openPalette: (target: PaletteTarget) => void;
  closePalette: () => void;
  code: (range: Range, codeIds: string[]) => Promise<Segment | null>;
  addCodes: (segmentId: string, codeIds: string[]) => Promise<void>;
  removeCode: (segmentId: string, codeId: string) => Promise<void>;
  update: (
    segmentId: string,
    patch: { start?: number; end?: number; memo?: string | null; important?: boolean },
  ) => Promise<boolean>;
  uncode: (segmentId: string) => Promise<void>;
  linkProject: (segmentId: string, projectId: string, linked: boolean) => Promise<void>;
  setSpeaker: (turnId: string, speaker: string, role: SpeakerRole) => Promise<boolean>;
}

const bySpan = (a: Segment, b: Segment) => a.start - b.start || a.end - b.end;

/** Replaces (or adds) a segment, keeping the list sorted. */
function upsert(list: readonly Segment[], seg: Segment): Segment[] {
  const rest = list.filter((s) => s.id !== seg.id);
  rest.push(seg);
  return rest.sort(bySpan);
}

/**
 * The transcript being coded: its text, turns and segments, the selected segment and the palette. Every
 * change goes to the API first; the answer (the changed segment) is patched in here, so coding never reloads
 * the whole interview. Undo and redo reload it (see InterviewDetail).
 */
export const useWorkbench = create<WorkbenchState>()((set, get) => {
  /** Runs one API write; a failure goes to the error banner and answers undefined. */
  const run = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    set({ busy: true });
    try {
      const result = await call();
      refreshHistory();
      return result;
    } catch (error) {
      reportError(error);
      return undefined;
    } finally {
      set({ busy: false });
    }
  };

  return {
    transcriptId: null,
    source: null,
    text: '',
    turns: [],
    segments: [],
    selectedId: null,
    palette: null,
    busy: false,

    load: (transcript) => {
      if (get().source === transcript) return;
      const same = get().transcriptId === transcript.id;
      const segments = [...transcript.segments].sort(bySpan);
      const selectedId = get().selectedId;
      set({
        transcriptId: transcript.id,
        source: transcript,
        text: transcript.text,
        turns: transcript.turns,
        segments,
        selectedId: same && selectedId && segments.some((s) => s.id === selectedId) ? selectedId : null,
        palette: same ? get().palette : null,
      });
    },

    select: (id) => set({ selectedId: id }),
    openPalette: (target) => set({ palette: target }),
    closePalette: () => set({ palette: null }),

    code: async (range, codeIds) => {
      const transcriptId = get().transcriptId;
      if (!transcriptId || codeIds.length === 0) return null;
      const seg = await run(() =>
        api['segments.code']({ transcriptId, start: range.start, end: range.end, codeIds }),
      );
      if (!seg || get().transcriptId !== transcriptId) return null;
      set((s) => ({ segments: upsert(s.segments, seg), selectedId: seg.id }));
      return seg;
    },

    addCodes: async (segmentId, codeIds) => {
      if (codeIds.length === 0) return;
      const seg = await run(() => api['segments.setCodes']({ segmentId, add: codeIds }));
      if (seg) set((s) => ({ segments: upsert(s.segments, seg) }));
    },

    removeCode: async (segmentId, codeId) => {
      const result = await run(async () => ({
        seg: await api['segments.setCodes']({ segmentId, remove: [codeId] }),
      }));
      if (!result) return;
      if (result.seg) {
        const seg = result.seg;
        set((s) => ({ segments: upsert(s.segments, seg) }));
      } else {
        // its last code removed: the passage is no longer coded
        set((s) => ({
          segments: s.segments.filter((x) => x.id !== segmentId),
          selectedId: s.selectedId === segmentId ? null : s.selectedId,
        }));
      }
    },

    update: async (segmentId, patch) => {
      const seg = await run(() => api['segments.update']({ segmentId, ...patch }));
      if (seg) set((s) => ({ segments: upsert(s.segments, seg) }));
      return Boolean(seg);
    },

    uncode: async (segmentId) => {
      const done = await run(() => api['segments.uncode']({ segmentId }));
      if (done)
        set((s) => ({
          segments: s.segments.filter((x) => x.id !== segmentId),
          selectedId: s.selectedId === segmentId ? null : s.selectedId,
        }));
    },

    linkProject: async (segmentId, projectId, linked) => {
      const seg = await run(() => api['segments.linkProject']({ segmentId, projectId, linked }));
      if (seg) set((s) => ({ segments: upsert(s.segments, seg) }));
    },

    setSpeaker: async (turnId, speaker, role) => {
      const done = await run(() => api['transcripts.setTurnSpeaker']({ turnId, speaker, role }));
      if (!done) return false;
      set((s) => ({ turns: s.turns.map((t) => (t.id === turnId ? { ...t, speaker, role } : t)) }));
      return true;
    },
  };
});
