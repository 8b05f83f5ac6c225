import type { Db } from '../workspace';

/**
 * Full-text search and the undo history.
 *
 * Search: FTS5 with unicode61 remove_diacritics 2, so "societe" finds "Société". Speaker turns are indexed
 * one row per turn (a hit opens its turn in the transcript); their text is cut from the transcript by db/
 * code, because SQLite's substr() counts code points while offsets are UTF-16 units. Segments and memos are
 * kept in step by triggers, tombstones included, so no write path can forget them (undo and redo included).
 *
 * History: one row per user action, holding the before/after image of every row it touched; undo writes
 * the before images back, redo the after images.
 */
export const searchAndHistory = `
CREATE VIRTUAL TABLE fts_turns USING fts5(
  body, transcript_id UNINDEXED, turn_id UNINDEXED, start_offset UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE fts_segments USING fts5(
  quote, memo, segment_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE fts_memos USING fts5(
  title, body, memo_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments WHEN NEW.deleted_at IS NULL BEGIN
  INSERT INTO fts_segments (quote, memo, segment_id) VALUES (NEW.quote, coalesce(NEW.memo, ''), NEW.id);
END;
CREATE TRIGGER segments_fts_update AFTER UPDATE OF quote, memo, deleted_at ON segments BEGIN
  DELETE FROM fts_segments WHERE segment_id = OLD.id;
  INSERT INTO fts_segments (quote, memo, segment_id)
    SELECT NEW.quote, coalesce(NEW.memo, ''), NEW.id WHERE NEW.deleted_at IS NULL;
END;

CREATE TRIGGER memos_fts_insert AFTER INSERT ON memos WHEN NEW.deleted_at IS NULL BEGIN
  INSERT INTO fts_memos (title, body, memo_id) VALUES (coalesce(NEW.title, ''), NEW.body, NEW.id);
END;
CREATE TRIGGER memos_fts_update AFTER UPDATE OF title, body, deleted_at ON memos BEGIN
  DELETE FROM fts_memos WHERE memo_id = OLD.id;
  INSERT INTO fts_memos (title, body, memo_id)
    SELECT coalesce(NEW.title, ''), NEW.body, NEW.id WHERE NEW.deleted_at IS NULL;
END;

CREATE TABLE history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  label TEXT NOT NULL,
  changes TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
) STRICT;
`;

/**
 * Indexes what the workspace already holds: speaker turns (cut in JavaScript, see above), segments and memos.
 */
export function backfillSearch(db: Db): void {
  const insertTurn = db.prepare(
    'INSERT INTO fts_turns (body, transcript_id, turn_id, start_offset) VALUES (?, ?, ?, ?)',
  );
  const transcripts = db.prepare('SELECT id, text FROM transcripts WHERE deleted_at IS NULL').all() as {
    id: string;
    text: string;
  }[];
  const turns = db.prepare(
    'SELECT id, start_offset, end_offset FROM speaker_turns WHERE transcript_id = ? AND deleted_at IS NULL',
  );
  for (const t of transcripts) {
    for (const turn of turns.all(t.id) as { id: string; start_offset: number; end_offset: number }[]) {
      insertTurn.run(t.text.slice(turn.start_offset, turn.end_offset), t.id, turn.id, turn.start_offset);
    }
  }
  db.exec(`INSERT INTO fts_segments (quote, memo, segment_id)
             SELECT quote, coalesce(memo, ''), id FROM segments WHERE deleted_at IS NULL;
           INSERT INTO fts_memos (title, body, memo_id)
             SELECT coalesce(title, ''), body, id FROM memos WHERE deleted_at IS NULL;`);
}
