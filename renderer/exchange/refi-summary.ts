import type { RefiCasePlan, RefiPreview, RefiSetPlan } from '../../shared/api/refi';

/** Files the REFI-QDA importer reads: a project (.qdpx) or a codebook (.qdc). */
export const REFI_ACCEPT = '.qdpx,.qdc';

export function isRefiFile(name: string): boolean {
  return /\.(qdpx|qdc)$/i.test(name.trim());
}

/**
 * The largest file sent to the API: the local web host refuses requests over 64 Mo, and base64 weighs 4/3 of
 * the bytes; Electron's IPC has no such cap (the API's own limit is 400 Mo of base64).
 */
export function maxRefiBytes(shell: 'electron' | 'web'): number {
  return shell === 'web' ? 46 * 1024 * 1024 : 280 * 1024 * 1024;
}

export interface RefiSummary {
  codes: { added: number; mergedGuid: number; mergedName: number };
  sources: { added: number; merged: number };
  selections: number;
  segments: number;
  codings: number;
  cases: Partial<Record<RefiCasePlan['action'], number>>;
  sets: Partial<Record<RefiSetPlan['action'], number>>;
}

function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * What a preview (or an import report) comes to, in the figures the dialog shows: codes added and merged by
 * GUID or by name, sources new or imported before, selections in the file against passages written, cases
 * and sets by what they become.
 */
export function summariseRefi(preview: RefiPreview): RefiSummary {
  const codes = countBy(preview.codes, (c) => c.action);
  const sources = countBy(preview.sources, (s) => s.action);
  return {
    codes: {
      added: codes.add ?? 0,
      mergedGuid: codes['merge-guid'] ?? 0,
      mergedName: codes['merge-name'] ?? 0,
    },
    sources: { added: sources.add ?? 0, merged: sources.merge ?? 0 },
    selections: preview.sources.reduce((n, s) => n + s.selections, 0),
    segments: preview.sources.reduce((n, s) => n + s.newSegments, 0),
    codings: preview.sources.reduce((n, s) => n + s.newCodings, 0),
    cases: countBy(preview.cases, (c) => c.action),
    sets: countBy(preview.sets, (s) => s.action),
  };
}

/** "entretiens CHU.qdpx" → "entretiens-chu": a file name for the workspace an import creates. */
export function workspaceStem(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(qdpx|qdc|qde)$/i, '');
  const stem = base
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'import-refi';
}

/** Adds the extension a workspace file needs when the user left it out. */
export function withTerrainExtension(path: string): string {
  const trimmed = path.trim();
  return /\.terrain$/i.test(trimmed) ? trimmed : `${trimmed}.terrain`;
}

/** The path suggested for a new workspace made from `fileName`, in the workspaces folder when known. */
export function suggestedWorkspacePath(folder: string | undefined, fileName: string): string {
  const name = `${workspaceStem(fileName)}.terrain`;
  if (!folder) return name;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/** The menu command a 'terrain:menu' event carries (from the Electron menu), or null. */
export function menuCommand(event: Event): 'import' | 'export' | null {
  const detail = (event as CustomEvent<unknown>).detail;
  if (detail === 'import-refi') return 'import';
  if (detail === 'export-refi') return 'export';
  return null;
}
