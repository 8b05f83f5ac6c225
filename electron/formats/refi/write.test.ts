import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { type RefiCodebook, type RefiProject, emptyProject } from './model';
import { readQdc, readQdpx } from './read';
import { schemaErrors } from './testing';
import { codebookXml, projectFiles, writeQdc, writeQdpx } from './write';

const TEXT =
  'Q : Et le DPI 🏥 ?\nMarie : Il a fallu 6 mois 😩 — « vraiment » long.\n\nQ : Merci & à bientôt <3';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

function richProject(): RefiProject {
  const p = emptyProject('Projet « essai » & co');
  p.origin = 'Terrain test';
  p.creatingUserGuid = '0191e2a4-0000-7000-8000-000000000001';
  p.creationDateTime = '2024-05-01T10:00:00Z';
  p.users = [{ guid: '0191e2a4-0000-7000-8000-000000000001', name: 'Terrain' }];
  p.codes = [
    {
      guid: '0191e2a4-0000-7000-8000-0000000000c1',
      name: 'Enjeux',
      isCodable: false,
      color: '#b03a2e',
      description: null,
      noteGuids: ['0191e2a4-0000-7000-8000-0000000000e2'],
      children: [
        {
          guid: '0191e2a4-0000-7000-8000-0000000000c2',
          name: 'Délais <longs>',
          isCodable: true,
          color: null,
          description: 'Attente\n\nInclusion : tout retard',
          noteGuids: [],
          children: [],
        },
      ],
    },
  ];
  p.variables = [
    {
      guid: '0191e2a4-0000-7000-8000-0000000000a1',
      name: 'Date de l’entretien',
      type: 'Date',
      description: null,
    },
    { guid: '0191e2a4-0000-7000-8000-0000000000a2', name: 'Âge', type: 'Integer', description: 'en années' },
  ];
  p.sources = [
    {
      guid: '0191e2a4-0000-7000-8000-0000000000d1',
      name: 'Entretien Marie',
      description: 'Notes de terrain',
      text: TEXT,
      plainTextPath: null,
      selections: [
        {
          guid: '0191e2a4-0000-7000-8000-0000000000f1',
          name: null,
          ...at('6 mois 😩 — « vraiment » long'),
          description: 'mémo du passage',
          codings: [
            {
              guid: '0191e2a4-0000-7000-8000-0000000000b1',
              codeGuid: '0191e2a4-0000-7000-8000-0000000000c2',
              creatingUser: '0191e2a4-0000-7000-8000-000000000001',
              creationDateTime: '2024-05-01T10:00:00.123Z',
              noteGuids: [],
            },
          ],
          noteGuids: ['0191e2a4-0000-7000-8000-0000000000e1'],
          creatingUser: '0191e2a4-0000-7000-8000-000000000001',
          creationDateTime: '2024-05-01T10:00:00.123Z',
        },
        {
          guid: '0191e2a4-0000-7000-8000-0000000000f2',
          name: null,
          ...at('Merci & à bientôt <3'),
          description: null,
          codings: [],
          noteGuids: [],
          creatingUser: null,
          creationDateTime: 'pas une date',
        },
      ],
      codings: [],
      noteGuids: [],
      values: [
        { variableGuid: '0191e2a4-0000-7000-8000-0000000000a1', type: 'Date', value: '2024-04-30' },
        { variableGuid: '0191e2a4-0000-7000-8000-0000000000a2', type: 'Integer', value: 'quarante' },
      ],
      creatingUser: null,
      creationDateTime: null,
      modifiedDateTime: null,
    },
  ];
  p.cases = [
    {
      guid: '0191e2a4-0000-7000-8000-0000000000aa',
      name: 'Marie',
      description: null,
      codeGuids: [],
      values: [{ variableGuid: '0191e2a4-0000-7000-8000-0000000000a2', type: 'Integer', value: '41' }],
      sourceGuids: ['0191e2a4-0000-7000-8000-0000000000d1'],
      selectionGuids: [],
    },
  ];
  p.notes = [
    {
      guid: '0191e2a4-0000-7000-8000-0000000000e1',
      name: 'Mémo',
      description: null,
      text: 'Ligne 1\r\nLigne 2',
      creatingUser: null,
      creationDateTime: null,
    },
    {
      guid: '0191e2a4-0000-7000-8000-0000000000e2',
      name: null,
      description: null,
      text: '',
      creatingUser: null,
      creationDateTime: null,
    },
  ];
  p.sets = [
    {
      guid: '0191e2a4-0000-7000-8000-0000000000ab',
      name: 'Projet : Télésuivi',
      description: null,
      codeGuids: [],
      sourceGuids: ['0191e2a4-0000-7000-8000-0000000000d1'],
      noteGuids: [],
    },
  ];
  return p;
}

describe('writing a project', () => {
  it('writes a project.qde the Project schema accepts', async () => {
    const { xml } = projectFiles(richProject());
    expect(await schemaErrors(xml, 'project')).toEqual([]);
  });

  it('writes positions in code points, and the text as UTF-8 in sources/', () => {
    const bytes = writeQdpx(richProject());
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual([
      'project.qde',
      'sources/0191e2a4-0000-7000-8000-0000000000d1.txt',
    ]);
    const text = strFromU8(files['sources/0191e2a4-0000-7000-8000-0000000000d1.txt']!);
    expect(text).toBe(TEXT);
    const xml = strFromU8(files['project.qde']!);
    const m = /startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    expect([...TEXT].slice(Number(m[1]), Number(m[2])).join('')).toBe('6 mois 😩 — « vraiment » long');
    // An invalid date is left out rather than written; an integer that is not one travels as text.
    expect(xml).not.toContain('pas une date');
    expect(xml).toContain('<TextValue>quarante</TextValue>');
  });

  it('reads back what it wrote', () => {
    const original = richProject();
    const { project, report } = readQdpx('x.qdpx', writeQdpx(original));
    expect(report).toEqual({ unplaced: [], warnings: [] });
    const s = project.sources[0]!;
    expect(s.text).toBe(TEXT);
    expect(s.offsets).toMatchObject({ unit: 'codepoint' });
    expect(s.selections.map((x) => s.text.slice(x.start, x.end))).toEqual([
      '6 mois 😩 — « vraiment » long',
      'Merci & à bientôt <3',
    ]);
    expect(s.selections[0]!.description).toBe('mémo du passage');
    expect(project.name).toBe('Projet « essai » & co');
    expect(project.codes[0]!.children[0]!.name).toBe('Délais <longs>');
    expect(project.codes[0]!.children[0]!.description).toBe('Attente\n\nInclusion : tout retard');
    expect(project.notes[0]!.text).toBe('Ligne 1\nLigne 2');
    expect(project.cases[0]!.values).toEqual([
      { variableGuid: '0191e2a4-0000-7000-8000-0000000000a2', type: 'Integer', value: '41' },
    ]);
    expect(project.sets[0]!.sourceGuids).toEqual(['0191e2a4-0000-7000-8000-0000000000d1']);
  });
});

describe('writing a codebook', () => {
  const codebook = (): RefiCodebook => ({
    origin: 'Terrain test',
    codes: richProject().codes,
    sets: [
      {
        guid: '0191e2a4-0000-7000-8000-0000000000ac',
        name: 'Ensemble',
        description: 'd',
        codeGuids: ['0191e2a4-0000-7000-8000-0000000000c2'],
        sourceGuids: [],
        noteGuids: [],
      },
    ],
  });

  it('writes a .qdc the Codebook schema accepts, and reads it back', async () => {
    expect(await schemaErrors(codebookXml(codebook()), 'codebook')).toEqual([]);
    const { codebook: back } = readQdc(writeQdc(codebook()));
    expect(back.codes[0]!.children[0]!.name).toBe('Délais <longs>');
    expect(back.sets[0]!.codeGuids).toEqual(['0191e2a4-0000-7000-8000-0000000000c2']);
  });

  it('is checked by the schema: a broken document is refused', async () => {
    const broken = codebookXml(codebook()).replace('isCodable="true"', 'isCodable="peut-être"');
    expect((await schemaErrors(broken, 'codebook')).length).toBeGreaterThan(0);
  });
});
