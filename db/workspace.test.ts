import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3-multiple-ciphers';
import { openWorkspace, TERRAIN_APPLICATION_ID } from './workspace';
import { createWorkspace } from './create';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { tempDir } from '../test/support/temp';

function sha(file: string): string {
  return execFileSync('sha256sum', [file]).toString().split(' ')[0]!;
}

describe('opening a workspace file', () => {
  it('migrates an empty file to the latest schema in one go and records the version', () => {
    const file = path.join(tempDir(), 'new.terrain');
    const ws = openWorkspace(file, { create: true });
    expect(ws.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(ws.db.pragma('application_id', { simple: true })).toBe(TERRAIN_APPLICATION_ID);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const applied = ws.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
    ws.close();
    // Reopening applies nothing new and keeps the data.
    const again = openWorkspace(file);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });

  it('gives every entity table an id, timestamps and a tombstone, and enforces foreign keys', () => {
    const ws = openWorkspace(path.join(tempDir(), 'shape.terrain'), { create: true });
    const tables = (
      ws.db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
             AND name NOT LIKE 'fts%' AND name NOT IN ('settings', 'schema_migrations', 'history', 'sqlite_sequence')`,
        )
        .all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables.length).toBeGreaterThan(20);
    for (const table of tables) {
      const cols = (ws.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(cols, table).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
    }
    expect(() =>
      ws.db
        .prepare(
          "INSERT INTO people (id, created_at, updated_at, full_name, organisation_id) VALUES ('p', 'x', 'x', 'A', 'missing')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    ws.close();
  });

  it('refuses a file written by a newer version and leaves it untouched', () => {
    const file = path.join(tempDir(), 'future.terrain');
    createWorkspace(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(file);
    expect(() => openWorkspace(file)).toThrow(/plus récente/);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = path.join(tempDir(), 'notes.terrain');
    fs.writeFileSync(file, 'Compte rendu de réunion, pas une base de données.\n'.repeat(50));
    const before = sha(file);
    expect(() => openWorkspace(file)).toThrow(/n’est pas un espace de travail Terrain/);
    expect(sha(file)).toBe(before);
  });

  it('refuses another application’s SQLite database and leaves it untouched', () => {
    const file = path.join(tempDir(), 'other.terrain');
    const raw = new Database(file);
    raw.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('autre appli')");
    raw.close();
    const before = sha(file);
    expect(() => openWorkspace(file)).toThrow(/pas été créée par Terrain/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a workspace already open in another process', () => {
    const file = path.join(tempDir(), 'busy.terrain');
    createWorkspace(file).close();
    const holder = path.join(tempDir(), 'hold.cjs');
    // A separate process keeps the workspace open, as a running app or web host would.
    fs.writeFileSync(
      holder,
      `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'))});
       const db = new D(process.argv[2]); db.pragma('locking_mode = EXCLUSIVE'); db.pragma('journal_mode = WAL');
       db.exec('BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS hold_probe (x); COMMIT;');
       process.stdout.write('ready\\n'); setTimeout(() => db.close(), 4000);`,
    );
    const child = spawn(process.execPath, [holder, file]);
    return new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => {
        try {
          expect(() => openWorkspace(file)).toThrow(/déjà ouvert dans une autre instance/);
          child.kill();
          resolve();
        } catch (err) {
          child.kill();
          reject(err);
        }
      });
    });
  });

  it('refuses a second opening of the same file in this process too', () => {
    const file = path.join(tempDir(), 'twice.terrain');
    createWorkspace(file).close();
    // Opened with nothing to migrate: the lock must still be taken at open, not at the first write.
    const first = openWorkspace(file);
    expect(() => openWorkspace(file)).toThrow(/déjà ouvert/);
    first.close();
    openWorkspace(file).close();
  });
});
