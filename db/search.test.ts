import { describe, expect, it } from 'vitest';
import { codingCandidates, search, HIT_END, HIT_START } from './search';
import { codePassage } from './coding';
import { deleteInterview } from './interviews-edit';
import { addTranscript, codeIdByKey, tempWorkspace } from '../test/support/workspace';

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
    deleteInterview(ws.db, interviewId);
    expect(search(ws.db, 'economique').hits).toHaveLength(0);
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
});
