import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createWorkspace } from './create';
import { openWorkspace, TERRAIN_APPLICATION_ID } from './workspace';
import { migrations, LATEST_SCHEMA_VERSION } from './migrations';
import {
  backupDirFor,
  backupNow,
  backupSettings,
  DEFAULT_KEEP,
  inspectBackup,
  listBackups,
  setBackupSettings,
} from './backup';
import { tempDir } from '../test/support/temp';

describe('backups', () => {
  it('writes a whole, consistent copy named YYYYMMDD-HHMMSS-<reason>.terrain in the workspace’s own folder', () => {
    const root = tempDir();
    const file = path.join(tempDir(), 'Mon espace é.terrain');
    const ws = createWorkspace(file, { demo: true, backupRoot: root });
    expect(ws.backupDir).toBe(backupDirFor(root, file));
    expect(path.basename(ws.backupDir!)).toMatch(/^Mon-espace-e-[0-9a-f]{12}$/);
    // Another file of the same name elsewhere gets another folder.
    expect(backupDirFor(root, path.join(tempDir(), 'Mon espace é.terrain'))).not.toBe(ws.backupDir);
    const made = backupNow(ws, 'manual')!;
    expect(made.name).toMatch(/^\d{8}-\d{6}-manual\.terrain$/);
    expect(made.reason).toBe('manual');
    expect(Date.parse(made.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(fs.statSync(made.path).mode & 0o777).toBe(0o600);
    // A second one within the same second does not overwrite the first.
    const second = backupNow(ws, 'manual')!;
    expect(second.name).not.toBe(made.name);
    expect(listBackups(ws).map((b) => b.name)).toEqual([second.name, made.name]); // newest first
    ws.close();

    expect(inspectBackup(made.path, null)).toEqual({
      encrypted: false,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    const copy = new Database(made.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 8 });
    copy.close();
  });

  it('keeps the last K (20 unless the workspace says otherwise), and clears half-written leftovers', () => {
    const root = tempDir();
    const ws = createWorkspace(path.join(tempDir(), 'r.terrain'), { backupRoot: root });
    expect(backupSettings(ws.db)).toEqual({ keep: DEFAULT_KEEP, intervalMinutes: 10 });
    for (let i = 0; i < 23; i++) backupNow(ws, 'auto');
    expect(listBackups(ws)).toHaveLength(20);
    expect(setBackupSettings(ws.db, { keep: 3 })).toEqual({ keep: 3, intervalMinutes: 10 });
    fs.writeFileSync(path.join(ws.backupDir!, '.20200101-000000-auto.terrain.partial'), 'killed mid-copy');
    const newest = backupNow(ws, 'manual')!;
    const kept = listBackups(ws);
    expect(kept).toHaveLength(3);
    expect(kept[0]!.name).toBe(newest.name);
    expect(fs.readdirSync(ws.backupDir!).filter((f) => f.endsWith('.partial'))).toEqual([]);
    ws.close();
  });

  it('backs a workspace up before migrating it, the copy keeping the old version', () => {
    const root = tempDir();
    const file = path.join(tempDir(), 'ancien.terrain');
    const db = new Database(file);
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
    );
    const first = migrations[0]!;
    db.exec(first.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(first.version, first.name, '2024-01-01');
    db.pragma(`user_version = ${first.version}`);
    db.pragma(`application_id = ${TERRAIN_APPLICATION_ID}`);
    db.prepare(
      "INSERT INTO interviews (id, created_at, updated_at, title, status) VALUES ('i1', 'x', 'x', 'Ancien', 'coded')",
    ).run();
    db.close();

    const ws = openWorkspace(file, { backupRoot: root });
    expect(ws.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const backups = listBackups(ws);
    expect(backups.map((b) => b.reason)).toEqual(['migration']);
    ws.close();
    const copy = new Database(backups[0]!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT title FROM interviews').all()).toEqual([{ title: 'Ancien' }]);
    copy.close();

    // A fresh file is not backed up: there is nothing to lose.
    const fresh = createWorkspace(path.join(tempDir(), 'neuf.terrain'), { backupRoot: root });
    expect(listBackups(fresh)).toEqual([]);
    fresh.close();
  });

  it('refuses to back up inside a transaction, and makes none without a backup folder', () => {
    const ws = createWorkspace(path.join(tempDir(), 't.terrain'));
    expect(backupNow(ws, 'manual')).toBeNull();
    ws.close();
    const withDir = createWorkspace(path.join(tempDir(), 'u.terrain'), { backupRoot: tempDir() });
    expect(() => withDir.db.transaction(() => backupNow(withDir, 'manual'))()).toThrow(/transaction/);
    withDir.close();
  });
});

describe('durability of what the user was told is saved', () => {
  it('commits through a WAL fsynced at every commit (synchronous = FULL), the file held exclusively', () => {
    const ws = createWorkspace(path.join(tempDir(), 'd.terrain'));
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(ws.db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    ws.close();
  });
});
