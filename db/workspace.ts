import Database from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { refusal, TerrainError, type ApiErrorCode, type ApiErrorReason } from '../shared/errors';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';
import { nowIso } from './ids';
import { backupDirFor, backupNow, rekeyBackups } from './backup';
import { forgetEvidence } from './analysis/evidence-store';

export type Db = Database.Database;

/** 'TRRN' in the SQLite header's application_id: tells a Terrain workspace from any other SQLite file. */
export const TERRAIN_APPLICATION_ID = 0x5452524e;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Encryption at rest: SQLite3 Multiple Ciphers, ChaCha20-Poly1305 (the library's "sqleet" scheme), named
 * explicitly so that a change of the library's default can never make existing workspaces unreadable. The
 * whole file is encrypted, page 1 included (there is no readable SQLite header), and so are the WAL and every
 * backup (VACUUM INTO writes its copy with the same key).
 */
const CIPHER = 'chacha20';

export interface Workspace {
  db: Db;
  path: string;
  readOnly: boolean;
  /** Why it is read-only: asked for by the caller, or the file or its folder cannot be written. */
  readOnlyReason: 'requested' | 'medium' | null;
  /** Protected by a passphrase (encrypted at rest). */
  encrypted: boolean;
  schemaVersion: number;
  /** This open created the file (or found it empty). */
  created: boolean;
  /** Where its automatic backups go, or null when this opening makes none (tests, tools). */
  backupDir: string | null;
  close(): void;
}

export interface OpenOptions {
  /** Create the file when missing (and seed nothing: seeding is the caller's choice). */
  create?: boolean;
  /** Called once, inside the open, when the file was created or was empty. */
  onCreate?: (db: Db) => void;
  /** The passphrase of an encrypted workspace; for a new file, creates it encrypted from its first byte. */
  passphrase?: string | null;
  /** Open without writing anything; every write is refused (SQLITE_READONLY, answered as 'forbidden'). */
  readOnly?: boolean;
  /**
   * The user data folder: backups go to <backupRoot>/backups/<name>-<hash>/. When set, the file is backed up
   * before any migration touches it. Without it, no backup is made.
   */
  backupRoot?: string;
}

function refuse(message: string, reason?: ApiErrorReason, code: ApiErrorCode = 'workspace_refused'): never {
  throw reason ? refusal(code, reason, message) : new TerrainError(code, message);
}

function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Shannon entropy of the bytes, in bits per byte (8 for random data, about 4.5 for French text). */
function entropy(buf: Buffer): number {
  const counts = new Array<number>(256).fill(0);
  for (const b of buf) counts[b]!++;
  let h = 0;
  for (const c of counts) {
    if (c === 0) continue;
    const p = c / buf.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * An encrypted workspace has no header to recognise: it is whole pages (a power of two, at least 512 bytes)
 * of bytes indistinguishable from random. A text, a document or a truncated file is not; a random binary
 * file of exactly whole pages would pass, and is then refused as "wrong passphrase", which is still true.
 */
export function looksEncrypted(file: string): boolean {
  const size = fs.statSync(file).size;
  if (size < 512 || size % 512 !== 0) return false;
  const head = readHead(file, 4096);
  if (head.subarray(0, 16).toString('latin1') === SQLITE_MAGIC) return false;
  return entropy(head) > (head.length >= 4096 ? 7.5 : 7.0);
}

/** What a file is, judged from its first bytes only (nothing is opened, nothing can be written). */
export function fileKind(file: string): 'missing' | 'empty' | 'sqlite' | 'encrypted' | 'other' {
  if (!fs.existsSync(file)) return 'missing';
  const stat = fs.statSync(file);
  if (!stat.isFile()) return 'other';
  if (stat.size === 0) return 'empty';
  if (readHead(file, 16).toString('latin1') === SQLITE_MAGIC) return 'sqlite';
  return looksEncrypted(file) ? 'encrypted' : 'other';
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The same passphrase typed on macOS (decomposed accents) and on Windows (composed) must open the same file:
 * passphrases are NFC-normalised, then passed as hex so no character needs quoting in the PRAGMA.
 */
function hexKey(passphrase: string): string {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8').toString('hex');
}

/** Keys a fresh connection; must be the first statement on it. */
export function applyKey(db: Db, passphrase: string): void {
  db.pragma(`cipher = '${CIPHER}'`);
  db.pragma(`hexkey = '${hexKey(passphrase)}'`);
}

/** Re-keys a connection outside WAL mode: to `next`, or back to clear when null. */
export function rekeyConnection(db: Db, next: string | null): void {
  if (next) {
    db.pragma(`cipher = '${CIPHER}'`);
    db.pragma(`hexrekey = '${hexKey(next)}'`);
  } else {
    db.pragma(`rekey = ''`);
  }
}

export function checkPassphraseShape(passphrase: string): void {
  const p = passphrase.normalize('NFC');
  if (p.length < 8)
    throw new TerrainError('invalid_input', 'La phrase de passe doit compter au moins 8 caractères.');
  if (p.length > 1024)
    throw new TerrainError('invalid_input', 'La phrase de passe est trop longue (1024 caractères au plus).');
}

// The passphrase a workspace was opened with is kept only as a salted hash, to check "current passphrase"
// on change and removal; the salt lives in this process's memory only.
const VERIFIER_SALT = randomBytes(32);
const verifiers = new WeakMap<Db, Buffer>();

function verifier(passphrase: string): Buffer {
  return createHash('sha256').update(VERIFIER_SALT).update(passphrase.normalize('NFC'), 'utf8').digest();
}

/** True when the passphrase is the one this encrypted workspace is keyed with. */
export function passphraseMatches(ws: Workspace, passphrase: string): boolean {
  const expected = verifiers.get(ws.db);
  if (!expected) return false;
  return timingSafeEqual(expected, verifier(passphrase));
}

/**
 * Opens a workspace file. Every refusal happens before the first write, so a file we refuse (not SQLite,
 * another application's database, written by a newer Terrain, already open elsewhere, encrypted with another
 * passphrase) is left byte for byte as it was.
 *
 * Durability: WAL journal, synchronous = FULL (every commit is on disk, WAL fsynced, before the call that
 * made it returns: what the user saw acknowledged survives a crash or a power cut), fullfsync on macOS where
 * a plain fsync does not flush the drive's cache.
 */
export function openWorkspace(file: string, options: OpenOptions = {}): Workspace {
  const absolute = path.resolve(file);
  const name = path.basename(absolute);
  const exists = fs.existsSync(absolute);
  if (!exists && !options.create) refuse(`Le fichier ${absolute} n’existe pas.`, 'not_a_workspace');
  if (!exists && options.readOnly) refuse(`Le fichier ${absolute} n’existe pas.`, 'not_a_workspace');
  let encrypted = false;
  if (exists) {
    const stat = fs.statSync(absolute);
    if (stat.isDirectory())
      refuse(`${absolute} est un dossier, pas un espace de travail Terrain.`, 'not_a_workspace');
    const kind = fileKind(absolute);
    if (kind === 'encrypted') {
      encrypted = true;
      if (!options.passphrase) {
        refuse(
          `${name} est un espace de travail Terrain chiffré : saisissez sa phrase de passe pour l’ouvrir.`,
          'passphrase_required',
        );
      }
    } else if (kind === 'other') {
      refuse(
        `${name} n’est pas un espace de travail Terrain (ce n’est pas une base SQLite).`,
        'not_a_workspace',
      );
    }
  } else {
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    // A new workspace with a passphrase is encrypted from its first byte: nothing is ever written in clear.
    encrypted = !!options.passphrase;
  }
  // An empty existing file is treated like a new one.
  if (exists && fs.statSync(absolute).size === 0) encrypted = !!options.passphrase;

  const readOnlyReason = options.readOnly
    ? ('requested' as const)
    : exists && !isWritable(absolute)
      ? ('medium' as const)
      : null;
  const readOnly = readOnlyReason !== null;
  const db = new Database(absolute, { readonly: readOnly, fileMustExist: exists, timeout: 250 });
  try {
    if (encrypted) applyKey(db, options.passphrase!);
    // Exclusive locking: the OS lock is held for the connection's life and dies with the process, so a second
    // app, web host or CLI on the same file is refused (SQLITE_BUSY) instead of writing beside us.
    if (!readOnly) db.pragma('locking_mode = EXCLUSIVE');
    let userVersion: number;
    let applicationId: number;
    let tableCount: number;
    try {
      userVersion = db.pragma('user_version', { simple: true }) as number;
      applicationId = db.pragma('application_id', { simple: true }) as number;
      tableCount = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
      // Take the write lock now, not at the first user action, so the refusal comes at open.
      if (!readOnly) db.exec('BEGIN IMMEDIATE; COMMIT;');
    } catch (err) {
      if (isBusy(err)) {
        refuse(
          `${name} est déjà ouvert dans une autre instance de Terrain (application, serveur ou ligne de commande). Fermez-la puis réessayez.`,
          'already_open',
        );
      }
      if ((err as { code?: string }).code === 'SQLITE_NOTADB') {
        if (encrypted && exists) {
          refuse(
            `La phrase de passe ne correspond pas à ${name} (ou ce fichier n’est pas un espace de travail Terrain chiffré).`,
            'wrong_passphrase',
          );
        }
        refuse(`${name} n’est pas un espace de travail Terrain lisible (fichier endommagé).`, 'damaged');
      }
      throw err;
    }
    const fresh = tableCount === 0 && userVersion === 0;
    if (!fresh && applicationId !== TERRAIN_APPLICATION_ID) {
      refuse(`${name} est une base SQLite qui n’a pas été créée par Terrain.`, 'not_a_workspace');
    }
    if (userVersion > LATEST_SCHEMA_VERSION) {
      refuse(
        `${name} a été écrit par une version plus récente de Terrain (schéma ${userVersion}, cette version connaît le schéma ${LATEST_SCHEMA_VERSION}). Mettez Terrain à jour pour l’ouvrir.`,
        'newer_schema',
      );
    }
    const backupDir = options.backupRoot ? backupDirFor(options.backupRoot, absolute) : null;
    if (encrypted) verifiers.set(db, verifier(options.passphrase!));
    if (readOnly) {
      if (fresh) refuse(`${name} est vide : il ne peut pas être ouvert en lecture seule.`, 'not_a_workspace');
      if (userVersion < LATEST_SCHEMA_VERSION) {
        refuse(`${name} est en lecture seule et doit être mis à jour avant d’être ouvert.`, 'read_only');
      }
      db.pragma('foreign_keys = ON');
      db.pragma('query_only = ON');
      return wrap(db, absolute, {
        readOnlyReason,
        encrypted,
        schemaVersion: userVersion,
        created: false,
        backupDir,
      });
    }

    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('fullfsync = ON');
    db.pragma('checkpoint_fullfsync = ON');
    // Deleted content is overwritten on the pages SQLite writes anyway (FAST: no extra I/O); an erasure turns
    // it fully on and vacuums (db/erasure.ts).
    db.pragma('secure_delete = FAST');
    db.pragma('foreign_keys = ON');
    const ws = wrap(db, absolute, {
      readOnlyReason: null,
      encrypted,
      schemaVersion: userVersion,
      created: fresh,
      backupDir,
    });
    ws.schemaVersion = migrate(db, userVersion, fresh ? options.onCreate : undefined, () =>
      backupNow(ws, 'migration'),
    );
    return ws;
  } catch (err) {
    if (db.open) db.close();
    throw err;
  }
}

function wrap(
  db: Db,
  file: string,
  state: Pick<Workspace, 'readOnlyReason' | 'encrypted' | 'schemaVersion' | 'created' | 'backupDir'>,
): Workspace {
  return {
    db,
    path: file,
    readOnly: state.readOnlyReason !== null,
    ...state,
    close: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * Applies every pending migration, and the creation hook for a fresh file, in one transaction. Before
 * migrating a workspace that already holds data, `beforeMigrate` runs (openWorkspace backs the file up there),
 * outside the transaction: a backup cannot be taken inside one.
 */
export function migrate(
  db: Db,
  from: number,
  onCreate?: (db: Db) => void,
  beforeMigrate?: (pending: readonly Migration[]) => void,
): number {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0 && !onCreate) return from;
  if (pending.length > 0 && from > 0) beforeMigrate?.(pending);
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of pending) {
      db.exec(m.sql);
      m.up?.(db);
      record.run(m.version, m.name, nowIso());
      db.pragma(`user_version = ${m.version}`);
    }
    if (from === 0) db.pragma(`application_id = ${TERRAIN_APPLICATION_ID}`);
    onCreate?.(db);
  })();
  return LATEST_SCHEMA_VERSION;
}

function refuseReadOnly(ws: Workspace): void {
  if (ws.readOnly) {
    throw refusal('forbidden', 'read_only', 'Cet espace de travail est ouvert en lecture seule.');
  }
}

/**
 * Re-keys the open workspace in place: to a passphrase, to another one, or back to clear (null). SQLite3MC
 * re-keys only outside WAL mode, so the WAL is checkpointed and the journal switched to DELETE for the
 * operation (its rollback journal keeps the operation atomic), then back to WAL. The file is vacuumed first
 * so that no free page keeps old content under the old key (or in clear).
 */
function rekeyInPlace(ws: Workspace, next: string | null): void {
  const db = ws.db;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  try {
    db.exec('VACUUM');
    // VACUUM may renumber rows, which the evidence store points at.
    forgetEvidence(db);
    rekeyConnection(db, next);
    if (next) verifiers.set(db, verifier(next));
    else verifiers.delete(db);
    ws.encrypted = next !== null;
  } finally {
    db.pragma('journal_mode = WAL');
  }
}

export interface PassphraseChange {
  encrypted: boolean;
  /** The backup taken before re-keying (made with the old key), or null when backups are off. */
  backup: string | null;
  /** Backups of this workspace re-keyed to match (so they open with the passphrase the user now knows). */
  backupsRekeyed: number;
  /** Backups left as they were: they open with neither the old nor the new passphrase. */
  backupsSkipped: number;
}

function changeKey(ws: Workspace, current: string | null, next: string | null): PassphraseChange {
  refuseReadOnly(ws);
  if (ws.db.inTransaction) throw new Error('changeKey: cannot re-key inside a transaction');
  const safety = backupNow(ws, 'before-passphrase');
  rekeyInPlace(ws, next);
  const { rekeyed, skipped } = ws.backupDir
    ? rekeyBackups(ws.backupDir, current, next)
    : { rekeyed: 0, skipped: 0 };
  return {
    encrypted: ws.encrypted,
    backup: safety?.name ?? null,
    backupsRekeyed: rekeyed,
    backupsSkipped: skipped,
  };
}

/** Protects a workspace in clear with a passphrase; its backups are encrypted too. */
export function setPassphrase(ws: Workspace, passphrase: string): PassphraseChange {
  refuseReadOnly(ws);
  if (ws.encrypted) {
    throw new TerrainError(
      'conflict',
      'Cet espace de travail est déjà protégé : changez sa phrase de passe.',
    );
  }
  checkPassphraseShape(passphrase);
  return changeKey(ws, null, passphrase);
}

function checkCurrent(ws: Workspace, current: string): void {
  if (!ws.encrypted) {
    throw new TerrainError('conflict', 'Cet espace de travail n’est pas protégé par une phrase de passe.');
  }
  if (!passphraseMatches(ws, current)) {
    throw refusal('forbidden', 'wrong_passphrase', 'La phrase de passe actuelle est incorrecte.');
  }
}

export function changePassphrase(ws: Workspace, current: string, next: string): PassphraseChange {
  refuseReadOnly(ws);
  checkCurrent(ws, current);
  checkPassphraseShape(next);
  return changeKey(ws, current, next);
}

/** Back to a workspace in clear (and its backups with it). */
export function removePassphrase(ws: Workspace, current: string): PassphraseChange {
  refuseReadOnly(ws);
  checkCurrent(ws, current);
  return changeKey(ws, current, null);
}
