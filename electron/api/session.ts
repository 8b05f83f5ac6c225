import fs from 'node:fs';
import path from 'node:path';
import type { RecentWorkspace } from '../../shared/domain';
import { refusal, TerrainError } from '../../shared/errors';
import type {
  BackupInfo,
  BackupListing,
  BackupSettings,
  PassphraseResult,
  RestoreResult,
  WorkspaceListing,
  WorkspaceState,
} from '../../shared/api/workspace';
import { forgetEvidence, warmEvidence } from '../../db/analysis/evidence-store';
import { createWorkspace, openOrCreateWorkspace } from '../../db/create';
import {
  changePassphrase,
  openWorkspace,
  removePassphrase,
  setPassphrase,
  type Workspace,
} from '../../db/workspace';
import {
  backupFile,
  backupNow,
  backupSettings,
  inspectBackup,
  listBackups,
  replaceWorkspaceFile,
  setBackupSettings,
} from '../../db/backup';
import { workspacesDir } from './paths';

const MAX_RECENT = 12;
/** How often the session looks whether a backup is due (the interval itself is a workspace setting). */
const BACKUP_CHECK_MS = 60_000;

export interface OpenRequest {
  /** The passphrase of an encrypted workspace (or, creating, of the new one). */
  passphrase?: string | null;
  /** Open without writing: every write is refused as 'forbidden'. */
  readOnly?: boolean;
}

export interface SessionOptions {
  /** Backups on open, on a timer and before bulk work (default true). */
  autoBackup?: boolean;
  /** Read the analyses' evidence store in slices between requests after opening (the app and the web host). */
  warmAnalyses?: boolean;
}

/**
 * The workspace a shell has open, and the user's list of recent ones. One per process: the Electron main
 * process, the web host and each CLI command own exactly one.
 *
 * Backups: the session backs its workspace up when it opens it (unless nothing changed since the last
 * backup), then, while it changes, every N minutes (a timer compares SQLite's total_changes() with its value
 * at the last backup), and before bulk operations. Backups live in <dataDir>/backups/.
 */
export class WorkspaceSession {
  private workspace: Workspace | null = null;
  /** Kept in memory while an encrypted workspace is open: restoring a backup reopens the file. */
  private passphrase: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastBackup = { at: 0, changes: -1 };
  private lastBackupError: string | null = null;

  constructor(
    readonly dataDir: string,
    private readonly options: SessionOptions = {},
  ) {}

  get current(): Workspace | null {
    return this.workspace;
  }

  get readOnly(): boolean {
    return this.workspace?.readOnly ?? false;
  }

  require(): Workspace {
    if (!this.workspace) throw new TerrainError('no_workspace', 'Aucun espace de travail n’est ouvert.');
    return this.workspace;
  }

  /** The open workspace, refused when it was opened read-only. */
  requireWritable(): Workspace {
    const ws = this.require();
    if (ws.readOnly) {
      throw refusal('forbidden', 'read_only', 'Cet espace de travail est ouvert en lecture seule.');
    }
    return ws;
  }

  open(file: string, request: OpenRequest = {}): WorkspaceState {
    const passphrase = request.passphrase ?? null;
    return this.replace(
      () =>
        openWorkspace(path.resolve(file), {
          passphrase,
          readOnly: request.readOnly ?? false,
          backupRoot: this.dataDir,
        }),
      passphrase,
    );
  }

  create(file: string, demo: boolean, passphrase: string | null = null): WorkspaceState {
    const target = withExtension(path.resolve(file));
    return this.replace(
      () => createWorkspace(target, { demo, passphrase, backupRoot: this.dataDir }),
      passphrase,
    );
  }

  openOrCreate(file: string, demo: boolean, request: OpenRequest = {}): WorkspaceState {
    const passphrase = request.passphrase ?? null;
    return this.replace(
      () =>
        openOrCreateWorkspace(path.resolve(file), {
          demo,
          passphrase,
          readOnly: request.readOnly ?? false,
          backupRoot: this.dataDir,
        }),
      passphrase,
    );
  }

  close(): void {
    this.stopTimer();
    this.workspace?.close();
    this.workspace = null;
    this.passphrase = null;
  }

  info(): WorkspaceState | null {
    const ws = this.workspace;
    if (!ws) return null;
    return {
      path: ws.path,
      name: path.basename(ws.path, '.terrain'),
      schemaVersion: ws.schemaVersion,
      readOnly: ws.readOnly,
      readOnlyReason: ws.readOnlyReason,
      encrypted: ws.encrypted,
      sizeBytes: fileSize(ws.path),
    };
  }

  listing(): WorkspaceListing {
    const folder = workspacesDir(this.dataDir);
    let available: RecentWorkspace[] = [];
    if (fs.existsSync(folder)) {
      available = fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.terrain'))
        .map((f) => {
          const p = path.join(folder, f);
          return {
            path: p,
            name: path.basename(f, '.terrain'),
            openedAt: fs.statSync(p).mtime.toISOString(),
            exists: true,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    }
    const recent = this.readRecent().map((r) => ({
      ...r,
      name: path.basename(r.path, '.terrain'),
      exists: fs.existsSync(r.path),
    }));
    return { recent, available, folder };
  }

  // ---- Passphrase ---------------------------------------------------------------------------------------

  setPassphrase(passphrase: string): PassphraseResult {
    const result = setPassphrase(this.requireWritable(), passphrase);
    this.passphrase = passphrase;
    this.markBackedUp();
    return result;
  }

  changePassphrase(current: string, next: string): PassphraseResult {
    const result = changePassphrase(this.requireWritable(), current, next);
    this.passphrase = next;
    this.markBackedUp();
    return result;
  }

  removePassphrase(current: string): PassphraseResult {
    const result = removePassphrase(this.requireWritable(), current);
    this.passphrase = null;
    this.markBackedUp();
    return result;
  }

  // ---- Backups ------------------------------------------------------------------------------------------

  backups(): BackupListing {
    const ws = this.require();
    return {
      folder: ws.backupDir,
      ...backupSettings(ws.db),
      backups: listBackups(ws),
      lastError: this.lastBackupError,
    };
  }

  backupSettings(): BackupSettings {
    return backupSettings(this.require().db);
  }

  setBackupSettings(next: Partial<BackupSettings>): BackupSettings {
    return setBackupSettings(this.requireWritable().db, next);
  }

  /** A backup now, whatever changed (the user asked, or an operation needs a safety copy). */
  backupNow(reason = 'manual'): BackupInfo {
    const ws = this.require();
    const made = backupNow(ws, reason);
    if (!made)
      throw new TerrainError('forbidden', 'Les sauvegardes sont désactivées pour cet espace de travail.');
    this.markBackedUp();
    return made;
  }

  /**
   * Before a bulk operation (an import, a merge, coding thousands of ranges): a backup unless the workspace
   * has not changed since the last one. A failed backup does not stop the user's work; it is reported by
   * backup.list (lastError).
   */
  backupBeforeBulk(reason: string): void {
    const ws = this.workspace;
    if (!ws || ws.readOnly || !ws.backupDir || this.options.autoBackup === false) return;
    if (this.totalChanges(ws) === this.lastBackup.changes) return;
    this.tryBackup(ws, `bulk-${reason}`);
  }

  /**
   * The timer's check, public so tests can drive it: a backup when the workspace changed since the last one
   * and the interval has passed.
   */
  backupIfDue(now: number = Date.now()): BackupInfo | null {
    const ws = this.workspace;
    if (!ws || ws.readOnly || !ws.backupDir) return null;
    if (this.totalChanges(ws) === this.lastBackup.changes) return null;
    const interval = backupSettings(ws.db).intervalMinutes * 60_000;
    if (now - this.lastBackup.at < interval) return null;
    return this.tryBackup(ws, 'auto', now);
  }

  /**
   * Replaces the workspace with one of its backups. The backup is checked (it opens, with this passphrase or
   * the one given, is a whole Terrain workspace this version can read) and copied beside the workspace first;
   * then the current state is itself backed up, the workspace closed, the copy renamed over it, and the
   * workspace reopened. A workspace protected by a passphrase stays protected by the same passphrase.
   */
  restore(name: string, backupPassphrase?: string | null): RestoreResult {
    const ws = this.requireWritable();
    const file = backupFile(ws.backupDir, name);
    const restored = listBackups(ws).find((b) => b.name === name)!;
    const key = backupPassphrase ?? this.passphrase;
    const inspected = inspectBackup(file, key);
    // Staged now: the safety backup below may rotate the chosen one away.
    const staged = `${ws.path}.staged-${process.pid}`;
    fs.copyFileSync(file, staged);
    try {
      const safety = backupNow(ws, 'before-restore');
      const previous = this.passphrase;
      const target = ws.path;
      this.stopTimer();
      ws.close();
      this.workspace = null;
      replaceWorkspaceFile(target, staged);
      const reopened = openWorkspace(target, {
        passphrase: inspected.encrypted ? key : null,
        backupRoot: this.dataDir,
      });
      this.workspace = reopened;
      this.passphrase = inspected.encrypted ? key : null;
      // The user keeps the protection they had: a backup in clear, or under an older passphrase, is
      // re-keyed to the current one.
      if (previous && !inspected.encrypted) setPassphrase(reopened, previous);
      else if (previous && key && key !== previous) changePassphrase(reopened, key, previous);
      if (previous) this.passphrase = previous;
      this.markBackedUp();
      this.startTimer();
      return { restored, safetyBackup: safety, workspace: this.info()! };
    } finally {
      fs.rmSync(staged, { force: true });
    }
  }

  /**
   * After an operation that made its own backups (an erasure): the current state counts as backed up, so
   * the timer does not copy the workspace again at once.
   */
  markChangesBackedUp(): void {
    this.markBackedUp();
  }

  // ---- Internals ----------------------------------------------------------------------------------------

  private totalChanges(ws: Workspace): number {
    return (ws.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  private markBackedUp(now: number = Date.now()): void {
    const ws = this.workspace;
    if (!ws) return;
    this.lastBackup = { at: now, changes: this.totalChanges(ws) };
  }

  private tryBackup(ws: Workspace, reason: string, now: number = Date.now()): BackupInfo | null {
    try {
      const made = backupNow(ws, reason);
      this.lastBackupError = null;
      this.markBackedUp(now);
      return made;
    } catch (err) {
      this.lastBackupError = `Sauvegarde impossible : ${(err as Error).message}`;
      return null;
    }
  }

  /** Whether the file changed since its newest backup was written (a backup on open is then worth making). */
  private changedSinceLastBackup(ws: Workspace): boolean {
    const latest = listBackups(ws)[0];
    if (!latest) return true;
    const backupTime = fs.statSync(latest.path).mtimeMs;
    const wal = `${ws.path}-wal`;
    const walTime = fs.existsSync(wal) && fs.statSync(wal).size > 0 ? fs.statSync(wal).mtimeMs : 0;
    return Math.max(fs.statSync(ws.path).mtimeMs, walTime) > backupTime;
  }

  private afterOpen(ws: Workspace): void {
    this.warmAnalyses(ws);
    this.lastBackup = { at: Date.now(), changes: -1 };
    if (ws.readOnly || !ws.backupDir || this.options.autoBackup === false) return;
    if (!ws.created && this.changedSinceLastBackup(ws)) this.tryBackup(ws, 'open');
    this.markBackedUp();
    this.startTimer();
  }

  /** One slice per turn of the event loop, so requests arriving meanwhile are answered between slices. */
  private warmAnalyses(ws: Workspace): void {
    if (!this.options.warmAnalyses) return;
    const tick = () => {
      if (this.workspace !== ws || !ws.db.open) return;
      try {
        if (!warmEvidence(ws.db)) setImmediate(tick);
      } catch {
        // The first analysis will build the store itself, and say what is wrong if it still fails.
        forgetEvidence(ws.db);
      }
    };
    setImmediate(tick);
  }

  private startTimer(): void {
    this.stopTimer();
    if (this.options.autoBackup === false) return;
    this.timer = setInterval(() => this.backupIfDue(), BACKUP_CHECK_MS);
    // Never keeps a CLI command or a test alive.
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Opens the new workspace before closing the old one, so a refused file leaves the user where they were. */
  private replace(openNext: () => Workspace, passphrase: string | null): WorkspaceState {
    const next = openNext();
    if (this.workspace && this.workspace.path !== next.path) this.workspace.close();
    this.stopTimer();
    this.workspace = next;
    this.passphrase = next.encrypted ? passphrase : null;
    this.lastBackupError = null;
    this.afterOpen(next);
    this.remember(next.path);
    return this.info()!;
  }

  private recentFile(): string {
    return path.join(this.dataDir, 'recent.json');
  }

  private readRecent(): { path: string; openedAt: string }[] {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.recentFile(), 'utf8')) as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (r): r is { path: string; openedAt: string } =>
          typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.openedAt === 'string',
      );
    } catch {
      return [];
    }
  }

  private remember(file: string): void {
    const list = [
      { path: file, openedAt: new Date().toISOString() },
      ...this.readRecent().filter((r) => r.path !== file),
    ];
    fs.mkdirSync(this.dataDir, { recursive: true });
    // Written to a temporary file and renamed, so a crash never leaves a truncated list.
    const tmp = `${this.recentFile()}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(list.slice(0, MAX_RECENT), null, 2));
    fs.renameSync(tmp, this.recentFile());
  }
}

function withExtension(file: string): string {
  return file.endsWith('.terrain') ? file : `${file}.terrain`;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
