import type { WorkspaceStats } from '../../shared/domain';
import type { Db } from '../workspace';

/** Counts of live rows, as `terrain stats` and the settings view show them. */
export function workspaceStats(db: Db): WorkspaceStats {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    interviews: count('SELECT count(*) AS n FROM interviews WHERE deleted_at IS NULL'),
    transcripts: count(
      `SELECT count(*) AS n FROM transcripts t JOIN interviews i ON i.id = t.interview_id
       WHERE t.deleted_at IS NULL AND i.deleted_at IS NULL`,
    ),
    segments: count(
      `SELECT count(*) AS n FROM segments s JOIN transcripts t ON t.id = s.transcript_id
       JOIN interviews i ON i.id = t.interview_id
       WHERE s.deleted_at IS NULL AND t.deleted_at IS NULL AND i.deleted_at IS NULL`,
    ),
    codes: count('SELECT count(*) AS n FROM codes WHERE deleted_at IS NULL'),
    projects: count('SELECT count(*) AS n FROM projects WHERE deleted_at IS NULL'),
    organisations: count('SELECT count(*) AS n FROM organisations WHERE deleted_at IS NULL'),
    people: count('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL'),
  };
}
