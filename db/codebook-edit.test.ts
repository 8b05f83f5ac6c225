import { describe, expect, it } from 'vitest';
import { createCode, deleteCode, mergeCodes, moveCode, updateCode } from './codebook-edit';
import { exportCodebookCsv, importCodebookCsv } from './codebook-csv';
import { codeTree } from './queries/codebook';
import { codePassage } from './coding';
import { listVerbatims } from './queries/verbatims';
import { getProject, listProjects } from './queries/projects';
import { undo } from './history';
import { listTrash, restoreFromTrash } from './trash';
import { addTranscript, codeIdByKey, tempWorkspace } from '../test/support/workspace';

const node = (ws: ReturnType<typeof tempWorkspace>, id: string) => codeTree(ws.db).find((c) => c.id === id);

describe('editing the codebook', () => {
  it('creates a sub-code that takes its parent’s kind and colour, renames and recolours it', () => {
    const ws = tempWorkspace();
    const branch = codeIdByKey(ws, 'challenges');
    const id = createCode(ws.db, { parentId: branch, name: 'Pénurie de personnel' });
    expect(node(ws, id)).toMatchObject({
      kind: 'challenge',
      color: node(ws, branch)!.color,
      parentId: branch,
    });
    updateCode(ws.db, id, { name: 'Pénurie de soignants', color: '#123456', definition: 'Manque de bras.' });
    expect(node(ws, id)).toMatchObject({
      name: 'Pénurie de soignants',
      color: '#123456',
      definition: 'Manque de bras.',
    });
    ws.close();
  });

  it('moves a code under another and reorders siblings, refusing to put a code under itself', () => {
    const ws = tempWorkspace();
    const adoption = codeIdByKey(ws, 'end-user-adoption');
    const bm = codeIdByKey(ws, 'business-model');
    moveCode(ws.db, bm, adoption, 0);
    const children = codeTree(ws.db).filter((c) => c.parentId === adoption);
    expect(children[0]!.id).toBe(bm);
    expect(() => moveCode(ws.db, adoption, codeIdByKey(ws, 'adoption-health-professionals'), 0)).toThrow(
      /sous lui-même/,
    );
    undo(ws.db);
    expect(node(ws, bm)!.parentId).toBe(codeIdByKey(ws, 'challenges'));
    ws.close();
  });

  it('merges two codes without losing a coding or an observation', () => {
    const ws = tempWorkspace({ demo: true });
    const source = codeIdByKey(ws, 'technology-understanding');
    const target = codeIdByKey(ws, 'ecosystem-understanding');
    const before =
      listVerbatims(ws.db, { codeId: source }).total + listVerbatims(ws.db, { codeId: target }).total;
    const both = listVerbatims(ws.db).rows.filter(
      (r) => r.codeIds.includes(source) && r.codeIds.includes(target),
    ).length;
    const octopize = listProjects(ws.db).find((p) => p.name.startsWith('Octopize'))!;
    const observationsBefore = getProject(ws.db, octopize.id).observations.length;
    mergeCodes(ws.db, source, target);
    expect(node(ws, source)).toBeUndefined();
    expect(listVerbatims(ws.db, { codeId: target }).total).toBe(before - both);
    // Both observations now point at the target: the project keeps its count of observations.
    const after = getProject(ws.db, octopize.id).observations;
    expect(after).toHaveLength(observationsBefore);
    expect(after.filter((o) => o.codeId === target)).toHaveLength(2);
    undo(ws.db);
    expect(node(ws, source)).toBeDefined();
    expect(listVerbatims(ws.db, { codeId: source }).total).toBeGreaterThan(0);
    ws.close();
  });

  it('deletes a code used by 500 segments to the trash, and undo brings every coding back', () => {
    const ws = tempWorkspace();
    const code = createCode(ws.db, { parentId: null, name: 'Très utilisé' });
    const words = Array.from({ length: 500 }, (_, i) => `mot${i}`).join(' ');
    const { transcriptId, text } = addTranscript(ws, [['Marie', words]]);
    for (let i = 0; i < 500; i++) {
      const start = text.indexOf(`mot${i} `) >= 0 ? text.indexOf(`mot${i} `) : text.lastIndexOf(`mot${i}`);
      codePassage(ws.db, { transcriptId, start, end: start + `mot${i}`.length, codeIds: [code] });
    }
    expect(listVerbatims(ws.db, { codeId: code }).total).toBe(500);
    expect(deleteCode(ws.db, code)).toEqual({ codes: 1, codings: 500 });
    expect(node(ws, code)).toBeUndefined();
    expect(listVerbatims(ws.db).total).toBe(0);
    undo(ws.db);
    expect(listVerbatims(ws.db, { codeId: code }).total).toBe(500);
    ws.close();
  });

  it('exports the codebook as CSV and imports an edited copy: updates, creations and bad lines reported', () => {
    const ws = tempWorkspace();
    const csv = exportCodebookCsv(ws.db);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,chemin,nom,nom_en,couleur,definition,inclusion,exclusion,exemple,cle_taxonomie',
    );
    expect(lines.length - 1).toBe(codeTree(ws.db).length);
    const edited =
      'nom;chemin;couleur;cle_taxonomie\r\n' +
      'Modèle économique;Enjeux du déploiement;#aa0000;business-model\r\n' +
      'Coût des licences;Enjeux du déploiement > Modèle économique;;\r\n' +
      'Orphelin;Branche inconnue;;\r\n' +
      'Mauvaise couleur;;rouge;\r\n' +
      ';;;\r\n';
    const report = importCodebookCsv(ws.db, edited);
    expect(report.updated).toBe(1);
    expect(report.created).toBe(1);
    expect(report.errors).toEqual([
      { line: 4, message: 'Code parent introuvable : « Branche inconnue ».' },
      { line: 5, message: 'Couleur invalide « rouge » (attendu #RRGGBB).' },
    ]);
    const bm = node(ws, codeIdByKey(ws, 'business-model'))!;
    expect(bm).toMatchObject({ name: 'Modèle économique', color: '#aa0000' });
    expect(codeTree(ws.db).find((c) => c.name === 'Coût des licences')!.parentId).toBe(bm.id);
    ws.close();
  });
});

describe('the trash', () => {
  it('lists a deleted code once with its sub-codes and restores them together', () => {
    const ws = tempWorkspace();
    const adoption = codeIdByKey(ws, 'end-user-adoption');
    deleteCode(ws.db, adoption);
    const trash = listTrash(ws.db);
    expect(trash.map((t) => t.label)).toEqual(["Adoption par l'utilisateur final"]);
    restoreFromTrash(ws.db, 'code', adoption);
    expect(codeTree(ws.db).filter((c) => c.parentId === adoption)).toHaveLength(3);
    expect(listTrash(ws.db)).toEqual([]);
    ws.close();
  });
});
