import type { Segment } from '../shared/domain';
import { TerrainError } from '../shared/errors';
import type { Db } from './workspace';
import { record, type Recorder } from './history';
import { SEGMENT_SELECT, toSegment, type SegmentRow } from './queries/segments';

interface TranscriptText {
  id: string;
  text: string;
}

function transcriptText(db: Db, id: string): TranscriptText {
  const row = db.prepare('SELECT id, text FROM transcripts WHERE id = ? AND deleted_at IS NULL').get(id) as
    TranscriptText | undefined;
  if (!row) throw new TerrainError('not_found', 'Transcription introuvable.');
  return row;
}

/** The speaker turn a position falls in, so a verbatim knows who said it. */
function turnAt(db: Db, transcriptId: string, offset: number): string | null {
  const row = db
    .prepare(
      `SELECT id FROM speaker_turns WHERE transcript_id = ? AND deleted_at IS NULL AND start_offset <= ?
       ORDER BY start_offset DESC LIMIT 1`,
    )
    .get(transcriptId, offset) as { id: string } | undefined;
  return row?.id ?? null;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Offsets are UTF-16 units; a boundary may not split an emoji (a surrogate pair) nor leave the text. */
export function checkRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new TerrainError(
      'invalid_input',
      `Passage hors du texte (${start}–${end}, le texte fait ${text.length}).`,
    );
  }
  if (isLowSurrogate(text.charCodeAt(start)) || (end < text.length && isLowSurrogate(text.charCodeAt(end)))) {
    throw new TerrainError('invalid_input', 'Les bornes du passage coupent un caractère en deux.');
  }
  if (!text.slice(start, end).trim())
    throw new TerrainError('invalid_input', 'Le passage sélectionné est vide.');
}

function liveCodeIds(db: Db, ids: string[]): void {
  const stmt = db.prepare('SELECT 1 FROM codes WHERE id = ? AND deleted_at IS NULL');
  for (const id of ids)
    if (!stmt.get(id)) throw new TerrainError('not_found', 'Code introuvable (supprimé ?).');
}

function segmentCodeRows(db: Db, segmentId: string): { id: string; code_id: string }[] {
  return db
    .prepare('SELECT id, code_id FROM segment_codes WHERE segment_id = ? AND deleted_at IS NULL')
    .all(segmentId) as { id: string; code_id: string }[];
}

function addCodes(rec: Recorder, segmentId: string, codeIds: string[]): void {
  const present = new Set(segmentCodeRows(rec.db, segmentId).map((r) => r.code_id));
  for (const codeId of new Set(codeIds)) {
    if (!present.has(codeId)) rec.insert('segment_codes', { segment_id: segmentId, code_id: codeId });
  }
}

export function getSegment(db: Db, id: string): Segment {
  const row = db.prepare(`${SEGMENT_SELECT} WHERE s.id = ?`).get(id) as SegmentRow | undefined;
  if (!row) throw new TerrainError('not_found', 'Segment introuvable.');
  return toSegment(row);
}

function liveSegment(
  db: Db,
  id: string,
): { id: string; transcript_id: string; start_offset: number; end_offset: number } {
  const row = db
    .prepare(
      'SELECT id, transcript_id, start_offset, end_offset FROM segments WHERE id = ? AND deleted_at IS NULL',
    )
    .get(id) as { id: string; transcript_id: string; start_offset: number; end_offset: number } | undefined;
  if (!row) throw new TerrainError('not_found', 'Segment introuvable (déjà décodé ?).');
  return row;
}

/**
 * Codes a passage. Coding the very same range again adds the codes to the existing segment rather than
 * stacking a duplicate.
 */
export function codePassage(
  db: Db,
  input: { transcriptId: string; start: number; end: number; codeIds: string[]; memo?: string | null },
): Segment {
  const t = transcriptText(db, input.transcriptId);
  checkRange(t.text, input.start, input.end);
  if (input.codeIds.length === 0) throw new TerrainError('invalid_input', 'Choisissez au moins un code.');
  liveCodeIds(db, input.codeIds);
  const id = record(db, 'Coder le passage', (rec) => {
    const same = db
      .prepare(
        'SELECT id FROM segments WHERE transcript_id = ? AND start_offset = ? AND end_offset = ? AND deleted_at IS NULL',
      )
      .get(t.id, input.start, input.end) as { id: string } | undefined;
    const segmentId =
      same?.id ??
      rec.insert('segments', {
        transcript_id: t.id,
        start_offset: input.start,
        end_offset: input.end,
        quote: t.text.slice(input.start, input.end),
        memo: input.memo ?? null,
        speaker_turn_id: turnAt(db, t.id, input.start),
      });
    addCodes(rec, segmentId, input.codeIds);
    return segmentId;
  });
  return getSegment(db, id);
}

export function setSegmentCodes(
  db: Db,
  input: { segmentId: string; add?: string[]; remove?: string[] },
): Segment | null {
  const seg = liveSegment(db, input.segmentId);
  liveCodeIds(db, input.add ?? []);
  let removedSegment = false;
  record(db, input.add?.length ? 'Ajouter un code' : 'Retirer un code', (rec) => {
    addCodes(rec, seg.id, input.add ?? []);
    const remove = new Set(input.remove ?? []);
    for (const row of segmentCodeRows(db, seg.id))
      if (remove.has(row.code_id)) rec.remove('segment_codes', row.id);
    // A passage with no code left is no longer coded: it leaves the verbatims with its last code.
    if (segmentCodeRows(db, seg.id).length === 0) {
      rec.remove('segments', seg.id);
      removedSegment = true;
    }
  });
  return removedSegment ? null : getSegment(db, seg.id);
}

export function updateSegment(
  db: Db,
  input: { segmentId: string; start?: number; end?: number; memo?: string | null; important?: boolean },
): Segment {
  const seg = liveSegment(db, input.segmentId);
  const values: Record<string, unknown> = {};
  let label = 'Modifier le segment';
  if (input.start !== undefined || input.end !== undefined) {
    const t = transcriptText(db, seg.transcript_id);
    const start = input.start ?? seg.start_offset;
    const end = input.end ?? seg.end_offset;
    checkRange(t.text, start, end);
    Object.assign(values, { start_offset: start, end_offset: end, quote: t.text.slice(start, end) });
    label = 'Ajuster les bornes';
  }
  if (input.memo !== undefined) {
    values.memo = input.memo;
    label = 'Modifier le mémo';
  }
  if (input.important !== undefined) {
    values.important = input.important ? 1 : 0;
    label = input.important ? 'Marquer important' : 'Retirer « important »';
  }
  if (Object.keys(values).length > 0) record(db, label, (rec) => rec.update('segments', seg.id, values));
  return getSegment(db, seg.id);
}

/** Uncodes a passage entirely: the segment and its codes go (undo brings them back). */
export function uncodeSegment(db: Db, segmentId: string): void {
  const seg = liveSegment(db, segmentId);
  record(db, 'Décoder le passage', (rec) => {
    for (const row of segmentCodeRows(db, seg.id)) rec.remove('segment_codes', row.id);
    rec.remove('segments', seg.id);
  });
}

export function linkSegmentToProject(
  db: Db,
  input: { segmentId: string; projectId: string; linked: boolean },
): Segment {
  const seg = liveSegment(db, input.segmentId);
  if (!db.prepare('SELECT 1 FROM projects WHERE id = ? AND deleted_at IS NULL').get(input.projectId)) {
    throw new TerrainError('not_found', 'Projet introuvable.');
  }
  const existing = db
    .prepare('SELECT id FROM segment_projects WHERE segment_id = ? AND project_id = ? AND deleted_at IS NULL')
    .get(seg.id, input.projectId) as { id: string } | undefined;
  if (input.linked && !existing) {
    record(db, 'Lier au projet', (rec) => {
      rec.insert('segment_projects', { segment_id: seg.id, project_id: input.projectId });
      // The passage becomes evidence for the project's observations of the challenges it is coded with.
      const observations = db
        .prepare(
          `SELECT co.id FROM challenge_observations co JOIN segment_codes sc ON sc.code_id = co.code_id
             AND sc.segment_id = ? AND sc.deleted_at IS NULL
           WHERE co.project_id = ? AND co.deleted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM observation_evidence oe WHERE oe.observation_id = co.id
               AND oe.segment_id = ? AND oe.deleted_at IS NULL)`,
        )
        .all(seg.id, input.projectId, seg.id) as { id: string }[];
      for (const o of observations)
        rec.insert('observation_evidence', { observation_id: o.id, segment_id: seg.id });
    });
  } else if (!input.linked && existing) {
    record(db, 'Délier du projet', (rec) => {
      rec.remove('segment_projects', existing.id);
      const evidence = db
        .prepare(
          `SELECT oe.id FROM observation_evidence oe JOIN challenge_observations co ON co.id = oe.observation_id
           WHERE oe.segment_id = ? AND co.project_id = ? AND oe.deleted_at IS NULL`,
        )
        .all(seg.id, input.projectId) as { id: string }[];
      for (const e of evidence) rec.remove('observation_evidence', e.id);
    });
  }
  return getSegment(db, seg.id);
}

/** Codes many passages at once (code from search), as one action the user can undo in one go. */
export function codeRanges(
  db: Db,
  input: { codeId: string; ranges: { transcriptId: string; start: number; end: number }[] },
): { coded: number } {
  liveCodeIds(db, [input.codeId]);
  const texts = new Map<string, string>();
  for (const r of input.ranges) {
    if (!texts.has(r.transcriptId)) texts.set(r.transcriptId, transcriptText(db, r.transcriptId).text);
    checkRange(texts.get(r.transcriptId)!, r.start, r.end);
  }
  let coded = 0;
  record(db, `Coder ${input.ranges.length} passages depuis la recherche`, (rec) => {
    const same = db.prepare(
      'SELECT id FROM segments WHERE transcript_id = ? AND start_offset = ? AND end_offset = ? AND deleted_at IS NULL',
    );
    for (const r of input.ranges) {
      const existing = same.get(r.transcriptId, r.start, r.end) as { id: string } | undefined;
      const segmentId =
        existing?.id ??
        rec.insert('segments', {
          transcript_id: r.transcriptId,
          start_offset: r.start,
          end_offset: r.end,
          quote: texts.get(r.transcriptId)!.slice(r.start, r.end),
          speaker_turn_id: turnAt(db, r.transcriptId, r.start),
        });
      addCodes(rec, segmentId, [input.codeId]);
      coded++;
    }
  });
  return { coded };
}
