import path from 'node:path';
import { createWorkspace } from '../../db/create';
import type { Workspace } from '../../db/workspace';
import { insertTranscript } from '../../db/transcripts';
import { insertRow } from '../../db/rows';
import { tempDir } from './temp';

/** A real workspace file in a temporary folder: the demo, or an empty one with the seeded codebook. */
export function tempWorkspace(options: { demo?: boolean } = {}): Workspace {
  return createWorkspace(path.join(tempDir(), 'ws.terrain'), options);
}

export function codeIdByKey(ws: Workspace, key: string): string {
  return (
    ws.db.prepare('SELECT id FROM codes WHERE taxonomy_key = ? AND deleted_at IS NULL').get(key) as {
      id: string;
    }
  ).id;
}

/** One interview with one transcript made of the given turns ("Speaker : speech" paragraphs). */
export function addTranscript(
  ws: Workspace,
  turns: [string, string][],
  title = 'Entretien test',
): { interviewId: string; transcriptId: string; text: string } {
  const interviewId = insertRow(ws.db, 'interviews', { title, status: 'transcribed', date: '2023-05-01' });
  let text = '';
  const laid = turns.map(([speaker, speech]) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += `${speaker} : ${speech}`;
    return {
      speaker,
      role: speaker.startsWith('Q') ? ('interviewer' as const) : ('interviewee' as const),
      start,
      end: text.length,
    };
  });
  const { transcriptId } = insertTranscript(ws.db, { interviewId, title, text, turns: laid });
  return { interviewId, transcriptId, text };
}
