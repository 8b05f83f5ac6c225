import type { GuideSummary } from '../../shared/api';

/** A guide being edited: its axes in order, each keeping its id when it already exists. */
export interface GuideDraft {
  id?: string;
  name: string;
  description: string;
  isDefault: boolean;
  axes: {
    id?: string;
    labelFr: string;
    labelEn: string;
    promptsFr: string;
    promptsEn: string;
    optional: boolean;
  }[];
}

export function draftOf(guide: GuideSummary): GuideDraft {
  return {
    id: guide.id,
    name: guide.name,
    description: guide.description ?? '',
    isDefault: guide.isDefault,
    axes: guide.axes.map((a) => ({
      id: a.id,
      labelFr: a.labelFr,
      labelEn: a.labelEn,
      promptsFr: a.promptsFr ?? '',
      promptsEn: a.promptsEn ?? '',
      optional: a.optional,
    })),
  };
}

export function emptyAxis(): GuideDraft['axes'][number] {
  return { labelFr: '', labelEn: '', promptsFr: '', promptsEn: '', optional: false };
}

/** Moves the axis at `from` by `delta` places (clamped), returning a new list. */
export function moveAxis<T>(axes: T[], from: number, delta: number): T[] {
  const to = Math.max(0, Math.min(axes.length - 1, from + delta));
  if (to === from) return axes;
  const next = [...axes];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** What the API receives: empty prompts become null, blank axes are dropped. */
export function toSaveInput(draft: GuideDraft) {
  return {
    id: draft.id,
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    isDefault: draft.isDefault,
    axes: draft.axes
      .filter((a) => a.labelFr.trim())
      .map((a) => ({
        id: a.id,
        labelFr: a.labelFr.trim(),
        labelEn: a.labelEn.trim(),
        promptsFr: a.promptsFr.trim() || null,
        promptsEn: a.promptsEn.trim() || null,
        optional: a.optional,
      })),
  };
}
