import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { generateWorkspace } from '../../bench/generate';
import { openWorkspace } from '../workspace';
import { recurrenceMatrix, rowCodes } from './matrix';
import { cooccurrence } from './cooccurrence';
import { codeFrequencies } from './frequencies';
import { tempDir } from '../../test/support/temp';

/** A generated workspace, and its raw rows read back with plain queries, to count independently in JS. */
function generated() {
  const file = path.join(tempDir(), 'gen.terrain');
  generateWorkspace(file, 'S', 11);
  const ws = openWorkspace(file);
  const segments = ws.db
    .prepare(
      `SELECT s.id, s.transcript_id AS transcript, s.start_offset AS start, s.end_offset AS "end", t.interview_id AS interview
       FROM segments s JOIN transcripts t ON t.id = s.transcript_id`,
    )
    .all() as { id: string; transcript: string; start: number; end: number; interview: string }[];
  const codings = ws.db.prepare('SELECT segment_id AS seg, code_id AS code FROM segment_codes').all() as {
    seg: string;
    code: string;
  }[];
  const links = ws.db
    .prepare('SELECT segment_id AS seg, project_id AS project FROM segment_projects')
    .all() as { seg: string; project: string }[];
  const observations = ws.db
    .prepare('SELECT project_id AS project, code_id AS code, strength FROM challenge_observations')
    .all() as {
    project: string;
    code: string;
    strength: string;
  }[];
  return { ws, segments, codings, links, observations };
}

describe('analyses on a generated workspace, checked against independent counts', () => {
  it('code frequencies: segments and distinct interviews per code', () => {
    const { ws, segments, codings } = generated();
    const interviewOf = new Map(segments.map((s) => [s.id, s.interview]));
    const expected = new Map<string, { segments: Set<string>; interviews: Set<string> }>();
    for (const c of codings) {
      const e = expected.get(c.code) ?? { segments: new Set(), interviews: new Set() };
      e.segments.add(c.seg);
      e.interviews.add(interviewOf.get(c.seg)!);
      expected.set(c.code, e);
    }
    const got = codeFrequencies(ws.db);
    expect(got.length).toBe(expected.size);
    for (const f of got) {
      expect(f.segments, f.codeId).toBe(expected.get(f.codeId)!.segments.size);
      expect(f.interviews, f.codeId).toBe(expected.get(f.codeId)!.interviews.size);
    }
    ws.close();
  });

  it('co-occurrence: same-segment pairs and overlapping pairs, by brute force', () => {
    const { ws, segments, codings } = generated();
    const codesOf = new Map<string, Set<string>>();
    for (const c of codings) codesOf.set(c.seg, (codesOf.get(c.seg) ?? new Set()).add(c.code));
    const expected = new Map<string, number>();
    const bump = (pairs: Set<string>) => {
      for (const k of pairs) expected.set(k, (expected.get(k) ?? 0) + 1);
    };
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    for (const s of segments) {
      const cs = [...(codesOf.get(s.id) ?? [])];
      const pairs = new Set<string>();
      for (const a of cs) for (const b of cs) if (a !== b) pairs.add(key(a, b));
      bump(pairs);
    }
    for (let i = 0; i < segments.length; i++) {
      for (let j = i + 1; j < segments.length; j++) {
        const s = segments[i]!;
        const t = segments[j]!;
        if (s.transcript !== t.transcript || !(s.start < t.end && t.start < s.end)) continue;
        const pairs = new Set<string>();
        for (const a of codesOf.get(s.id) ?? [])
          for (const b of codesOf.get(t.id) ?? []) if (a !== b) pairs.add(key(a, b));
        bump(pairs);
      }
    }
    const got = cooccurrence(ws.db).pairs;
    expect(got.length).toBe(expected.size);
    for (const p of got) expect(p.count, `${p.a}|${p.b}`).toBe(expected.get(key(p.a, p.b)));
    ws.close();
  });

  it('recurrence matrix: distinct projects per challenge (rolled up) from observations and linked verbatims', () => {
    const { ws, codings, links, observations } = generated();
    const { codes } = rowCodes(ws.db, 'challenges');
    const parent = new Map(codes.map((c) => [c.id, c.parentId]));
    const rowsOf = (code: string) => {
      const out: string[] = [];
      for (let r: string | null | undefined = code; r && parent.has(r); r = parent.get(r)) out.push(r);
      return out;
    };
    const expected = new Map<string, Set<string>>();
    const add = (code: string, project: string) => {
      for (const row of rowsOf(code)) expected.set(row, (expected.get(row) ?? new Set()).add(project));
    };
    for (const o of observations) if (o.strength === 'explicit') add(o.code, o.project);
    const projectsOf = new Map<string, string[]>();
    for (const l of links) projectsOf.set(l.seg, [...(projectsOf.get(l.seg) ?? []), l.project]);
    for (const c of codings) for (const p of projectsOf.get(c.seg) ?? []) add(c.code, p);
    const m = recurrenceMatrix(ws.db, { columns: 'projects', unit: 'projects' });
    expect(m.rows.length).toBe(codes.length);
    for (const row of m.rows) {
      expect(row.total.count, row.name).toBe(expected.get(row.codeId)?.size ?? 0);
      for (const [project, cell] of Object.entries(row.cells)) {
        expect(cell.count, `${row.name} × ${project}`).toBe(expected.get(row.codeId)?.has(project) ? 1 : 0);
      }
    }
    ws.close();
  });
});
