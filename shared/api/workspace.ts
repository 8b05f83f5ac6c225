import { z } from 'zod';
import type { RecentWorkspace, ReferenceLists, WorkspaceInfo, WorkspaceStats } from '../domain';
import { empty, filePath, id, isoDate, returns, shortText } from './method';

export type TrashKind = 'interview' | 'code' | 'project' | 'organisation' | 'person' | 'transcript';

export interface TrashItem {
  kind: TrashKind;
  id: string;
  label: string;
  deletedAt: string;
}

export interface AppInfo {
  version: string;
  shell: 'electron' | 'web';
  dataDir: string;
  workspacesDir: string;
}

export interface WorkspaceListing {
  recent: RecentWorkspace[];
  /** .terrain files found in the default workspaces folder. */
  available: RecentWorkspace[];
  folder: string;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/** The open workspace as the UI needs it to say what it is: WorkspaceInfo plus its protection. */
export interface WorkspaceState extends WorkspaceInfo {
  /** Protected by a passphrase: the file, its WAL and its backups are encrypted. */
  encrypted: boolean;
  /** Why it is read-only ('requested': opened so; 'medium': the file or its folder cannot be written). */
  readOnlyReason: 'requested' | 'medium' | null;
}

export interface BackupInfo {
  /** File name, YYYYMMDD-HHMMSS-<reason>.terrain (UTC); the id to pass to backup.restore. */
  name: string;
  path: string;
  /** ISO date-time, UTC. */
  createdAt: string;
  /** open, auto, manual, migration, before-restore, before-passphrase, before-erasure, bulk… */
  reason: string;
  sizeBytes: number;
}

export interface BackupSettings {
  /** How many backups are kept (the oldest go first). */
  keep: number;
  /** While the workspace changes, a backup every this many minutes. */
  intervalMinutes: number;
}

export interface BackupListing extends BackupSettings {
  /** Where this workspace's backups are (null when none can be made). */
  folder: string | null;
  /** Newest first. */
  backups: BackupInfo[];
  /** Why the last automatic backup failed (disk full, folder not writable…), null when it worked. */
  lastError: string | null;
}

export interface PassphraseResult {
  encrypted: boolean;
  /** The backup taken just before re-keying (under the previous key). */
  backup: string | null;
  /** Backups re-keyed so they open with the new passphrase (or in clear after removal). */
  backupsRekeyed: number;
  /** Backups that open with neither the old nor the new passphrase, left as they were. */
  backupsSkipped: number;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The copy of the workspace as it was just before the restore. */
  safetyBackup: BackupInfo | null;
  workspace: WorkspaceState;
}

export interface PersonConsent {
  id: string;
  fullName: string;
  pseudonym: string | null;
  consentDate: string | null;
  consentScope: string | null;
  consentWithdrawnAt: string | null;
  /** True once the person was erased (their name is gone; only the pseudonym remains). */
  erased: boolean;
}

export interface PersonExport {
  /** A suggested file name, e.g. terrain-personne-P03-2025-01-31.json. */
  fileName: string;
  /** The JSON document (UTF-8 text) to save: everything the workspace holds about the person. */
  content: string;
  counts: { interviews: number; turns: number; segments: number; memos: number; mentions: number };
}

export interface ErasurePreview {
  personId: string;
  fullName: string;
  pseudonym: string | null;
  /** The names searched for in every text: full name, aliases (and e-mail, phone when known). */
  terms: string[];
  /** Their own speaker turns, whose text goes entirely. */
  turns: number;
  /** Other places in transcripts where a name or alias appears, replaced by [effacé]. */
  mentions: number;
  /** Transcripts rewritten. */
  transcripts: number;
  /** Coded segments lying wholly in erased text: deleted with their codings. */
  segmentsDeleted: number;
  /** Coded segments that overlap erased text or quote a name: kept, shortened or with [effacé]. */
  segmentsChanged: number;
  /** Memos and segment memos that name the person. */
  memosChanged: number;
  /** Other texts naming the person: interview titles and notes, transcript titles, code examples… */
  otherTextsChanged: number;
  /** Links removed: interviews they took part in, their aliases, attributes, speaker turns linked to them. */
  links: { interviews: number; aliases: number; turns: number; attributes: number };
  /** Undo history entries cleared: the undo history holds earlier versions of the rows. */
  historyEntries: number;
  /** Backups of this workspace still hold the person's data unless deleted (purgeBackups). */
  backups: { count: number; bytes: number; folder: string | null };
  /** What the user must know before confirming, in French. */
  warnings: string[];
}

export interface ErasureReport extends ErasurePreview {
  /** The backup taken just before erasing (deleted again with purgeBackups). */
  safetyBackup: string | null;
  backupsDeleted: number;
}

const passphrase = z.string().min(1).max(1024);

export const workspaceApi = {
  'app.info': returns<AppInfo>()(empty),
  'workspace.current': returns<WorkspaceState | null>()(empty),
  /**
   * Opens a workspace. An encrypted one answers workspace_refused with reason 'passphrase_required' (ask for
   * it) or 'wrong_passphrase' (ask again; the UI allows three tries). readOnly opens it without writing.
   */
  'workspace.open': returns<WorkspaceState>()(
    z
      .object({ path: filePath, passphrase: passphrase.optional(), readOnly: z.boolean().optional() })
      .strict(),
  ),
  /** With a passphrase, the new workspace is encrypted from its first byte. */
  'workspace.create': returns<WorkspaceState>()(
    z.object({ path: filePath, demo: z.boolean().optional(), passphrase: passphrase.optional() }).strict(),
  ),
  'workspace.recent': returns<WorkspaceListing>()(empty),
  'workspace.stats': returns<WorkspaceStats>()(empty),
  'taxonomies.get': returns<ReferenceLists>()(empty),

  /** Global undo: every coding, codebook and interview action, in the order they were made. */
  'history.state': returns<HistoryState>()(empty),
  'history.undo': returns<{ undone: string | null; state: HistoryState }>()(empty),
  'history.redo': returns<{ redone: string | null; state: HistoryState }>()(empty),

  'trash.list': returns<TrashItem[]>()(empty),
  'trash.restore': returns<{ id: string }>()(
    z
      .object({ kind: z.enum(['interview', 'code', 'project', 'organisation', 'person', 'transcript']), id })
      .strict(),
  ),

  /** Encryption at rest. Each re-keys the file in place after a backup, and re-keys its backups to match. */
  'passphrase.set': returns<PassphraseResult>()(z.object({ passphrase }).strict()),
  'passphrase.change': returns<PassphraseResult>()(
    z.object({ current: passphrase, next: passphrase }).strict(),
  ),
  'passphrase.remove': returns<PassphraseResult>()(z.object({ current: passphrase }).strict()),

  /** Backups of the open workspace (automatic on open, every N minutes of changes, before bulk work). */
  'backup.list': returns<BackupListing>()(empty),
  'backup.create': returns<BackupInfo>()(empty),
  /**
   * Replaces the workspace with a backup: the current state is itself backed up first, the workspace is
   * reopened. An encrypted backup made under an earlier passphrase needs it (reason 'wrong_passphrase').
   */
  'backup.restore': returns<RestoreResult>()(
    z.object({ name: z.string().min(1).max(200), passphrase: passphrase.optional() }).strict(),
  ),
  'backup.settings': returns<BackupSettings>()(empty),
  'backup.setSettings': returns<BackupSettings>()(
    z
      .object({
        keep: z.number().int().min(1).max(1000).optional(),
        intervalMinutes: z.number().int().min(1).max(1440).optional(),
      })
      .strict(),
  ),

  /** People's rights (GDPR): consent, access (export), erasure. */
  'people.getConsent': returns<PersonConsent>()(z.object({ id }).strict()),
  'people.setConsent': returns<PersonConsent>()(
    z
      .object({
        id,
        consentDate: isoDate.optional(),
        consentScope: shortText.nullable().optional(),
        consentWithdrawnAt: isoDate.optional(),
      })
      .strict(),
  ),
  'people.export': returns<PersonExport>()(z.object({ id }).strict()),
  'people.erasePreview': returns<ErasurePreview>()(z.object({ id }).strict()),
  /** Not undoable. confirm must be true; purgeBackups also deletes every backup of the workspace. */
  'people.erase': returns<ErasureReport>()(
    z.object({ id, confirm: z.literal(true), purgeBackups: z.boolean().optional() }).strict(),
  ),
} as const;
