import type { MatrixColumns, MatrixUnit } from '../shared/analysis';
import type { Db } from '../db/workspace';
import { rowCodes } from '../db/analysis/matrix';
import { evidenceCte } from './evidence-sql';

/** A coded segment as a peer tool loads it: where it is, and its codes. */
export interface CodedSegment {
  transcript: string;
  seg: string;
  start: number;
  end: number;
  codes: string[];
}

/**
 * The way a peer desktop tool computes the same results (QualCoder's reports, for instance): one query per
 * matrix cell, pairwise loops over segments. Kept only to measure against, on the same data in the same run.
 */
export function naiveMatrixProjects(db: Db, unit: MatrixUnit, columns: MatrixColumns): Map<string, number> {
  if (columns !== 'projects' || unit !== 'projects')
    throw new Error('naive matrix: projects × projects only');
  const { codes } = rowCodes(db, 'challenges');
  const projects = db.prepare('SELECT id FROM projects WHERE deleted_at IS NULL').all() as { id: string }[];
  const descendants = (id: string): string[] => {
    const out = [id];
    for (const c of codes) if (c.parentId === id) out.push(...descendants(c.id));
    return out;
  };
  const cell = db.prepare(
    `SELECT (
       EXISTS (SELECT 1 FROM challenge_observations co WHERE co.project_id = @p AND co.code_id IN (SELECT value FROM json_each(@codes))
         AND co.deleted_at IS NULL AND co.strength = 'explicit')
       OR EXISTS (SELECT 1 FROM segment_codes sc JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
         JOIN segment_projects sp ON sp.segment_id = s.id AND sp.deleted_at IS NULL AND sp.project_id = @p
         WHERE sc.code_id IN (SELECT value FROM json_each(@codes)) AND sc.deleted_at IS NULL)
     ) AS n`,
  );
  const out = new Map<string, number>();
  for (const code of codes) {
    const ids = JSON.stringify(descendants(code.id));
    let total = 0;
    for (const p of projects) {
      const n = (cell.get({ p: p.id, codes: ids }) as { n: number }).n;
      if (n) out.set(`${code.id}|${p.id}`, n);
      total += n;
    }
    out.set(`${code.id}|total`, total);
  }
  return out;
}

/** Coded segments read with one query, as a peer tool loads them before looping over pairs. */
export function naiveCodedSegments(db: Db): CodedSegment[] {
  const ev = evidenceCte({}, {});
  const rows = db
    .prepare(
      `WITH ${ev.sql}
       SELECT s.transcript_id AS transcript, s.id AS seg, s.start_offset AS start, s.end_offset AS "end",
         json_group_array(DISTINCT ev.code) AS codes
       FROM ev JOIN segments s ON s.id = ev.seg
       WHERE ev.src = 'verbatim'
       GROUP BY s.id`,
    )
    .all(ev.params) as (Omit<CodedSegment, 'codes'> & { codes: string })[];
  return rows.map((r) => ({ ...r, codes: JSON.parse(r.codes) as string[] }));
}

export function naiveCooccurrence(segments: CodedSegment[]): Map<string, number> {
  const counts = new Map<string, number>();
  const byTranscript = new Map<string, CodedSegment[]>();
  for (const s of segments) {
    const list = byTranscript.get(s.transcript) ?? [];
    list.push(s);
    byTranscript.set(s.transcript, list);
  }
  const bump = (a: string, b: string, seen: Set<string>) => {
    if (a === b) return;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const list of byTranscript.values()) {
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const within = new Set<string>();
      for (const a of s.codes) for (const b of s.codes) bump(a, b, within);
      for (let j = 0; j < list.length; j++) {
        if (j <= i) continue;
        const t = list[j]!;
        if (s.start < t.end && t.start < s.end) {
          const between = new Set<string>();
          for (const a of s.codes) for (const b of t.codes) bump(a, b, between);
        }
      }
    }
  }
  return counts;
}

export function naiveFrequencies(db: Db): Map<string, { segments: number; interviews: number }> {
  const codes = db.prepare('SELECT id FROM codes WHERE deleted_at IS NULL').all() as { id: string }[];
  const q = db.prepare(
    `SELECT count(DISTINCT s.id) AS segments, count(DISTINCT t.interview_id) AS interviews
     FROM segment_codes sc JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
     JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
     JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
     WHERE sc.code_id = ? AND sc.deleted_at IS NULL`,
  );
  const out = new Map<string, { segments: number; interviews: number }>();
  for (const c of codes) {
    const r = q.get(c.id) as { segments: number; interviews: number };
    if (r.segments) out.set(c.id, r);
  }
  return out;
}
