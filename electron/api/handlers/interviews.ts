import type { interviewsApi } from '../../../shared/api/interviews';
import { TerrainError } from '../../../shared/errors';
import { getInterview, listInterviews } from '../../../db/queries/interviews';
import { listGuides } from '../../../db/queries/guides';
import { createInterview, deleteInterview, setAxisNote, updateInterview } from '../../../db/interviews-edit';
import { record } from '../../../db/history';
import { saveGuide } from '../../../db/guides-edit';
import { importPastedText, importTranscriptFile } from '../transcript-import';
import { dbOf, type SliceHandlers } from './types';

export const interviewsHandlers: SliceHandlers<typeof interviewsApi> = {
  'interviews.list': (input, ctx) => listInterviews(dbOf(ctx), input),
  'interviews.get': (input, ctx) => getInterview(dbOf(ctx), input.id),
  'interviews.create': (input, ctx) => ({ id: createInterview(dbOf(ctx), input) }),
  'interviews.update': ({ id, ...fields }, ctx) => {
    updateInterview(dbOf(ctx), id, fields);
    return { id };
  },
  'interviews.delete': (input, ctx) => {
    deleteInterview(dbOf(ctx), input.id);
    return { id: input.id };
  },
  'interviews.setAxisNote': (input, ctx) => {
    setAxisNote(dbOf(ctx), input.id, input.axisId, input.note);
    return { id: input.id };
  },
  'guides.list': (_input, ctx) => listGuides(dbOf(ctx)),
  'guides.save': (input, ctx) => ({ id: saveGuide(dbOf(ctx), input) }),
  'transcripts.import': (input, ctx) =>
    importTranscriptFile(dbOf(ctx), {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      interviewId: input.interviewId,
      interviewerNames: input.interviewerNames,
    }),
  'transcripts.paste': (input, ctx) => importPastedText(dbOf(ctx), input),
  'transcripts.setTurnSpeaker': (input, ctx) => {
    const db = dbOf(ctx);
    if (!db.prepare('SELECT 1 FROM speaker_turns WHERE id = ? AND deleted_at IS NULL').get(input.turnId)) {
      throw new TerrainError('not_found', 'Tour de parole introuvable.');
    }
    record(db, 'Corriger le locuteur', (rec) =>
      rec.update('speaker_turns', input.turnId, { speaker: input.speaker, role: input.role }),
    );
    return { id: input.turnId };
  },
};
