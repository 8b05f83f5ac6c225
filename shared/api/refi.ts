import { z } from 'zod';
import { id, returns } from './method';

/**
 * REFI-QDA interchange with other QDA tools (NVivo, ATLAS.ti, MAXQDA, QualCoder…): .qdpx projects and .qdc
 * codebooks. The renderer sends the file's bytes (base64), as for transcripts; `refi.preview` says what an
 * import would add or merge without writing anything, `refi.import` writes it in one transaction.
 */

/** What a code of the file becomes: a new code, or an existing one found by GUID or by name. */
export interface RefiCodePlan {
  guid: string;
  name: string;
  /** Names from the root, the code's own name last. */
  path: string[];
  action: 'add' | 'merge-guid' | 'merge-name';
  /** The existing code merged into (merge actions). */
  targetId?: string;
  targetName?: string;
}

export interface RefiSourcePlan {
  guid: string;
  name: string;
  /** add: a new interview with its transcript; merge: the same source imported before (same GUID and text). */
  action: 'add' | 'merge';
  interviewId?: string;
  characters: number;
  selections: number;
  codings: number;
  /** What would be written: selections sharing a range become one segment; known GUIDs are skipped. */
  newSegments: number;
  newCodings: number;
  /** How the positions were read, in French ("unités UTF-16, CRLF compté pour deux caractères"). */
  positions: string;
  speakerTurns: number;
}

export interface RefiCasePlan {
  guid: string;
  name: string;
  /** person: an existing person; new-person: created; attributes: kept as attributes of its interviews. */
  action: 'person' | 'new-person' | 'attributes';
  targetName?: string;
  sources: number;
}

export interface RefiSetPlan {
  guid: string;
  name: string;
  /** project: links interviews to a project (new-project: created); attributes: kept as attributes; ignored: derived from cases. */
  action: 'project' | 'new-project' | 'attributes' | 'ignored';
  members: number;
}

export interface RefiUnplaced {
  source: string;
  selection: string;
  /** Positions as written in the file. */
  startPosition: number;
  endPosition: number;
  codings: number;
  reason: string;
}

export interface RefiPreview {
  kind: 'qdpx' | 'qdc';
  fileName: string;
  projectName: string | null;
  origin: string | null;
  codes: RefiCodePlan[];
  sources: RefiSourcePlan[];
  cases: RefiCasePlan[];
  sets: RefiSetPlan[];
  /** Counts of what would be written (or, in an import report, of what was). */
  totals: {
    codesAdded: number;
    codesMerged: number;
    interviews: number;
    segments: number;
    codings: number;
    memos: number;
    people: number;
    organisations: number;
    projects: number;
    attributes: number;
    users: number;
  };
  /** Selections that could not be placed in their source's text: not imported. */
  unplaced: RefiUnplaced[];
  /** French sentences: anything skipped or worth checking. */
  warnings: string[];
}

export interface RefiImportReport extends RefiPreview {
  /** Interviews created (one per new source). */
  interviewIds: string[];
}

export interface RefiExportResult {
  fileName: string;
  contentBase64: string;
  codes: number;
  sources: number;
  selections: number;
  codings: number;
  warnings: string[];
}

const refiFile = {
  fileName: z
    .string()
    .min(1)
    .max(500)
    .regex(/\.(qdpx|qdc|qde)$/i, 'Fichier .qdpx, .qdc ou .qde attendu'),
  // A .qdpx may carry media besides its texts; the local web host caps a request at 64 Mo anyway.
  contentBase64: z.string().max(400 * 1024 * 1024),
};

export const refiApi = {
  'refi.preview': returns<RefiPreview>()(z.object(refiFile).strict()),
  /**
   * merge: into the open workspace, whatever it holds. new: the open workspace must hold no interview yet
   * (the UI creates it with workspace.create first); an import into a workspace in use is refused.
   */
  'refi.import': returns<RefiImportReport>()(
    z.object({ ...refiFile, mode: z.enum(['merge', 'new']).default('merge') }).strict(),
  ),
  'refi.export': returns<RefiExportResult>()(
    z
      .object({
        format: z.enum(['qdpx', 'qdc']),
        /** Only these interviews (a .qdpx); the codebook is always whole. */
        interviewIds: z.array(id).max(100_000).optional(),
      })
      .strict(),
  ),
} as const;
