import { fold, tokens, toFtsQuery } from '../shared/search-query';
import { TerrainError } from '../shared/errors';
import type { Db } from './workspace';
import type { CodingCandidate, SearchHit } from '../shared/api';

/** Markers around matched words in snippets; control characters never found in transcripts. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export interface SearchResult {
  query: string;
  terms: string[];
  /** Matches found, counted up to a cap per index (see capped). */
  total: number;
  capped: boolean;
  hits: SearchHit[];
}

function ftsQuery(q: string): { fts: string; terms: string[] } {
  const parsed = toFtsQuery(q);
  if (!parsed.ok) throw new TerrainError('invalid_input', parsed.message);
  return parsed;
}

function runFts<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    // The query is built by toFtsQuery, so this is a safety net, not the normal path for bad input.
    if (String((err as Error).message).includes('fts5')) {
      throw new TerrainError('invalid_input', `Recherche impossible : ${(err as Error).message}`);
    }
    throw err;
  }
}

/** Up to this many matches, hits are ranked by relevance (bm25); beyond, they come in interview order. */
const RANK_LIMIT = 500;
/** Matches are counted up to this number per index; past it the result is capped ("at least"). */
const COUNT_CAP = 10_000;

interface Source {
  table: 'fts_turns' | 'fts_segments' | 'fts_memos';
  kind: SearchHit['kind'];
  /** The SearchHit columns of a match (alias f) and the live rows it needs, without its snippet. */
  columns: string;
  joins: string;
}

/*
 * CROSS JOIN keeps the index as the outer loop whatever the planner's statistics say: that is what lets FTS5
 * hand back matches already in rank (or rowid) order, and the LIMIT stop the scan at the page's last live row.
 */
const SOURCES: Source[] = [
  {
    table: 'fts_turns',
    kind: 'transcript',
    columns: `f.turn_id AS id, f.transcript_id AS transcriptId, i.id AS interviewId, i.title AS interviewTitle,
        st.speaker, st.start_offset AS start`,
    joins: `CROSS JOIN speaker_turns st ON st.id = f.turn_id AND st.deleted_at IS NULL
      CROSS JOIN transcripts t ON t.id = f.transcript_id AND t.deleted_at IS NULL
      CROSS JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL`,
  },
  {
    table: 'fts_segments',
    kind: 'segment',
    columns: `f.segment_id AS id, s.transcript_id AS transcriptId, i.id AS interviewId,
        i.title AS interviewTitle, NULL AS speaker, s.start_offset AS start`,
    joins: `CROSS JOIN segments s ON s.id = f.segment_id AND s.deleted_at IS NULL
      CROSS JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
      CROSS JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL`,
  },
  {
    table: 'fts_memos',
    kind: 'memo',
    columns: `f.memo_id AS id, NULL AS transcriptId, NULL AS interviewId, m.title AS interviewTitle,
        NULL AS speaker, NULL AS start`,
    joins: 'CROSS JOIN memos m ON m.id = f.memo_id AND m.deleted_at IS NULL',
  },
];

/**
 * Matches of one index, counted up to COUNT_CAP, and its first `limit` live hits: ranked by relevance when the
 * query is selective, in document order otherwise. One statement walks the matches in that order, keeps the
 * live ones and stops at the page's end, so the joins and the snippets only ever touch the rows shown.
 * Snippets must come from that same FTS5 cursor: asked for separately (MATCH ... AND rowid IN (...)), every
 * rowid looked up rebuilds the query's doclists, which for a prefix means merging those of every word it covers.
 */
function searchSource(
  db: Db,
  source: Source,
  fts: string,
  limit: number,
): { hits: SearchHit[]; count: number; capped: boolean } {
  // One past the cap tells "exactly COUNT_CAP" from "more than that".
  const n = (
    db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${source.table} WHERE ${source.table} MATCH ? LIMIT ?)`,
      )
      .get(fts, COUNT_CAP + 1) as { n: number }
  ).n;
  const count = Math.min(n, COUNT_CAP);
  const capped = n > COUNT_CAP;
  if (count === 0 || limit <= 0) return { hits: [], count, capped };
  const ranked = count <= RANK_LIMIT;
  const hits = db
    .prepare(
      `SELECT ${source.columns},
         snippet(${source.table}, -1, '${HIT_START}', '${HIT_END}', '…', 18) AS snippet
       FROM ${source.table} f ${source.joins}
       WHERE ${source.table} MATCH ? ORDER BY ${ranked ? 'f.rank' : 'f.rowid'} LIMIT ?`,
    )
    .all(fts, limit) as Omit<SearchHit, 'kind'>[];
  const found = hits.map((h) => ({ kind: source.kind, ...h }));
  // Short of a full page, the walk saw every match: the live ones are exactly those found.
  if (hits.length < limit) return { count: hits.length, capped: false, hits: found };
  return { count, capped, hits: found };
}

/**
 * Full-text search over speaker turns, coded segments and memos. Transcript hits come first, then coded
 * segments, then memos; within each, by relevance for selective queries and in interview order otherwise.
 * An index whose matches fit in the page counts exactly its live ones; past a full page, totals count index
 * matches, those of trashed interviews and transcripts included: telling them apart there means joining
 * every match to its live rows, which costs more than the whole search at the cap.
 */
export function search(db: Db, q: string, limit = 50): SearchResult {
  const { fts, terms } = ftsQuery(q);
  return runFts(() => {
    const result: SearchResult = { query: q, terms, total: 0, capped: false, hits: [] };
    for (const source of SOURCES) {
      // A later index only adds to the total once the page is full: its hits would not be shown.
      const part = searchSource(db, source, fts, limit - result.hits.length);
      result.total += part.count;
      result.capped ||= part.capped;
      result.hits.push(...part.hits);
    }
    return result;
  });
}

/** Sentences of a turn's speech, with their offsets; a sentence ends at . ! ? … or a line break. */
function sentences(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?…\n]+(?:[.!?…]+["»”)]*)?/g;
  const body = text.slice(from, to);
  for (const m of body.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = from + m.index + lead;
    out.push({ start, end: start + trimmed.length });
  }
  return out;
}

function matchesTerms(text: string, terms: string[], prefixes: Set<string>): boolean {
  const words = tokens(fold(text));
  return terms.every((term) => {
    const t = fold(term);
    return prefixes.has(term) ? words.some((w) => w.startsWith(t)) : words.includes(t);
  });
}

/**
 * Passages a search would code: every speaker turn the search finds (its speech, without the speaker label)
 * or, at sentence scope, each sentence of those turns that holds all the search's words.
 */
export function codingCandidates(
  db: Db,
  q: string,
  scope: 'sentence' | 'turn',
  limit = 2000,
): CodingCandidate[] {
  const { fts, terms } = ftsQuery(q);
  const prefixes = new Set(
    [...q.matchAll(/(\S+)\*/g)].flatMap((m) => tokens(m[1]!)).filter((t) => terms.includes(t)),
  );
  const rows = runFts(
    () =>
      db
        .prepare(
          `SELECT st.transcript_id AS transcriptId, i.id AS interviewId, i.title AS interviewTitle, st.speaker,
             st.start_offset AS start, st.end_offset AS "end", f.body
           FROM fts_turns f
           JOIN speaker_turns st ON st.id = f.turn_id AND st.deleted_at IS NULL
           JOIN transcripts t ON t.id = st.transcript_id AND t.deleted_at IS NULL
           JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
           WHERE fts_turns MATCH ? ORDER BY i.date, i.title, st.start_offset LIMIT ?`,
        )
        .all(fts, limit) as (Omit<CodingCandidate, 'text'> & { body: string })[],
  );
  // Should the index ever disagree with the turn's offsets, the transcript is the reference.
  const transcriptText = db.prepare('SELECT text FROM transcripts WHERE id = ?').pluck();
  const turnText = (row: { transcriptId: string; start: number; end: number }) =>
    (transcriptText.get(row.transcriptId) as string).slice(row.start, row.end);
  const out: CodingCandidate[] = [];
  for (const row of rows) {
    // The index holds each turn's own text: reading it, not the whole transcript per match, keeps a common
    // word on a large workspace from loading thousands of transcripts. Offsets below are within the turn.
    const text = row.body.length === row.end - row.start ? row.body : turnText(row);
    // Speech starts after "Speaker :" when the turn begins with its label.
    let from = 0;
    if (row.speaker && text.startsWith(row.speaker)) {
      const colon = text.indexOf(':', row.speaker.length);
      if (colon >= 0) from = colon + 1;
    }
    while (from < text.length && /\s/.test(text[from]!)) from++;
    const ranges =
      scope === 'turn'
        ? [{ start: from, end: text.length }]
        : sentences(text, from, text.length).filter((s) =>
            matchesTerms(text.slice(s.start, s.end), terms, prefixes),
          );
    for (const r of ranges) {
      if (r.end <= r.start) continue;
      out.push({
        transcriptId: row.transcriptId,
        interviewId: row.interviewId,
        interviewTitle: row.interviewTitle,
        speaker: row.speaker,
        start: row.start + r.start,
        end: row.start + r.end,
        text: text.slice(r.start, r.end),
      });
    }
  }
  return out;
}
