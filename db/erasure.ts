import type { ErasurePreview, ErasureReport } from '../shared/api/workspace';
import { forgetEvidence } from './analysis/evidence-store';
import { refusal, TerrainError } from '../shared/errors';
import { backupNow, deleteBackups, listBackups } from './backup';
import { nowIso } from './ids';
import type { Db, Workspace } from './workspace';

/**
 * Erasure of a person (GDPR art. 17): their name and aliases, their own words, every mention of them in
 * any text, their links — and the undo history, which holds earlier images of all of it. Not undoable.
 *
 * Transcript offsets stay consistent: each transcript is rewritten by a list of edits (their turns, and
 * every mention of a name, each replaced by ERASED), and every speaker turn and coded segment of it is
 * re-mapped through the same edits. A segment lying wholly in erased speech is deleted with its codings.
 */

export const ERASED = '[effacé]';

// ---- Matching names in text ---------------------------------------------------------------------------

const EXTRA_FOLD: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return ch.toLowerCase();
  const lower = ch.toLowerCase();
  if (EXTRA_FOLD[lower] !== undefined) return EXTRA_FOLD[lower]!;
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower case, no accents, typographic apostrophes as "'": "Castagné" and "castagne" fold alike. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

interface Folded {
  text: string;
  /** For each folded UTF-16 unit: start and end, in the original text, of the character it came from. */
  from: number[];
  to: number[];
}

function foldWithMap(text: string): Folded {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    out += f;
    i += ch.length;
  }
  return { text: out, from, to };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names to look for: folded, at least two characters, longest first (so "Erwan Kerdraon" wins over "Erwan"). */
export function matcher(terms: string[]): RegExp | null {
  const folded = [
    ...new Set(terms.map((t) => fold(t.trim())).filter((t) => t.replace(/\s/g, '').length >= 2)),
  ];
  if (folded.length === 0) return null;
  folded.sort((a, b) => b.length - a.length);
  const alternatives = folded.map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export interface Range {
  start: number;
  end: number;
}

/** Where the names occur in text, as UTF-16 ranges of the original (accents and case ignored, whole words). */
export function findOccurrences(text: string, re: RegExp | null): Range[] {
  if (!re || !text) return [];
  const f = foldWithMap(text);
  const out: Range[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(f.text); m; m = re.exec(f.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let end = f.to[m.index + m[0].length - 1]!;
    // A combining accent after the last letter belongs to it.
    while (end < text.length && /\p{M}/u.test(text[end]!)) end++;
    out.push({ start: f.from[m.index]!, end });
  }
  return out;
}

// ---- Applying edits to a transcript -------------------------------------------------------------------

export interface Edit extends Range {
  replacement: string;
  /**
   * 'erase': a person's own speech. A coded segment overlapping it shrinks away from it (and goes when
   * wholly inside). 'mention': a name in someone's speech. A segment keeps it, masked.
   */
  kind: 'erase' | 'mention';
}

/** Sorts edits and merges those that overlap (an erased turn swallows the mentions inside it). */
export function normaliseEdits(edits: Edit[]): Edit[] {
  const sorted = [...edits].filter((e) => e.end > e.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      last.end = Math.max(last.end, e.end);
      if (e.kind === 'erase') last.kind = 'erase';
    } else {
      out.push({ ...e });
    }
  }
  return out;
}

export interface EditResult {
  text: string;
  /** Maps an offset of the old text to the new one; see mapRange. */
  mapRange(range: Range, mode: 'turn' | 'segment'): Range;
}

/**
 * Applies non-overlapping edits (normaliseEdits) to a text, and answers the mapping of old offsets to new
 * ones. Turns map 'outward' (a turn keeps the mask that replaced its speech); segments map 'inward' across
 * erased speech (they shrink away from it, to an empty range when wholly inside) and outward across a mention.
 */
export function applyEdits(text: string, edits: Edit[]): EditResult {
  const list = normaliseEdits(edits);
  let out = '';
  let last = 0;
  for (const e of list) {
    out += text.slice(last, e.start) + e.replacement;
    last = e.end;
  }
  out += text.slice(last);

  const mapStart = (p: number, inner: (e: Edit) => boolean): number => {
    let delta = 0;
    for (const e of list) {
      if (p < e.start) break;
      if (p >= e.end) {
        delta += e.replacement.length - (e.end - e.start);
        continue;
      }
      return inner(e) ? e.start + delta + e.replacement.length : e.start + delta;
    }
    return p + delta;
  };
  const mapEnd = (p: number, inner: (e: Edit) => boolean): number => {
    let delta = 0;
    for (const e of list) {
      if (p <= e.start) break;
      if (p > e.end) {
        delta += e.replacement.length - (e.end - e.start);
        continue;
      }
      return inner(e) ? e.start + delta : e.start + delta + e.replacement.length;
    }
    return p + delta;
  };
  return {
    text: out,
    mapRange: (range, mode) => {
      const inner = mode === 'turn' ? () => false : (e: Edit) => e.kind === 'erase';
      return { start: mapStart(range.start, inner), end: mapEnd(range.end, inner) };
    },
  };
}

/** Replaces every occurrence of the names in a short text (a title, a memo) by ERASED. */
export function scrub(text: string, re: RegExp | null): string {
  const found = findOccurrences(text, re);
  if (found.length === 0) return text;
  return applyEdits(
    text,
    found.map((r) => ({ ...r, replacement: ERASED, kind: 'mention' as const })),
  ).text;
}

// ---- The person and their names -----------------------------------------------------------------------

interface PersonRow {
  id: string;
  full_name: string;
  pseudonym: string | null;
  email: string | null;
  phone: string | null;
  deleted_at: string | null;
  consent_withdrawn_at: string | null;
}

export function personRow(db: Db, id: string): PersonRow {
  const row = db
    .prepare(
      'SELECT id, full_name, pseudonym, email, phone, deleted_at, consent_withdrawn_at FROM people WHERE id = ?',
    )
    .get(id) as PersonRow | undefined;
  if (!row) throw new TerrainError('not_found', 'Personne introuvable.');
  return row;
}

/** The words that name the person: full name, aliases (even deleted ones), e-mail and phone. */
export function personTerms(db: Db, id: string): string[] {
  const p = personRow(db, id);
  const aliases = (
    db.prepare('SELECT alias FROM person_aliases WHERE person_id = ?').all(id) as { alias: string }[]
  ).map((a) => a.alias);
  const terms = [p.full_name, ...aliases, p.email ?? '', p.phone ?? '']
    .map((t) => t.trim())
    .filter((t) => t && t !== ERASED && t.replace(/\s/g, '').length >= 2);
  return [...new Set(terms)];
}

function tableExists(db: Db, table: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
}

function columns(db: Db, table: string): Set<string> {
  return new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
}

/** Speaker turns of the person: linked to them, or unlinked interviewee turns of interviews they alone gave. */
export function ownTurnIds(db: Db, personId: string, re: RegExp | null): Set<string> {
  const ids = new Set(
    (db.prepare('SELECT id FROM speaker_turns WHERE person_id = ?').all(personId) as { id: string }[]).map(
      (r) => r.id,
    ),
  );
  const sole = db
    .prepare(
      `SELECT st.id FROM speaker_turns st
       JOIN transcripts t ON t.id = st.transcript_id
       WHERE st.person_id IS NULL AND st.role = 'interviewee' AND t.interview_id IN (
         SELECT interview_id FROM interview_participants
         WHERE role = 'interviewee' AND deleted_at IS NULL
         GROUP BY interview_id HAVING count(*) = 1 AND max(person_id) = ?)`,
    )
    .all(personId) as { id: string }[];
  for (const r of sole) ids.add(r.id);
  // A turn whose speaker label is their name or an alias.
  if (re) {
    const labelled = db.prepare('SELECT id, speaker FROM speaker_turns WHERE person_id IS NULL').all() as {
      id: string;
      speaker: string;
    }[];
    for (const t of labelled) {
      const found = findOccurrences(t.speaker, re);
      if (found.length === 1 && t.speaker.slice(found[0]!.start, found[0]!.end).trim() === t.speaker.trim()) {
        ids.add(t.id);
      }
    }
  }
  return ids;
}

/** Free-text columns that may name a person, beyond transcripts and segments (handled with their offsets). */
const TEXT_COLUMNS: [string, string[]][] = [
  ['interviews', ['title', 'topic', 'notes', 'place', 'interviewer']],
  ['interview_axis_notes', ['note']],
  ['transcripts', ['title', 'source_name']],
  ['codes', ['name', 'name_en', 'definition', 'inclusion', 'exclusion', 'example']],
  ['people', ['notes', 'position']],
  ['organisations', ['notes']],
  ['projects', ['summary']],
  ['deployment_sites', ['notes']],
  ['project_steps', ['note']],
  ['challenge_observations', ['levers', 'notes']],
  ['saved_analyses', ['name']],
  ['attributes', ['value']],
];

interface TranscriptPlan {
  id: string;
  text: string;
  turns: { id: string; start: number; end: number; speaker: string; own: boolean; deleted: boolean }[];
  segments: { id: string; start: number; end: number; quote: string; memo: string | null }[];
  result: EditResult;
  mentions: number;
}

interface Plan {
  person: PersonRow;
  terms: string[];
  re: RegExp | null;
  ownTurns: Set<string>;
  transcripts: TranscriptPlan[];
  segmentDeletes: string[];
  segmentUpdates: { id: string; start: number; end: number; quote: string; memo: string | null }[];
  memoUpdates: { id: string; title: string | null; body: string }[];
  personMemos: string[];
  textUpdates: { table: string; id: string; values: Record<string, string> }[];
  links: ErasurePreview['links'];
  historyEntries: number;
  segmentMemosChanged: number;
}

function plan(db: Db, personId: string): Plan {
  const person = personRow(db, personId);
  const terms = personTerms(db, personId);
  const re = matcher(terms);
  const ownTurns = ownTurnIds(db, personId, re);

  const transcripts: TranscriptPlan[] = [];
  const segmentDeletes: string[] = [];
  const segmentUpdates: Plan['segmentUpdates'] = [];
  const touchedSegments = new Set<string>();
  let segmentMemosChanged = 0;
  const allTranscripts = db.prepare('SELECT id, text FROM transcripts').all() as {
    id: string;
    text: string;
  }[];
  const turnsOf = db.prepare(
    'SELECT id, start_offset AS start, end_offset AS "end", speaker, deleted_at FROM speaker_turns WHERE transcript_id = ? ORDER BY start_offset',
  );
  const segmentsOf = db.prepare(
    'SELECT id, start_offset AS start, end_offset AS "end", quote, memo FROM segments WHERE transcript_id = ?',
  );
  for (const t of allTranscripts) {
    const turns = (
      turnsOf.all(t.id) as {
        id: string;
        start: number;
        end: number;
        speaker: string;
        deleted_at: string | null;
      }[]
    ).map((r) => ({ ...r, own: ownTurns.has(r.id), deleted: r.deleted_at !== null }));
    const erase: Edit[] = turns
      .filter((r) => r.own && r.end > r.start)
      .map((r) => ({ start: r.start, end: r.end, replacement: ERASED, kind: 'erase' as const }));
    const mentions = findOccurrences(t.text, re)
      .filter((m) => !erase.some((e) => m.start >= e.start && m.end <= e.end))
      .map((m) => ({ ...m, replacement: ERASED, kind: 'mention' as const }));
    if (erase.length === 0 && mentions.length === 0 && !turns.some((r) => r.own)) continue;
    const result = applyEdits(t.text, [...erase, ...mentions]);
    const segments = segmentsOf.all(t.id) as TranscriptPlan['segments'];
    for (const s of segments) {
      const mapped = result.mapRange(s, 'segment');
      const quote = mapped.end > mapped.start ? result.text.slice(mapped.start, mapped.end) : '';
      const memo = s.memo === null ? null : scrub(s.memo, re);
      touchedSegments.add(s.id);
      if (!quote.split(ERASED).join('').trim()) {
        segmentDeletes.push(s.id);
      } else if (mapped.start !== s.start || mapped.end !== s.end || quote !== s.quote || memo !== s.memo) {
        if (memo !== s.memo) segmentMemosChanged++;
        segmentUpdates.push({ id: s.id, start: mapped.start, end: mapped.end, quote, memo });
      }
    }
    transcripts.push({ id: t.id, text: t.text, turns, segments, result, mentions: mentions.length });
  }
  // Segments of transcripts not rewritten: their memo (and, defensively, their quote) may name the person.
  for (const s of db.prepare('SELECT id, start_offset, end_offset, quote, memo FROM segments').all() as {
    id: string;
    start_offset: number;
    end_offset: number;
    quote: string;
    memo: string | null;
  }[]) {
    if (touchedSegments.has(s.id)) continue;
    const quote = scrub(s.quote, re);
    const memo = s.memo === null ? null : scrub(s.memo, re);
    if (quote !== s.quote || memo !== s.memo) {
      if (memo !== s.memo) segmentMemosChanged++;
      segmentUpdates.push({ id: s.id, start: s.start_offset, end: s.end_offset, quote, memo });
    }
  }

  const personMemos = (
    db
      .prepare("SELECT id FROM memos WHERE target_type IN ('person', 'people') AND target_id = ?")
      .all(personId) as {
      id: string;
    }[]
  ).map((m) => m.id);
  const memoUpdates: Plan['memoUpdates'] = [];
  for (const m of db.prepare('SELECT id, title, body FROM memos').all() as {
    id: string;
    title: string | null;
    body: string;
  }[]) {
    if (personMemos.includes(m.id)) continue;
    const title = m.title === null ? null : scrub(m.title, re);
    const body = scrub(m.body, re);
    if (title !== m.title || body !== m.body) memoUpdates.push({ id: m.id, title, body });
  }

  const textUpdates: Plan['textUpdates'] = [];
  for (const [table, cols] of TEXT_COLUMNS) {
    if (!tableExists(db, table)) continue;
    const present = columns(db, table);
    const wanted = cols.filter((c) => present.has(c));
    if (wanted.length === 0) continue;
    const skipSelf =
      table === 'people'
        ? 'WHERE id <> @personId'
        : table === 'attributes'
          ? "WHERE NOT (target_type IN ('person', 'people') AND target_id = @personId)"
          : '';
    const rows = db
      .prepare(`SELECT id, ${wanted.join(', ')} FROM ${table} ${skipSelf}`)
      .all(skipSelf ? { personId } : {}) as Record<string, string | null>[];
    for (const row of rows) {
      const values: Record<string, string> = {};
      for (const c of wanted) {
        const v = row[c];
        if (typeof v !== 'string') continue;
        const s = scrub(v, re);
        if (s !== v) values[c] = s;
      }
      if (Object.keys(values).length > 0) textUpdates.push({ table, id: row.id as string, values });
    }
  }

  const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
  const links = {
    interviews: count('SELECT count(*) AS n FROM interview_participants WHERE person_id = ?', personId),
    aliases: count('SELECT count(*) AS n FROM person_aliases WHERE person_id = ?', personId),
    turns: count('SELECT count(*) AS n FROM speaker_turns WHERE person_id = ?', personId),
    attributes: tableExists(db, 'attributes')
      ? count(
          "SELECT count(*) AS n FROM attributes WHERE target_type IN ('person', 'people') AND target_id = ?",
          personId,
        )
      : 0,
  };
  return {
    person,
    terms,
    re,
    ownTurns,
    transcripts,
    segmentDeletes,
    segmentUpdates,
    memoUpdates,
    personMemos,
    textUpdates,
    links,
    historyEntries: count('SELECT count(*) AS n FROM history'),
    segmentMemosChanged,
  };
}

function summary(ws: Workspace, p: Plan): ErasurePreview {
  const backups = listBackups(ws);
  const backupBytes = backups.reduce((n, b) => n + b.sizeBytes, 0);
  const warnings = [
    'L’effacement est définitif : il ne peut pas être annulé.',
    p.historyEntries > 0
      ? `L’historique d’annulation (${p.historyEntries} action(s)) est vidé : il contient des versions antérieures des données effacées.`
      : '',
    backups.length > 0
      ? `${backups.length} sauvegarde(s) de cet espace de travail contiennent encore ces données : cochez « supprimer les sauvegardes » pour les effacer aussi.`
      : '',
    'Une sauvegarde est faite juste avant l’effacement ; elle est supprimée avec les autres si vous le demandez.',
    'Les copies de ce fichier faites hors de Terrain (clé USB, messagerie, sauvegarde de l’ordinateur) ne sont pas touchées.',
  ].filter(Boolean);
  return {
    personId: p.person.id,
    fullName: p.person.full_name,
    pseudonym: p.person.pseudonym,
    terms: p.terms,
    turns: p.ownTurns.size,
    mentions: p.transcripts.reduce((n, t) => n + t.mentions, 0),
    transcripts: p.transcripts.filter((t) => t.result.text !== t.text).length,
    segmentsDeleted: p.segmentDeletes.length,
    segmentsChanged: p.segmentUpdates.length,
    memosChanged: p.memoUpdates.length + p.personMemos.length + p.segmentMemosChanged,
    otherTextsChanged: p.textUpdates.length,
    links: p.links,
    historyEntries: p.historyEntries,
    backups: { count: backups.length, bytes: backupBytes, folder: ws.backupDir },
    warnings,
  };
}

/** What an erasure would remove, counted, without changing anything. */
export function previewErasure(ws: Workspace, personId: string): ErasurePreview {
  return summary(ws, plan(ws.db, personId));
}

function deleteSegment(db: Db, id: string): void {
  db.prepare('DELETE FROM observation_evidence WHERE segment_id = ?').run(id);
  db.prepare('DELETE FROM segment_codes WHERE segment_id = ?').run(id);
  db.prepare('DELETE FROM segment_projects WHERE segment_id = ?').run(id);
  db.prepare('DELETE FROM fts_segments WHERE segment_id = ?').run(id);
  db.prepare('DELETE FROM segments WHERE id = ?').run(id);
}

function applyPlan(db: Db, p: Plan): void {
  const now = nowIso();
  const indexTurn = db.prepare(
    'INSERT INTO fts_turns (body, transcript_id, turn_id, start_offset) VALUES (?, ?, ?, ?)',
  );
  for (const t of p.transcripts) {
    const text = t.result.text;
    db.prepare('UPDATE transcripts SET text = ?, updated_at = ? WHERE id = ?').run(text, now, t.id);
    db.prepare('DELETE FROM fts_turns WHERE transcript_id = ?').run(t.id);
    for (const turn of t.turns) {
      const mapped = t.result.mapRange(turn, 'turn');
      const speaker = turn.own
        ? scrub(turn.speaker, p.re) === turn.speaker
          ? turn.speaker
          : ERASED
        : scrub(turn.speaker, p.re);
      db.prepare(
        'UPDATE speaker_turns SET start_offset = ?, end_offset = ?, speaker = ?, updated_at = ? WHERE id = ?',
      ).run(mapped.start, mapped.end, speaker, now, turn.id);
      if (!turn.deleted) indexTurn.run(text.slice(mapped.start, mapped.end), t.id, turn.id, mapped.start);
    }
  }
  // Speaker labels naming the person in transcripts that were not rewritten.
  for (const turn of db.prepare('SELECT id, speaker FROM speaker_turns').all() as {
    id: string;
    speaker: string;
  }[]) {
    const s = scrub(turn.speaker, p.re);
    if (s !== turn.speaker)
      db.prepare('UPDATE speaker_turns SET speaker = ?, updated_at = ? WHERE id = ?').run(s, now, turn.id);
  }
  for (const id of p.segmentDeletes) deleteSegment(db, id);
  const updateSegment = db.prepare(
    'UPDATE segments SET start_offset = @start, end_offset = @end, quote = @quote, memo = @memo, updated_at = @now WHERE id = @id',
  );
  for (const s of p.segmentUpdates) updateSegment.run({ ...s, now });
  const updateMemo = db.prepare(
    'UPDATE memos SET title = @title, body = @body, updated_at = @now WHERE id = @id',
  );
  for (const m of p.memoUpdates) updateMemo.run({ ...m, now });
  for (const id of p.personMemos) {
    db.prepare(
      'UPDATE memos SET title = ?, body = ?, deleted_at = coalesce(deleted_at, ?), updated_at = ? WHERE id = ?',
    ).run(ERASED, ERASED, now, now, id);
  }
  for (const u of p.textUpdates) {
    const cols = Object.keys(u.values);
    db.prepare(
      `UPDATE ${u.table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`,
    ).run({
      ...u.values,
      now,
      id: u.id,
    });
  }

  const id = p.person.id;
  db.prepare('UPDATE speaker_turns SET person_id = NULL, updated_at = ? WHERE person_id = ?').run(now, id);
  db.prepare('DELETE FROM interview_participants WHERE person_id = ?').run(id);
  db.prepare('DELETE FROM person_aliases WHERE person_id = ?').run(id);
  if (tableExists(db, 'attributes')) {
    db.prepare("DELETE FROM attributes WHERE target_type IN ('person', 'people') AND target_id = ?").run(id);
  }
  if (tableExists(db, 'external_ids') && columns(db, 'external_ids').has('entity_id')) {
    db.prepare('DELETE FROM external_ids WHERE entity_id = ?').run(id);
  }
  // The record stays, emptied, so the pseudonym is never given to someone else and reports can say
  // "a person was erased"; the consent withdrawal date stays as the trace of the request.
  db.prepare(
    `UPDATE people SET full_name = ?, position = NULL, organisation_id = NULL, hierarchy_level = NULL, email = NULL,
       phone = NULL, notes = NULL, consent_scope = NULL, consent_withdrawn_at = coalesce(consent_withdrawn_at, ?),
       deleted_at = coalesce(deleted_at, ?), updated_at = ? WHERE id = ?`,
  ).run(ERASED, now.slice(0, 10), now, now, id);

  // Undo would write the erased rows back: the history goes entirely (offsets changed under it anyway).
  db.prepare('DELETE FROM history').run();
  // Deleted rows of the full-text indexes keep their words in the index until merged: merge now.
  for (const fts of ['fts_turns', 'fts_segments', 'fts_memos']) {
    if (tableExists(db, fts)) db.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('optimize')`).run();
  }
}

/**
 * Makes sure the erased text is gone from the file, not only from the tables: free pages zeroed, the file
 * rebuilt, and the WAL (which holds earlier page images) checkpointed and emptied.
 */
function purgeFreedSpace(db: Db): void {
  db.pragma('secure_delete = ON');
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('VACUUM');
    // VACUUM may renumber rows, which the evidence store points at.
    forgetEvidence(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma('secure_delete = FAST');
  }
}

/**
 * Erases a person. A backup is taken first (it holds the person's data: with purgeBackups, it is deleted
 * with every other backup of the workspace once the erasure succeeded, and a fresh backup is made).
 */
export function erasePerson(
  ws: Workspace,
  personId: string,
  options: { purgeBackups?: boolean } = {},
): ErasureReport {
  if (ws.readOnly)
    throw refusal('forbidden', 'read_only', 'Cet espace de travail est ouvert en lecture seule.');
  const db = ws.db;
  personRow(db, personId);
  const safety = backupNow(ws, 'before-erasure');
  const p = plan(db, personId);
  const preview = summary(ws, p);
  db.transaction(() => applyPlan(db, p))();
  purgeFreedSpace(db);
  let backupsDeleted = 0;
  if (options.purgeBackups) {
    backupsDeleted = deleteBackups(ws.backupDir);
    backupNow(ws, 'after-erasure');
  }
  return { ...preview, safetyBackup: safety?.name ?? null, backupsDeleted };
}
