import type { AnalysisFilter, CodeFrequency, CooccurrencePair } from '../../shared/analysis';
import type { Db } from '../workspace';
import { evidenceCte } from './evidence';

export interface CodedSegment {
  transcript: string;
  seg: string;
  start: number;
  end: number;
  codes: string[];
}

/** Coded segments (restricted to some codes if given) ordered by transcript and position. */
export function codedSegments(db: Db, filter: AnalysisFilter = {}, codeIds?: string[]): CodedSegment[] {
  const ev = evidenceCte(filter, {});
  const params: Record<string, unknown> = { ...ev.params };
  let codeWhere = '';
  if (codeIds) {
    params.codes = JSON.stringify(codeIds);
    codeWhere = 'AND ev.code IN (SELECT value FROM json_each(@codes))';
  }
  const rows = db
    .prepare(
      `WITH ${ev.sql}
       SELECT s.transcript_id AS transcript, s.id AS seg, s.start_offset AS start, s.end_offset AS "end",
         json_group_array(DISTINCT ev.code) AS codes
       FROM ev JOIN segments s ON s.id = ev.seg
       WHERE ev.src = 'verbatim' ${codeWhere}
       GROUP BY s.id
       ORDER BY s.transcript_id, s.start_offset, s.end_offset`,
    )
    .all(params) as (Omit<CodedSegment, 'codes'> & { codes: string })[];
  return rows.map((r) => ({ ...r, codes: JSON.parse(r.codes) as string[] }));
}

/**
 * Visits each segment with the segments of the same transcript still open at its start (those it overlaps),
 * in position order: the work grows with the overlaps, not with all pairs.
 */
function sweep(segments: CodedSegment[], visit: (seg: CodedSegment, open: CodedSegment[]) => void): void {
  let transcript = '';
  let open: CodedSegment[] = [];
  for (const seg of segments) {
    if (seg.transcript !== transcript) {
      transcript = seg.transcript;
      open = [];
    }
    open = open.filter((o) => o.end > seg.start);
    visit(seg, open);
    open.push(seg);
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Co-occurrence of codes: a pair counts once for each segment coded with both, and once for each pair of
 * overlapping segments coded with one each.
 */
export function cooccurrenceFromSegments(segments: CodedSegment[]): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (a: string, b: string, seen: Set<string>) => {
    if (a === b) return;
    const key = pairKey(a, b);
    if (seen.has(key)) return;
    seen.add(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  sweep(segments, (seg, open) => {
    const within = new Set<string>();
    for (let i = 0; i < seg.codes.length; i++)
      for (let j = i + 1; j < seg.codes.length; j++) bump(seg.codes[i]!, seg.codes[j]!, within);
    for (const o of open) {
      const between = new Set<string>();
      for (const a of o.codes) for (const b of seg.codes) bump(a, b, between);
    }
  });
  return counts;
}

export function cooccurrence(
  db: Db,
  options: { filter?: AnalysisFilter; codeIds?: string[]; limit?: number } = {},
): { pairs: CooccurrencePair[] } {
  const counts = cooccurrenceFromSegments(codedSegments(db, options.filter, options.codeIds));
  const pairs = [...counts.entries()]
    .map(([key, count]) => {
      const [a, b] = key.split('|') as [string, string];
      return { a, b, count };
    })
    .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { pairs: options.limit ? pairs.slice(0, options.limit) : pairs };
}

/** The segments behind a co-occurrence count: those coded with both, and the overlapping pairs. */
export function cooccurrenceEvidence(
  db: Db,
  a: string,
  b: string,
  filter: AnalysisFilter = {},
): { segmentIds: string[][] } {
  const segments = codedSegments(db, filter, [a, b]);
  const out: string[][] = [];
  sweep(segments, (seg, open) => {
    if (seg.codes.includes(a) && seg.codes.includes(b)) out.push([seg.seg]);
    for (const o of open) {
      if ((o.codes.includes(a) && seg.codes.includes(b)) || (o.codes.includes(b) && seg.codes.includes(a))) {
        out.push([o.seg, seg.seg]);
      }
    }
  });
  return { segmentIds: out };
}

/** Segments and distinct interviews per code, with the shared filters; parents can roll their children up. */
export function codeFrequencies(
  db: Db,
  options: { filter?: AnalysisFilter; rollUp?: boolean } = {},
): CodeFrequency[] {
  const ev = evidenceCte(options.filter, {});
  const closure = options.rollUp
    ? `cl(code, row) AS (SELECT id, id FROM codes WHERE deleted_at IS NULL
         UNION ALL SELECT cl.code, c.parent_id FROM cl JOIN codes c ON c.id = cl.row
         WHERE c.parent_id IS NOT NULL)`
    : `cl(code, row) AS (SELECT id, id FROM codes WHERE deleted_at IS NULL)`;
  return db
    .prepare(
      `WITH RECURSIVE ${ev.sql}, ${closure}
       SELECT cl.row AS codeId, count(DISTINCT ev.seg) AS segments, count(DISTINCT ev.interview) AS interviews
       FROM ev JOIN cl ON cl.code = ev.code WHERE ev.src = 'verbatim'
       GROUP BY cl.row ORDER BY segments DESC`,
    )
    .all(ev.params) as CodeFrequency[];
}
