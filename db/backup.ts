import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupSettings } from '../shared/api/workspace';
import { refusal, TerrainError } from '../shared/errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import {
  applyKey,
  fileKind,
  rekeyConnection,
  TERRAIN_APPLICATION_ID,
  type Db,
  type Workspace,
} from './workspace';

/**
 * Backups of a workspace: whole, consistent copies of the file in the user data folder,
 * <userData>/backups/<workspace-name>-<hash of its path>/YYYYMMDD-HHMMSS-<reason>.terrain (UTC time, so names
 * sort in time order whatever the clock's time zone), the last K kept (K = 20 unless the workspace's settings
 * say otherwise).
 *
 * Made with VACUUM INTO on the workspace's own connection. Two reasons rather than better-sqlite3's
 * db.backup(): the connection holds its file in locking_mode = EXCLUSIVE, so no second connection could read
 * it; and SQLite3 Multiple Ciphers refuses the online backup API between an encrypted source and a new file
 * ("backup is not supported with incompatible source and target databases"), while VACUUM INTO writes the copy
 * encrypted with the workspace's own key. It is synchronous, so it also runs where openWorkspace migrates.
 * The copy is written under a temporary name, flushed to disk, then renamed: a crash never leaves a
 * half-written file under a backup's name.
 */

export const DEFAULT_KEEP = 20;
export const DEFAULT_INTERVAL_MINUTES = 10;
const KEEP_KEY = 'backup.keep';
const INTERVAL_KEY = 'backup.intervalMinutes';
const NAME = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z][a-z0-9-]{0,60})\.terrain$/;
const REASON = /^[a-z][a-z0-9-]{0,40}$/;

function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return s || 'espace';
}

/** The backup folder of the workspace at `file`: named after the file, and its full path's hash. */
export function backupDirFor(root: string, file: string): string {
  const absolute = path.resolve(file);
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return path.join(root, 'backups', `${slug(path.basename(absolute, '.terrain'))}-${hash}`);
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

function readSetting(db: Db, key: string): string | undefined {
  try {
    return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  } catch {
    return undefined; // a file too old or too new to have the settings table: defaults apply
  }
}

function intSetting(db: Db, key: string, fallback: number, min: number, max: number): number {
  const n = Number(readSetting(db, key));
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function backupSettings(db: Db): BackupSettings {
  return {
    keep: intSetting(db, KEEP_KEY, DEFAULT_KEEP, 1, 1000),
    intervalMinutes: intSetting(db, INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES, 1, 1440),
  };
}

export function setBackupSettings(db: Db, next: Partial<BackupSettings>): BackupSettings {
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  db.transaction(() => {
    const now = new Date().toISOString();
    if (next.keep !== undefined) upsert.run(KEEP_KEY, String(next.keep), now);
    if (next.intervalMinutes !== undefined) upsert.run(INTERVAL_KEY, String(next.intervalMinutes), now);
  })();
  return backupSettings(db);
}

function info(file: string): BackupInfo | null {
  const name = path.basename(file);
  const m = NAME.exec(name);
  if (!m) return null;
  let sizeBytes: number;
  try {
    sizeBytes = fs.statSync(file).size;
  } catch {
    return null;
  }
  return {
    name,
    path: file,
    createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`,
    reason: m[7]!.replace(/-\d+$/, ''),
    sizeBytes,
  };
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** The backups in a folder, newest first. */
export function listBackupsIn(dir: string | null): BackupInfo[] {
  if (!dir || !fs.existsSync(dir)) return [];
  const found = fs
    .readdirSync(dir)
    .map((f) => info(path.join(dir, f)))
    .filter((b): b is BackupInfo => b !== null);
  // Names order by the second; within one second, the file written last comes first.
  const written = new Map(found.map((b) => [b.name, mtime(b.path)]));
  return found.sort(
    (a, b) =>
      b.createdAt.localeCompare(a.createdAt) ||
      written.get(b.name)! - written.get(a.name)! ||
      b.name.localeCompare(a.name),
  );
}

export function listBackups(ws: Workspace): BackupInfo[] {
  return listBackupsIn(ws.backupDir);
}

function fsyncPath(p: string, flags: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, flags);
    fs.fsyncSync(fd);
  } catch {
    // Folders cannot be opened for fsync on Windows; the rename is durable there once the file is.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function rotate(dir: string, keep: number): void {
  for (const old of listBackupsIn(dir).slice(keep)) fs.rmSync(old.path, { force: true });
}

/**
 * Backs the open workspace up now. Answers null when this opening makes no backups (no backup folder).
 * Cannot run inside a transaction (VACUUM INTO cannot): callers take it before theirs.
 */
export function backupNow(ws: Workspace, reason: string): BackupInfo | null {
  if (!ws.backupDir) return null;
  if (!REASON.test(reason)) throw new Error(`backupNow: bad reason ${reason}`);
  if (ws.db.inTransaction) throw new Error('backupNow: cannot back up inside a transaction');
  const dir = ws.backupDir;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Left by a process killed while writing a backup: we hold the workspace's lock, so none is in progress.
  for (const f of fs.readdirSync(dir))
    if (f.endsWith('.partial')) fs.rmSync(path.join(dir, f), { force: true });
  const base = `${stamp(new Date())}-${reason}`;
  let name = `${base}.terrain`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = `${base}-${n}.terrain`;
  const final = path.join(dir, name);
  const partial = path.join(dir, `.${name}.partial`);
  try {
    ws.db.prepare('VACUUM INTO ?').run(partial);
    fs.chmodSync(partial, 0o600);
    fsyncPath(partial, 'r+');
    fs.renameSync(partial, final);
    fsyncPath(dir, 'r');
  } finally {
    fs.rmSync(partial, { force: true });
  }
  rotate(dir, backupSettings(ws.db).keep);
  return info(final);
}

/** The file of a named backup; the name must be one of the folder's backups (no path can be slipped in). */
export function backupFile(dir: string | null, name: string): string {
  const found = listBackupsIn(dir).find((b) => b.name === name);
  if (!found) throw new TerrainError('not_found', `Sauvegarde introuvable : ${name.slice(0, 100)}`);
  return found.path;
}

/**
 * Opens a backup read-only and checks it is a whole, readable Terrain workspace this version can open,
 * before anything is replaced. The passphrase is needed for an encrypted backup.
 */
export function inspectBackup(
  file: string,
  passphrase: string | null,
): { encrypted: boolean; schemaVersion: number } {
  const kind = fileKind(file);
  if (kind !== 'sqlite' && kind !== 'encrypted') {
    throw refusal('workspace_refused', 'damaged', 'Cette sauvegarde est illisible.');
  }
  const encrypted = kind === 'encrypted';
  if (encrypted && !passphrase) {
    throw refusal(
      'workspace_refused',
      'passphrase_required',
      'Cette sauvegarde est chiffrée : saisissez sa phrase de passe.',
    );
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (encrypted) applyKey(db, passphrase!);
    let version: number;
    let appId: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      appId = db.pragma('application_id', { simple: true }) as number;
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_NOTADB') {
        throw encrypted
          ? refusal(
              'workspace_refused',
              'wrong_passphrase',
              'Cette sauvegarde a été chiffrée avec une autre phrase de passe.',
            )
          : refusal('workspace_refused', 'damaged', 'Cette sauvegarde est illisible.');
      }
      throw err;
    }
    if (appId !== TERRAIN_APPLICATION_ID) {
      throw refusal(
        'workspace_refused',
        'not_a_workspace',
        'Cette sauvegarde n’est pas un espace de travail Terrain.',
      );
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw refusal(
        'workspace_refused',
        'newer_schema',
        'Cette sauvegarde vient d’une version plus récente de Terrain.',
      );
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw refusal('workspace_refused', 'damaged', 'Cette sauvegarde est endommagée.');
    return { encrypted, schemaVersion: version };
  } finally {
    db.close();
  }
}

/**
 * Puts a copy of `source` in place of the (closed) workspace file `target`: copied beside it, flushed, then
 * renamed over it, so at every moment the path holds either the old file or the whole new one. The old file's
 * WAL and shared-memory files are removed first: replayed over the restored file they would corrupt it.
 */
export function replaceWorkspaceFile(target: string, source: string): void {
  const tmp = `${target}.restoring-${process.pid}`;
  try {
    fs.copyFileSync(source, tmp);
    fsyncPath(tmp, 'r+');
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(tmp, target);
    fsyncPath(path.dirname(target), 'r');
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Deletes every backup of a workspace (after an erasure, at the user's request). */
export function deleteBackups(dir: string | null): number {
  const all = listBackupsIn(dir);
  for (const b of all) fs.rmSync(b.path, { force: true });
  return all.length;
}

/**
 * Re-keys every backup in the folder from `current` (null: in clear) to `next` (null: to clear), so backups
 * always open with the passphrase the user knows now. A backup that opens with neither is left as it is.
 */
export function rekeyBackups(
  dir: string,
  current: string | null,
  next: string | null,
): { rekeyed: number; skipped: number } {
  let rekeyed = 0;
  let skipped = 0;
  for (const b of listBackupsIn(dir)) {
    const kind = fileKind(b.path);
    const candidates =
      kind === 'sqlite' ? [null] : kind === 'encrypted' ? [current, next].filter((k) => k) : [];
    let done = false;
    for (const key of candidates) {
      const db = new Database(b.path, { fileMustExist: true });
      try {
        if (key) applyKey(db, key);
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch {
        db.close();
        continue; // not this key
      }
      try {
        // Already under the new key when an earlier, interrupted change got this far.
        if (key !== next) {
          db.pragma('journal_mode = DELETE');
          rekeyConnection(db, next);
          rekeyed++;
        }
        done = true;
      } finally {
        db.close();
      }
      break;
    }
    if (!done) skipped++;
  }
  return { rekeyed, skipped };
}
