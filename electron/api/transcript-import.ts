import path from 'node:path';
import type { ImportResult } from '../../shared/api';
import { TerrainError } from '../../shared/errors';
import type { Db } from '../../db/workspace';
import { insertRow } from '../../db/rows';
import { insertTranscript } from '../../db/transcripts';
import { ImportError, parsePastedText, parseTranscript, type ParsedTranscript } from '../formats';

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Writes one parsed transcript: into the given interview, or into a new interview named after the file.
 * One transaction: a failure leaves nothing of this file in the workspace.
 */
function store(
  db: Db,
  fileName: string,
  parsed: ParsedTranscript,
  interviewId: string | undefined,
): ImportResult {
  const result = db.transaction(() => {
    let iid = interviewId;
    if (iid) {
      const row = db.prepare('SELECT status FROM interviews WHERE id = ? AND deleted_at IS NULL').get(iid) as
        { status: string } | undefined;
      if (!row) throw new TerrainError('not_found', 'Entretien introuvable.');
      if (row.status === 'planned' || row.status === 'conducted') {
        db.prepare("UPDATE interviews SET status = 'transcribed', updated_at = ? WHERE id = ?").run(
          new Date().toISOString(),
          iid,
        );
      }
    } else {
      const guide = db
        .prepare('SELECT id FROM interview_guides WHERE is_default = 1 AND deleted_at IS NULL')
        .get() as { id: string } | undefined;
      iid = insertRow(db, 'interviews', {
        title: path.parse(fileName).name,
        status: 'transcribed',
        guide_id: guide?.id ?? null,
      });
    }
    const interviewees = db
      .prepare(
        "SELECT person_id FROM interview_participants WHERE interview_id = ? AND role = 'interviewee' AND deleted_at IS NULL",
      )
      .all(iid) as { person_id: string }[];
    const soleInterviewee = interviewees.length === 1 ? interviewees[0]!.person_id : null;
    const { transcriptId } = insertTranscript(db, {
      interviewId: iid,
      title: fileName,
      text: parsed.text,
      sourceName: fileName,
      sourceFormat: parsed.format,
      turns: parsed.turns.map((t) => ({
        speaker: t.speaker ?? '',
        role: t.role,
        start: t.start,
        end: t.end,
        timestampMs: t.timestampMs,
        endMs: t.endMs,
        personId: t.role === 'interviewee' ? soleInterviewee : null,
      })),
    });
    return { interviewId: iid, transcriptId };
  })();
  return {
    fileName,
    ok: true,
    ...result,
    format: parsed.format,
    encoding: parsed.encoding,
    turns: parsed.turns.length,
    words: words(parsed.text),
    warnings: parsed.warnings,
  };
}

function refused(fileName: string, err: unknown): ImportResult {
  if (err instanceof ImportError) return { fileName, ok: false, reason: err.reason };
  if (err instanceof TerrainError) return { fileName, ok: false, reason: err.message };
  throw err;
}

export function importTranscriptFile(
  db: Db,
  input: { fileName: string; bytes: Uint8Array; interviewId?: string; interviewerNames?: string[] },
): ImportResult {
  try {
    const parsed = parseTranscript(input.fileName, input.bytes, { interviewerNames: input.interviewerNames });
    return store(db, input.fileName, parsed, input.interviewId);
  } catch (err) {
    return refused(input.fileName, err);
  }
}

export function importPastedText(
  db: Db,
  input: { interviewId: string; text: string; title?: string; interviewerNames?: string[] },
): ImportResult {
  const name = input.title?.trim() || 'Texte collé';
  try {
    const parsed = parsePastedText(input.text, { interviewerNames: input.interviewerNames });
    return store(db, name, parsed, input.interviewId);
  } catch (err) {
    return refused(name, err);
  }
}
