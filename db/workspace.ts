import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { TerrainError } from '../shared/errors';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { nowIso } from './ids';

export type Db = Database.Database;

/** 'TRRN' in the SQLite header's application_id: tells a Terrain workspace from any other SQLite file. */
export const TERRAIN_APPLICATION_ID = 0x5452524e;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface Workspace {
  db: Db;
  path: string;
  readOnly: boolean;
  schemaVersion: number;
  close(): void;
}

export interface OpenOptions {
  /** Create the file when missing (and seed nothing: seeding is the caller's choice). */
  create?: boolean;
  /** Called once, inside the open, when the file was created or was empty. */
  onCreate?: (db: Db) => void;
}

function refuse(message: string): never {
  throw new TerrainError('workspace_refused', message);
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
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
 * Opens a workspace file. Every refusal happens before the first write, so a file we refuse (not SQLite,
 * another application's database, written by a newer Terrain, or already open elsewhere) is left byte for
 * byte as it was.
 */
export function openWorkspace(file: string, options: OpenOptions = {}): Workspace {
  const absolute = path.resolve(file);
  const exists = fs.existsSync(absolute);
  if (!exists && !options.create) refuse(`Le fichier ${absolute} n’existe pas.`);
  if (exists) {
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) refuse(`${absolute} est un dossier, pas un espace de travail Terrain.`);
    if (stat.size > 0 && readHeader(absolute).toString('latin1') !== SQLITE_MAGIC) {
      refuse(
        `${path.basename(absolute)} n’est pas un espace de travail Terrain (ce n’est pas une base SQLite).`,
      );
    }
  } else {
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
  }

  const readOnly = exists && !isWritable(absolute);
  const db = new Database(absolute, { readonly: readOnly, fileMustExist: exists, timeout: 250 });
  try {
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
          `${path.basename(absolute)} est déjà ouvert dans une autre instance de Terrain (application, serveur ou ligne de commande). Fermez-la puis réessayez.`,
        );
      }
      if ((err as { code?: string }).code === 'SQLITE_NOTADB') {
        refuse(
          `${path.basename(absolute)} n’est pas un espace de travail Terrain lisible (fichier endommagé ou chiffré).`,
        );
      }
      throw err;
    }
    const fresh = tableCount === 0 && userVersion === 0;
    if (!fresh && applicationId !== TERRAIN_APPLICATION_ID) {
      refuse(`${path.basename(absolute)} est une base SQLite qui n’a pas été créée par Terrain.`);
    }
    if (userVersion > LATEST_SCHEMA_VERSION) {
      refuse(
        `${path.basename(absolute)} a été écrit par une version plus récente de Terrain (schéma ${userVersion}, cette version connaît le schéma ${LATEST_SCHEMA_VERSION}). Mettez Terrain à jour pour l’ouvrir.`,
      );
    }
    if (readOnly) {
      if (userVersion < LATEST_SCHEMA_VERSION) {
        refuse(
          `${path.basename(absolute)} est en lecture seule et doit être mis à jour avant d’être ouvert.`,
        );
      }
      db.pragma('foreign_keys = ON');
      return wrap(db, absolute, true, userVersion);
    }

    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const version = migrate(db, userVersion, fresh ? options.onCreate : undefined);
    return wrap(db, absolute, false, version);
  } catch (err) {
    db.close();
    throw err;
  }
}

function wrap(db: Db, file: string, readOnly: boolean, schemaVersion: number): Workspace {
  return {
    db,
    path: file,
    readOnly,
    schemaVersion,
    close: () => {
      if (db.open) db.close();
    },
  };
}

/** Applies every pending migration, and the creation hook for a fresh file, in one transaction. */
export function migrate(db: Db, from: number, onCreate?: (db: Db) => void): number {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0 && !onCreate) return from;
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
