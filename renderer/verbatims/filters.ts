import { create } from 'zustand';
import type { MethodInput } from '../../shared/api';

export interface VerbatimFilters {
  codeId: string;
  actorType: string;
  organisationId: string;
  projectId: string;
  interviewer: string;
  speakerRole: '' | 'interviewee' | 'interviewer' | 'other';
  dateFrom: string;
  dateTo: string;
  importantOnly: boolean;
}

export const NO_FILTERS: VerbatimFilters = {
  codeId: '',
  actorType: '',
  organisationId: '',
  projectId: '',
  interviewer: '',
  speakerRole: '',
  dateFrom: '',
  dateTo: '',
  importantOnly: false,
};

/** The filters survive a trip to an interview and back, and the codebook can set the code. */
export const useVerbatimFilters = create<{
  filters: VerbatimFilters;
  set: (patch: Partial<VerbatimFilters>) => void;
  clear: () => void;
}>()((set) => ({
  filters: NO_FILTERS,
  set: (patch) => set((s) => ({ filters: { ...NO_FILTERS, ...s.filters, ...patch } })),
  clear: () => set({ filters: NO_FILTERS }),
}));

export function activeFilterCount(filters: VerbatimFilters): number {
  return (Object.keys(NO_FILTERS) as (keyof VerbatimFilters)[]).filter((k) => filters[k] !== NO_FILTERS[k])
    .length;
}

/** The verbatims.list input for the filters (empty ones left out) and a page. */
export function listInput(
  filters: VerbatimFilters,
  offset: number,
  limit: number,
): MethodInput<'verbatims.list'> {
  const input: MethodInput<'verbatims.list'> = { limit, offset };
  if (filters.codeId) input.codeId = filters.codeId;
  if (filters.actorType) input.actorType = filters.actorType;
  if (filters.organisationId) input.organisationId = filters.organisationId;
  if (filters.projectId) input.projectId = filters.projectId;
  if (filters.interviewer) input.interviewer = filters.interviewer;
  if (filters.speakerRole) input.speakerRole = filters.speakerRole;
  if (filters.dateFrom) input.dateFrom = filters.dateFrom;
  if (filters.dateTo) input.dateTo = filters.dateTo;
  if (filters.importantOnly) input.importantOnly = true;
  return input;
}
