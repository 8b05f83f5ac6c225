import { describe, expect, it } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrations, LATEST_SCHEMA_VERSION } from './index';
import { openWorkspace, TERRAIN_APPLICATION_ID } from '../workspace';
import { search } from '../search';
import { tempDir } from '../../test/support/temp';

/** Writes a file as a given past version of Terrain left it: its migrations applied, and some data. */
function fileAtVersion(version: number): string {
  const file = path.join(tempDir(), `v${version}.terrain`);
  const db = new Database(file);
  db.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
  );
  for (const m of migrations.filter((m) => m.version <= version)) {
    db.exec(m.sql);
    m.up?.(db);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2024-01-01');
  }
  db.pragma(`user_version = ${version}`);
  db.pragma(`application_id = ${TERRAIN_APPLICATION_ID}`);
  const t = '2024-01-01T00:00:00Z';
  db.prepare(
    "INSERT INTO interviews (id, created_at, updated_at, title, status) VALUES ('i1', ?, ?, 'Ancien entretien', 'coded')",
  ).run(t, t);
  const text = 'Marie : La Société régionale finance le déploiement.';
  db.prepare(
    "INSERT INTO transcripts (id, created_at, updated_at, interview_id, title, text) VALUES ('t1', ?, ?, 'i1', 'T', ?)",
  ).run(t, t, text);
  db.prepare(
    "INSERT INTO speaker_turns (id, created_at, updated_at, transcript_id, seq, speaker, role, start_offset, end_offset) VALUES ('st1', ?, ?, 't1', 0, 'Marie', 'interviewee', 0, ?)",
  ).run(t, t, text.length);
  // From version 2 on, Terrain indexes a transcript's turns as it writes them (db/transcripts.ts).
  if (version >= 2) {
    db.prepare(
      "INSERT INTO fts_turns (body, transcript_id, turn_id, start_offset) VALUES (?, 't1', 'st1', 0)",
    ).run(text);
  }
  db.close();
  return file;
}

describe('the migration chain', () => {
  it('numbers migrations 1..n with no gap', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it.each(migrations.slice(0, -1).map((m) => m.version))(
    'brings a version-%i workspace to the latest schema, keeping its data searchable',
    (version) => {
      const file = fileAtVersion(version);
      const ws = openWorkspace(file);
      expect(ws.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(ws.db.prepare('SELECT title FROM interviews').all()).toEqual([{ title: 'Ancien entretien' }]);
      expect(search(ws.db, 'societe').hits.map((h) => h.id)).toEqual(['st1']);
      ws.close();
    },
  );

  it('only adds: no migration drops or renames a table or a column', () => {
    for (const m of migrations) {
      expect(m.sql, `migration ${m.version}`).not.toMatch(
        /\bDROP\s+(TABLE|COLUMN)\b|\bRENAME\s+(TO|COLUMN)\b/i,
      );
    }
  });
});
