import type { SpeakerRole } from '../shared/domain';
import type { Db } from './workspace';
import { insertRow } from './rows';

export interface NewTurn {
  speaker: string;
  role: SpeakerRole;
  start: number;
  end: number;
  timestampMs?: number | null;
  endMs?: number | null;
  personId?: string | null;
}

export interface NewTranscript {
  interviewId: string;
  title: string;
  text: string;
  sourceName?: string | null;
  sourceFormat?: string | null;
  language?: string | null;
  turns: NewTurn[];
}

/**
 * Writes a transcript with its speaker turns and indexes each turn for search. The caller runs it inside a
 * transaction with whatever else the import writes, so a failure leaves nothing behind.
 */
export function insertTranscript(db: Db, t: NewTranscript): { transcriptId: string; turnIds: string[] } {
  const transcriptId = insertRow(db, 'transcripts', {
    interview_id: t.interviewId,
    title: t.title,
    text: t.text,
    source_name: t.sourceName ?? null,
    source_format: t.sourceFormat ?? null,
    language: t.language ?? 'fr',
  });
  const index = db.prepare(
    'INSERT INTO fts_turns (body, transcript_id, turn_id, start_offset) VALUES (?, ?, ?, ?)',
  );
  // A text without detected turns is still searchable: it is indexed as one block.
  const turns =
    t.turns.length > 0 ? t.turns : [{ speaker: '', role: 'other' as const, start: 0, end: t.text.length }];
  const turnIds = turns.map((turn, seq) => {
    const id = insertRow(db, 'speaker_turns', {
      transcript_id: transcriptId,
      seq,
      speaker: turn.speaker,
      role: turn.role,
      person_id: turn.personId ?? null,
      start_offset: turn.start,
      end_offset: turn.end,
      timestamp_ms: turn.timestampMs ?? null,
      end_ms: turn.endMs ?? null,
    });
    index.run(t.text.slice(turn.start, turn.end), transcriptId, id, turn.start);
    return id;
  });
  return { transcriptId, turnIds };
}
