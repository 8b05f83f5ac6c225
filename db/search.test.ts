import { describe, expect, it } from 'vitest';
import { codingCandidates, search, HIT_END, HIT_START } from './search';
import { codePassage, uncodeSegment } from './coding';
import { deleteInterview } from './interviews-edit';
import { insertRow } from './rows';
import { addTranscript, codeIdByKey, tempWorkspace } from '../test/support/workspace';

/** Turns P0, P1… all saying the same thing; add them in one transaction, as an import does. */
function manyTurns(n: number, speech: string): [string, string][] {
  return Array.from({ length: n }, (_, i) => [`P${i}`, speech]);
}

describe('full-text search', () => {
  it('finds accented words typed without accents, in any case', () => {
    const ws = tempWorkspace();
    addTranscript(ws, [
      ['Q', 'Et la Société savante ?'],
      ['Marie', 'La Société française de gastro-entérologie nous a aidés. Ensuite, l’établissement a suivi.'],
    ]);
    const result = search(ws.db, 'societe');
    expect(result.hits.length).toBe(2);
    expect(result.hits[0]!.snippet).toContain(`${HIT_START}Société${HIT_END}`);
    expect(search(ws.db, 'ETABLISSEMENT').hits).toHaveLength(1);
    ws.close();
  });

  it('supports phrases and prefixes', () => {
    const ws = tempWorkspace();
    addTranscript(ws, [
      ['Marie', 'Le déploiement du télésuivi a pris du temps. Le suivi à distance reste fragile.'],
    ]);
    expect(search(ws.db, '"suivi a distance"').hits).toHaveLength(1);
    expect(search(ws.db, '"distance suivi"').hits).toHaveLength(0);
    expect(search(ws.db, 'deploi*').hits).toHaveLength(1);
    expect(search(ws.db, 'deploi*').hits[0]!.snippet).toContain(`${HIT_START}déploiement${HIT_END}`);
    expect(search(ws.db, 'deploi').hits).toHaveLength(0);
    ws.close();
  });

  it('answers a clear message for a malformed query, never a crash', () => {
    const ws = tempWorkspace();
    addTranscript(ws, [['Marie', 'Texte.']]);
    expect(() => search(ws.db, '"non fermé')).toThrow(/Guillemet non fermé/);
    expect(() => search(ws.db, 'AND OR NOT')).toThrow();
    expect(() => search(ws.db, ')))(((')).toThrow(/ponctuation/);
    ws.close();
  });

  it('searches coded segments and their memos, and forgets deleted interviews', () => {
    const ws = tempWorkspace();
    const { interviewId, transcriptId, text } = addTranscript(ws, [
      ['Marie', 'Le modèle économique reste flou.'],
    ]);
    codePassage(ws.db, {
      transcriptId,
      start: text.indexOf('Le'),
      end: text.length,
      codeIds: [codeIdByKey(ws, 'business-model')],
      memo: 'Piste PECAN',
    });
    expect(search(ws.db, 'pecan').hits.map((h) => h.kind)).toEqual(['segment']);
    expect(
      search(ws.db, 'economique')
        .hits.map((h) => h.kind)
        .sort(),
    ).toEqual(['segment', 'transcript']);
    expect(search(ws.db, 'economique').total).toBe(2);
    deleteInterview(ws.db, interviewId);
    // Nothing left to show, and nothing said to be found.
    expect(search(ws.db, 'economique')).toMatchObject({ total: 0, capped: false, hits: [] });
    ws.close();
  });

  it('ranks a selective query by relevance, and a common one in document order', () => {
    const ws = tempWorkspace();
    addTranscript(ws, [
      ['Q', 'Un frein ?'],
      ['Marie', 'Le frein, le frein, toujours le frein.'],
    ]);
    expect(search(ws.db, 'frein').hits.map((h) => h.speaker)).toEqual(['Marie', 'Q']);
    // Past 500 matches ranking stops (see RANK_LIMIT): the first turns come first.
    ws.db.transaction(() => addTranscript(ws, manyTurns(500, 'Un frein.')))();
    expect(search(ws.db, 'frein', 3).hits.map((h) => h.speaker)).toEqual(['Q', 'Marie', 'P0']);
    ws.close();
  });

  it('fills the page with live hits when the first matches are in the trash', () => {
    const ws = tempWorkspace();
    // More than the ranking limit, so hits come in document order and the trashed ones come first.
    const trashed = ws.db.transaction(() =>
      addTranscript(ws, manyTurns(600, 'Le financement manque.'), 'Entretien supprimé'),
    )();
    const live = addTranscript(
      ws,
      [
        ['Marie', 'Le financement est arrivé.'],
        ['Paul', 'Quel financement ?'],
        ['Marie', 'Celui de la région.'],
      ],
      'Entretien gardé',
    );
    deleteInterview(ws.db, trashed.interviewId);
    const hits = search(ws.db, 'financement', 2).hits;
    expect(hits.map((h) => [h.interviewId, h.speaker])).toEqual([
      [live.interviewId, 'Marie'],
      [live.interviewId, 'Paul'],
    ]);
    // With room on the page, the walk meets every match and counts only the live ones.
    expect(search(ws.db, 'financement', 50).total).toBe(2);
    ws.close();
  });

  it('never shows an uncoded segment, a trashed memo or the segments of a trashed interview', () => {
    const ws = tempWorkspace();
    const kept = addTranscript(ws, [['Marie', 'Le financement est arrivé.']], 'Gardé');
    const gone = addTranscript(ws, [['Paul', 'Le financement manque.']], 'Supprimé');
    const code = codeIdByKey(ws, 'business-model');
    // Distinct ranges: coding the same range twice would reuse the first segment.
    const segment = (t: typeof kept, end: number, memo: string) =>
      codePassage(ws.db, { transcriptId: t.transcriptId, start: 0, end, codeIds: [code], memo }).id;
    const uncoded = segment(kept, 5, 'Subvention régionale');
    segment(kept, 10, 'Subvention nationale');
    segment(gone, 5, 'Subvention européenne');
    uncodeSegment(ws.db, uncoded);
    deleteInterview(ws.db, gone.interviewId);
    const memo = insertRow(ws.db, 'memos', {
      target_type: 'workspace',
      title: 'Subvention',
      body: 'À suivre.',
    });
    insertRow(ws.db, 'memos', { target_type: 'workspace', title: 'Subvention bis', body: 'Rien.' });
    ws.db.prepare('UPDATE memos SET deleted_at = ? WHERE id = ?').run('2024-01-01T00:00:00Z', memo);
    const hits = search(ws.db, 'subvention').hits;
    expect(hits.map((h) => [h.kind, h.interviewTitle])).toEqual([
      ['segment', 'Gardé'],
      ['memo', 'Subvention bis'],
    ]);
    expect(hits[0]!.snippet).toContain(`${HIT_START}Subvention${HIT_END} nationale`);
    ws.close();
  });

  it('shows transcript hits before segment hits, and counts both past a full page', () => {
    const ws = tempWorkspace();
    const { transcriptId, text } = addTranscript(ws, [['Marie', 'Le télésuivi a tout changé.']]);
    codePassage(ws.db, {
      transcriptId,
      start: 0,
      end: text.length,
      codeIds: [codeIdByKey(ws, 'business-model')],
    });
    const one = search(ws.db, 'telesuivi', 1);
    expect(one.hits.map((h) => h.kind)).toEqual(['transcript']);
    expect(one.total).toBe(2);
    expect(search(ws.db, 'telesuivi').hits.map((h) => h.kind)).toEqual(['transcript', 'segment']);
    ws.close();
  });

  it('counts up to 10,000 matches an index, and says when there are more', () => {
    const ws = tempWorkspace();
    const addMemos = (from: number, to: number) =>
      ws.db
        .prepare(
          `WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)
           INSERT INTO memos (id, created_at, updated_at, target_type, title, body)
           SELECT 'memo-' || i, '2024-01-01', '2024-01-01', 'workspace', 'Note ' || i, 'Interopérabilité.' FROM n`,
        )
        .run(from, to);
    addMemos(1, 10_000);
    const exact = search(ws.db, 'interoperabilite');
    expect([exact.total, exact.capped, exact.hits.length]).toEqual([10_000, false, 50]);
    addMemos(10_001, 10_001);
    const capped = search(ws.db, 'interoperabilite');
    expect([capped.total, capped.capped, capped.hits.length]).toEqual([10_000, true, 50]);
    ws.close();
  });

  it('offers the sentences or turns a search would code', () => {
    const ws = tempWorkspace();
    const { text } = addTranscript(ws, [
      ['Q', 'Parlez-moi de la cybersécurité.'],
      [
        'Marie',
        'La cybersécurité n’est pas un frein. Le vrai frein, c’est la DSI ! Et la cybersecurite coûte cher.',
      ],
    ]);
    const sentences = codingCandidates(ws.db, 'cybersecurite', 'sentence');
    expect(sentences.map((c) => c.text)).toEqual([
      'Parlez-moi de la cybersécurité.',
      'La cybersécurité n’est pas un frein.',
      'Et la cybersecurite coûte cher.',
    ]);
    for (const c of sentences) expect(text.slice(c.start, c.end)).toBe(c.text);
    const turns = codingCandidates(ws.db, 'frein', 'turn');
    expect(turns).toHaveLength(1);
    expect(turns[0]!.text.startsWith('La cybersécurité')).toBe(true);
    expect(turns[0]!.text.endsWith('coûte cher.')).toBe(true);
    ws.close();
  });

  it('places the passages right after emoji and combining accents in earlier turns', () => {
    const ws = tempWorkspace();
    const { text } = addTranscript(ws, [
      ['Q', 'On commence 🙂🙂 ? Le projet te\u0301le\u0301suivi, d’abord.'],
      ['Ame\u0301lie 👩‍⚕️', 'Le télésuivi a tenu. Les infirmières 🩺 ont suivi la formation.'],
    ]);
    const found = codingCandidates(ws.db, 'formation', 'sentence');
    expect(found.map((c) => c.text)).toEqual(['Les infirmières 🩺 ont suivi la formation.']);
    for (const c of [...found, ...codingCandidates(ws.db, 'suivi', 'turn')])
      expect(text.slice(c.start, c.end)).toBe(c.text);
    ws.close();
  });
});
