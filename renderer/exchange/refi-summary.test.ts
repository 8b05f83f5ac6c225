import { describe, expect, it } from 'vitest';
import type { RefiPreview } from '../../shared/api/refi';
import { bytesToBase64 } from '../lib/base64';
import { READ_CHUNK, readFileBase64 } from './read-file';
import {
  isRefiFile,
  menuCommand,
  suggestedWorkspacePath,
  summariseRefi,
  withTerrainExtension,
  workspaceStem,
} from './refi-summary';

const totals = {
  codesAdded: 2,
  codesMerged: 2,
  interviews: 1,
  segments: 3,
  codings: 4,
  memos: 0,
  people: 0,
  organisations: 0,
  projects: 1,
  attributes: 0,
  users: 1,
};

const source = (action: 'add' | 'merge', selections: number, segments: number, codings: number) => ({
  guid: `g-${action}`,
  name: action,
  action,
  characters: 100,
  selections,
  codings,
  newSegments: segments,
  newCodings: codings,
  positions: 'points de code Unicode',
  speakerTurns: 2,
});

const preview: RefiPreview = {
  kind: 'qdpx',
  fileName: 'demo.qdpx',
  projectName: 'demo',
  origin: 'NVivo',
  codes: [
    { guid: '1', name: 'a', path: ['a'], action: 'add' },
    { guid: '2', name: 'b', path: ['a', 'b'], action: 'add' },
    { guid: '3', name: 'c', path: ['c'], action: 'merge-guid', targetId: 'x', targetName: 'C' },
    { guid: '4', name: 'd', path: ['d'], action: 'merge-name', targetId: 'y', targetName: 'D' },
  ],
  sources: [source('add', 5, 3, 4), source('merge', 2, 0, 0)],
  cases: [
    { guid: 'c1', name: 'P1', action: 'new-person', sources: 1 },
    { guid: 'c2', name: 'P2', action: 'new-person', sources: 1 },
    { guid: 'c3', name: 'Site', action: 'attributes', sources: 2 },
  ],
  sets: [{ guid: 's1', name: 'Projet', action: 'new-project', members: 2 }],
  totals,
  unplaced: [],
  warnings: [],
};

describe('REFI-QDA previews', () => {
  it('count codes by what they become, and sources, selections and codings', () => {
    expect(summariseRefi(preview)).toEqual({
      codes: { added: 2, mergedGuid: 1, mergedName: 1 },
      sources: { added: 1, merged: 1 },
      selections: 7,
      segments: 3,
      codings: 4,
      cases: { 'new-person': 2, attributes: 1 },
      sets: { 'new-project': 1 },
    });
  });

  it('recognise the files they read', () => {
    expect(isRefiFile('Projet.QDPX')).toBe(true);
    expect(isRefiFile('codes.qdc ')).toBe(true);
    expect(isRefiFile('notes.docx')).toBe(false);
  });
});

describe('a new workspace for an import', () => {
  it('is named after the file, in the workspaces folder', () => {
    expect(workspaceStem('C:\\Users\\ana\\Entretiens CHU (v2).qdpx')).toBe('entretiens-chu-v2');
    expect(workspaceStem('.qdpx')).toBe('import-refi');
    expect(suggestedWorkspacePath('/home/ana/Terrain', 'Société.qdpx')).toBe(
      '/home/ana/Terrain/societe.terrain',
    );
    expect(suggestedWorkspacePath('C:\\Terrain\\', 'a.qdc')).toBe('C:\\Terrain\\a.terrain');
    expect(suggestedWorkspacePath(undefined, 'a.qdc')).toBe('a.terrain');
  });

  it('gets the .terrain extension when the user left it out', () => {
    expect(withTerrainExtension(' /tmp/essai ')).toBe('/tmp/essai.terrain');
    expect(withTerrainExtension('/tmp/essai.TERRAIN')).toBe('/tmp/essai.TERRAIN');
  });
});

describe('menu commands', () => {
  it('are read from the terrain:menu event', () => {
    expect(menuCommand(new CustomEvent('terrain:menu', { detail: 'import-refi' }))).toBe('import');
    expect(menuCommand(new CustomEvent('terrain:menu', { detail: 'export-refi' }))).toBe('export');
    expect(menuCommand(new CustomEvent('terrain:menu', { detail: 'quit' }))).toBeNull();
  });
});

describe('reading a file in pieces', () => {
  it('gives the base64 of the whole, and stops when cancelled', async () => {
    const bytes = new Uint8Array(READ_CHUNK * 2 + 7).map((_, i) => (i * 31) % 256);
    const blob = new Blob([bytes]);
    expect(await readFileBase64(blob)).toBe(bytesToBase64(bytes));
    let calls = 0;
    expect(await readFileBase64(blob, { cancelled: () => ++calls > 1 })).toBeNull();
    expect(await readFileBase64(new Blob([]))).toBe('');
  });
});
