import { describe, expect, it } from 'vitest';
import {
  codePassage,
  setSegmentCodes,
  uncodeSegment,
  updateSegment,
  codeRanges,
  linkSegmentToProject,
} from './coding';
import { historyState, redo, undo } from './history';
import { getInterview } from './queries/interviews';
import { listVerbatims } from './queries/verbatims';
import { addTranscript, codeIdByKey, tempWorkspace } from '../test/support/workspace';
import { getProject, listProjects } from './queries/projects';

const speech =
  'Au début, personne ne voulait du nouvel outil. Les infirmières ont changé d’avis après la formation. Le DSI bloquait tout.';

describe('coding passages', () => {
  it('codes a passage, stores its quote at its offsets, and shows it in the verbatims', () => {
    const ws = tempWorkspace();
    const { transcriptId, text } = addTranscript(ws, [
      ['Q', 'Comment cela s’est-il passé ?'],
      ['Marie', speech],
    ]);
    const start = text.indexOf('Les infirmières');
    const end = text.indexOf('formation.') + 'formation.'.length;
    const adoption = codeIdByKey(ws, 'adoption-health-professionals');
    const seg = codePassage(ws.db, { transcriptId, start, end, codeIds: [adoption] });
    expect(seg.quote).toBe('Les infirmières ont changé d’avis après la formation.');
    const parent = codeIdByKey(ws, 'end-user-adoption');
    // Filtering on the parent challenge finds the passage coded with its child.
    const rows = listVerbatims(ws.db, { codeId: parent }).rows;
    expect(rows.map((r) => r.quote)).toEqual([seg.quote]);
    ws.close();
  });

  it('keeps overlapping segments apart and lets each be uncoded', () => {
    const ws = tempWorkspace();
    const { interviewId, transcriptId, text } = addTranscript(ws, [['Marie', speech]]);
    const a = codePassage(ws.db, {
      transcriptId,
      start: text.indexOf('Au début'),
      end: text.indexOf('formation.') + 10,
      codeIds: [codeIdByKey(ws, 'adoption-health-establishments')],
    });
    const b = codePassage(ws.db, {
      transcriptId,
      start: text.indexOf('Les infirmières'),
      end: text.length,
      codeIds: [codeIdByKey(ws, 'data-interoperability-privacy-security'), codeIdByKey(ws, 'business-model')],
    });
    expect(b.codeIds).toHaveLength(2);
    const t = getInterview(ws.db, interviewId).transcripts[0]!;
    expect(t.segments.map((s) => s.id)).toEqual([a.id, b.id]);
    uncodeSegment(ws.db, a.id);
    expect(listVerbatims(ws.db).rows.map((r) => r.segmentId)).toEqual([b.id]);
    ws.close();
  });

  it('undoes and redoes every coding action, in order', () => {
    const ws = tempWorkspace();
    const { transcriptId, text } = addTranscript(ws, [['Marie', speech]]);
    const codeA = codeIdByKey(ws, 'business-model');
    const codeB = codeIdByKey(ws, 'clinical-validation');
    const seg = codePassage(ws.db, { transcriptId, start: 0, end: text.indexOf('.') + 1, codeIds: [codeA] });
    setSegmentCodes(ws.db, { segmentId: seg.id, add: [codeB] });
    updateSegment(ws.db, { segmentId: seg.id, memo: 'Résistance initiale', important: true });
    expect(historyState(ws.db).undoLabel).toBe('Marquer important');

    expect(undo(ws.db)).toBe('Marquer important');
    let rows = listVerbatims(ws.db).rows;
    expect(rows[0]!.codeIds.sort()).toEqual([codeA, codeB].sort());
    expect(undo(ws.db)).toBe('Ajouter un code');
    expect(listVerbatims(ws.db).rows[0]!.codeIds).toEqual([codeA]);
    expect(undo(ws.db)).toBe('Coder le passage');
    expect(listVerbatims(ws.db).total).toBe(0);
    expect(historyState(ws.db).canUndo).toBe(false);

    expect(redo(ws.db)).toBe('Coder le passage');
    expect(redo(ws.db)).toBe('Ajouter un code');
    rows = listVerbatims(ws.db).rows;
    expect(rows[0]!.codeIds.sort()).toEqual([codeA, codeB].sort());
    expect(redo(ws.db)).toBe('Marquer important');
    expect(redo(ws.db)).toBeNull();
    ws.close();
  });

  it('drops the redo branch when a new action follows an undo', () => {
    const ws = tempWorkspace();
    const { transcriptId } = addTranscript(ws, [['Marie', speech]]);
    const code = codeIdByKey(ws, 'business-model');
    codePassage(ws.db, { transcriptId, start: 0, end: 9, codeIds: [code] });
    undo(ws.db);
    expect(historyState(ws.db).canRedo).toBe(true);
    codePassage(ws.db, { transcriptId, start: 10, end: 20, codeIds: [code] });
    expect(historyState(ws.db).canRedo).toBe(false);
    ws.close();
  });

  it('keeps offsets right with emoji, combining accents and CRLF line endings', () => {
    const ws = tempWorkspace();
    // e + U+0301 is "é" as two code units; 👩‍⚕️ is five; CRLF is two.
    const tricky = 'L’infirme\u0301re 👩‍⚕️ a dit :\r\nle te\u0301le\u0301suivi 🏥 marche.\r\nFin.';
    const { transcriptId, text } = addTranscript(ws, [['Marie', tricky]]);
    const start = text.indexOf('le te\u0301le\u0301suivi');
    const end = text.indexOf('marche.') + 'marche.'.length;
    const seg = codePassage(ws.db, {
      transcriptId,
      start,
      end,
      codeIds: [codeIdByKey(ws, 'business-model')],
    });
    expect(seg.quote).toBe('le te\u0301le\u0301suivi 🏥 marche.');
    expect(text.slice(seg.start, seg.end)).toBe(seg.quote);
    // A boundary inside the hospital emoji's surrogate pair is refused, not stored.
    const emoji = text.indexOf('🏥');
    expect(() =>
      codePassage(ws.db, {
        transcriptId,
        start: emoji + 1,
        end: end,
        codeIds: [codeIdByKey(ws, 'business-model')],
      }),
    ).toThrow(/coupent un caractère/);
    ws.close();
  });

  it('refuses a passage outside the text or without codes', () => {
    const ws = tempWorkspace();
    const { transcriptId, text } = addTranscript(ws, [['Marie', speech]]);
    const code = codeIdByKey(ws, 'business-model');
    expect(() =>
      codePassage(ws.db, { transcriptId, start: 5, end: text.length + 1, codeIds: [code] }),
    ).toThrow(/hors du texte/);
    expect(() => codePassage(ws.db, { transcriptId, start: 5, end: 5, codeIds: [code] })).toThrow(
      /hors du texte/,
    );
    expect(() => codePassage(ws.db, { transcriptId, start: 0, end: 5, codeIds: [] })).toThrow(
      /au moins un code/,
    );
    expect(listVerbatims(ws.db).total).toBe(0);
    ws.close();
  });

  it('codes every passage found by a search as one undoable action', () => {
    const ws = tempWorkspace();
    const { transcriptId, text } = addTranscript(ws, [['Marie', speech]]);
    const code = codeIdByKey(ws, 'adoption-health-professionals');
    const ranges = [
      { transcriptId, start: text.indexOf('Au début'), end: text.indexOf('outil.') + 6 },
      { transcriptId, start: text.indexOf('Le DSI'), end: text.length },
    ];
    expect(codeRanges(ws.db, { codeId: code, ranges })).toEqual({ coded: 2 });
    expect(listVerbatims(ws.db).total).toBe(2);
    undo(ws.db);
    expect(listVerbatims(ws.db).total).toBe(0);
    ws.close();
  });

  it('links a passage to a project as evidence of the project’s matching challenge', () => {
    const ws = tempWorkspace({ demo: true });
    const project = listProjects(ws.db).find((p) => p.name.startsWith('DirectoSanté'))!;
    const { transcriptId, text } = addTranscript(ws, [['Marie', speech]]);
    const seg = codePassage(ws.db, {
      transcriptId,
      start: 0,
      end: text.length,
      codeIds: [codeIdByKey(ws, 'business-model')],
    });
    linkSegmentToProject(ws.db, { segmentId: seg.id, projectId: project.id, linked: true });
    expect(getProject(ws.db, project.id).observations).toHaveLength(0);
    const octopize = listProjects(ws.db).find((p) => p.name.startsWith('Octopize'))!;
    const seg2 = codePassage(ws.db, {
      transcriptId,
      start: 0,
      end: 10,
      codeIds: [codeIdByKey(ws, 'ecosystem-understanding')],
    });
    const before = getProject(ws.db, octopize.id).observations.find(
      (o) => o.challengeKey === 'ecosystem-understanding',
    )!.evidence.length;
    linkSegmentToProject(ws.db, { segmentId: seg2.id, projectId: octopize.id, linked: true });
    const after = getProject(ws.db, octopize.id).observations.find(
      (o) => o.challengeKey === 'ecosystem-understanding',
    )!.evidence;
    expect(after.length).toBe(before + 1);
    expect(after.some((e) => e.segmentId === seg2.id)).toBe(true);
    ws.close();
  });
});
