import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import type { Workspace } from '../workspace';
import { insertRow } from '../rows';
import { tempWorkspace } from '../../test/support/workspace';
import {
  readQdpx,
  readRefiFile,
  writeQdc,
  writeQdpx,
  flattenCodes,
  type RefiProject,
} from '../../electron/formats/refi';
import { SAMPLES, qdeOf, sample, schemaErrors, zipOf } from '../../electron/formats/refi/testing';
import { importRefi, previewRefi } from './import';
import { buildRefiCodebook, buildRefiProject } from './export';
import { findByGuid } from './external-ids';
import { search } from '../search';

const count = (ws: Workspace, sql: string, ...params: unknown[]) =>
  (ws.db.prepare(sql).get(...params) as { n: number }).n;

const TABLES = [
  'codes',
  'interviews',
  'transcripts',
  'speaker_turns',
  'segments',
  'segment_codes',
  'memos',
  'people',
  'organisations',
  'projects',
  'interview_participants',
  'interview_projects',
  'attributes',
  'external_ids',
] as const;

function tableCounts(ws: Workspace): Record<(typeof TABLES)[number], number> {
  return Object.fromEntries(TABLES.map((t) => [t, count(ws, `SELECT count(*) AS n FROM ${t}`)])) as Record<
    (typeof TABLES)[number],
    number
  >;
}

function importFile(ws: Workspace, name: string, bytes: Uint8Array) {
  return importRefi(ws.db, name, readRefiFile(name, bytes));
}

function exportQdpx(ws: Workspace, interviewIds?: string[]) {
  const { project, stats } = buildRefiProject(ws.db, { name: 'essai', origin: 'Terrain test', interviewIds });
  return { bytes: writeQdpx(project), stats };
}

/** Every segment's stored quote equals its transcript's text between its offsets. */
function expectQuotesMatchText(ws: Workspace): void {
  const rows = ws.db
    .prepare(
      `SELECT s.quote, s.start_offset AS s, s.end_offset AS e, t.text FROM segments s JOIN transcripts t ON t.id = s.transcript_id
       WHERE s.deleted_at IS NULL`,
    )
    .all() as { quote: string; s: number; e: number; text: string }[];
  for (const r of rows) expect(r.text.slice(r.s, r.e)).toBe(r.quote);
}

/** What must survive a round trip, in an order-independent form. */
function digest(bytes: Uint8Array) {
  const { project, report } = readQdpx('x.qdpx', bytes);
  expect(report.unplaced).toEqual([]);
  const variableName = new Map(project.variables.map((v) => [v.guid, `${v.name}:${v.type}:${v.guid}`]));
  const values = (vs: RefiProject['sources'][number]['values']) =>
    vs.map((v) => `${variableName.get(v.variableGuid)}=${v.value}`).sort();
  const codes = (list: RefiProject['codes']): unknown[] =>
    list.map((c) => ({
      guid: c.guid,
      name: c.name,
      color: c.color,
      description: c.description,
      isCodable: c.isCodable,
      notes: c.noteGuids.length,
      children: codes(c.children),
    }));
  const byGuid = <T extends { guid: string }>(xs: T[]) =>
    [...xs].sort((a, b) => a.guid.localeCompare(b.guid));
  return {
    name: project.name,
    codes: codes(project.codes),
    variables: [...variableName.values()].sort(),
    sources: byGuid(project.sources).map((s) => ({
      guid: s.guid,
      name: s.name,
      description: s.description,
      text: s.text,
      values: values(s.values),
      notes: s.noteGuids.length,
      selections: byGuid(s.selections).map((sel) => ({
        guid: sel.guid,
        text: s.text.slice(sel.start, sel.end),
        description: sel.description,
        notes: sel.noteGuids.sort(),
        codings: sel.codings.map((c) => `${c.guid}>${c.codeGuid}`).sort(),
      })),
    })),
    cases: byGuid(project.cases).map((c) => ({
      guid: c.guid,
      name: c.name,
      values: values(c.values),
      sources: [...c.sourceGuids].sort(),
    })),
    sets: byGuid(project.sets).map((s) => ({
      guid: s.guid,
      name: s.name,
      description: s.description,
      sources: [...s.sourceGuids].sort(),
      codes: [...s.codeGuids].sort(),
    })),
    notes: byGuid(project.notes).map((n) => ({ guid: n.guid, name: n.name, text: n.text })),
    projectNotes: [...project.noteGuids].sort(),
  };
}

describe('importing the sample projects', () => {
  it.each(SAMPLES)(
    '%s imports whole: as many codes and codings as its XML, every passage on its text',
    (name) => {
      const ws = tempWorkspace();
      const bytes = sample(name);
      const xml = qdeOf(bytes);
      const xmlCodes = (xml.match(/<Code\s/g) ?? []).length;
      const xmlCodings = (xml.match(/<Coding\s/g) ?? []).length;
      const before = tableCounts(ws);
      const report = importFile(ws, name, bytes);
      expect(report.unplaced).toEqual([]);
      expect(report.codes).toHaveLength(xmlCodes);
      expect(report.totals.codesAdded + report.totals.codesMerged).toBe(xmlCodes);
      expect(report.totals.codings).toBe(xmlCodings);
      const after = tableCounts(ws);
      expect(after.codes - before.codes).toBe(report.totals.codesAdded);
      expect(after.segment_codes - before.segment_codes).toBe(xmlCodings);
      expect(after.interviews - before.interviews).toBe(report.sources.length);
      // Every code of the file is found again by its GUID.
      const { project } = readQdpx(name, bytes);
      for (const { code } of flattenCodes(project.codes))
        expect(findByGuid(ws.db, 'code', code.guid)).not.toBeNull();
      expectQuotesMatchText(ws);
      ws.close();
    },
  );

  it('NVivo: 303 codings on 188 distinct passages, placed by UTF-16 units, hierarchy and descriptions kept', () => {
    const ws = tempWorkspace();
    const report = importFile(ws, 'nvivo.qdpx', sample('nvivo-win-12.6-oltas0517.qdpx'));
    expect(report.totals).toMatchObject({ codesAdded: 152, codings: 303, segments: 188, interviews: 2 });
    expect(report.sources.map((s) => [s.name, s.positions])).toEqual([
      ['videos_selection', 'unités UTF-16, CRLF compté pour deux caractères'],
      ['videos_10_selected', 'unités UTF-16, CRLF compté pour deux caractères'],
    ]);
    const code = ws.db
      .prepare(
        "SELECT c.definition, p.name AS parent FROM codes c JOIN codes p ON p.id = c.parent_id WHERE c.name = 'COVID'",
      )
      .get();
    expect(code).toEqual({ definition: null, parent: '1. Oltás típusa' });
    expect(ws.db.prepare("SELECT definition FROM codes WHERE name = '1. Oltás típusa'").get()).toEqual({
      definition: 'COVID vay nem COVID',
    });
    const seg = ws.db
      .prepare(
        "SELECT s.quote FROM segments s JOIN segment_codes sc ON sc.segment_id = s.id JOIN codes c ON c.id = sc.code_id WHERE c.name = 'piros' ORDER BY s.start_offset LIMIT 1",
      )
      .get() as { quote: string };
    expect(seg.quote.startsWith('Senkit nem lehet kötelezni oltásra')).toBe(true);
    expect(
      count(
        ws,
        "SELECT count(*) AS n FROM interviews WHERE title = 'videos_10_selected' AND status = 'coded'",
      ),
    ).toBe(1);
    // The imported text is searchable, without accents.
    expect(search(ws.db, 'kotelezni').total).toBeGreaterThan(0);
    ws.close();
  });

  it('qualitative-coding: speaker turns detected, segments tied to their turn', () => {
    const ws = tempWorkspace();
    importFile(ws, 'qc.qdpx', sample('qualitative-coding-demo.qdpx'));
    expect(
      count(ws, "SELECT count(*) AS n FROM speaker_turns WHERE speaker LIKE 'Speaker%'"),
    ).toBeGreaterThan(10);
    expect(count(ws, 'SELECT count(*) AS n FROM segments WHERE speaker_turn_id IS NULL')).toBe(0);
    ws.close();
  });
});

describe('preview and transaction', () => {
  it('previews exactly what the import then writes, writing nothing itself', () => {
    const ws = tempWorkspace({ demo: true });
    const file = readRefiFile('qc.qdpx', sample('qualitative-coding-demo.qdpx'));
    const before = tableCounts(ws);
    const preview = previewRefi(ws.db, 'qc.qdpx', file);
    expect(tableCounts(ws)).toEqual(before);
    const report = importRefi(ws.db, 'qc.qdpx', file);
    const { interviewIds, ...rest } = report;
    expect(interviewIds).toHaveLength(2);
    expect(rest.totals).toEqual(preview.totals);
    expect(rest.codes.map((c) => c.action)).toEqual(preview.codes.map((c) => c.action));
    ws.close();
  });

  it('leaves nothing half-written when the import fails', () => {
    const ws = tempWorkspace();
    ws.db.exec("CREATE TRIGGER boom BEFORE INSERT ON segment_codes BEGIN SELECT RAISE(ABORT, 'panne'); END;");
    const before = tableCounts(ws);
    expect(() => importFile(ws, 'qc.qdpx', sample('qualitative-coding-demo.qdpx'))).toThrow(/panne/);
    expect(tableCounts(ws)).toEqual(before);
    ws.close();
  });

  it('merges a second import of the same project: nothing is added twice', () => {
    const ws = tempWorkspace();
    importFile(ws, 'qc.qdpx', sample('qualitative-coding-demo.qdpx'));
    const before = tableCounts(ws);
    const again = importFile(ws, 'qc.qdpx', sample('qualitative-coding-demo.qdpx'));
    expect(again.totals).toMatchObject({
      codesAdded: 0,
      codesMerged: 262,
      interviews: 0,
      segments: 0,
      codings: 0,
    });
    expect(again.sources.every((s) => s.action === 'merge')).toBe(true);
    expect(again.codes.every((c) => c.action === 'merge-guid')).toBe(true);
    expect(tableCounts(ws)).toEqual(before);
    ws.close();
  });
});

describe('importing a codebook', () => {
  it('merges codes by GUID, then by name, and adds the rest', () => {
    const ws = tempWorkspace();
    const seeded = ws.db.prepare("SELECT id, name FROM codes WHERE taxonomy_key = 'challenges'").get() as {
      id: string;
      name: string;
    };
    const child = ws.db
      .prepare('SELECT id, name FROM codes WHERE parent_id = ? ORDER BY sort_order LIMIT 1')
      .get(seeded.id) as {
      id: string;
      name: string;
    };
    const qdc = writeQdc({
      origin: 'ATLAS.ti',
      codes: [
        {
          guid: 'aaaaaaaa-0000-4000-8000-000000000001',
          name: seeded.name,
          isCodable: false,
          color: '#123456',
          description: null,
          noteGuids: [],
          children: [
            {
              guid: child.id,
              name: 'Renommé ailleurs',
              isCodable: true,
              color: null,
              description: null,
              noteGuids: [],
              children: [],
            },
            {
              guid: 'aaaaaaaa-0000-4000-8000-000000000002',
              name: 'Nouvel enjeu',
              isCodable: true,
              color: '#abcdef',
              description: 'Une définition\n\nExemple : « on attend »',
              noteGuids: [],
              children: [],
            },
          ],
        },
      ],
      sets: [],
    });
    const report = importFile(ws, 'codes.qdc', qdc);
    expect(report.kind).toBe('qdc');
    expect(report.codes.map((c) => [c.name, c.action])).toEqual([
      [seeded.name, 'merge-name'],
      ['Renommé ailleurs', 'merge-guid'],
      ['Nouvel enjeu', 'add'],
    ]);
    const added = ws.db
      .prepare("SELECT parent_id, color, definition, example, kind FROM codes WHERE name = 'Nouvel enjeu'")
      .get();
    expect(added).toEqual({
      parent_id: seeded.id,
      color: '#abcdef',
      definition: 'Une définition',
      example: '« on attend »',
      kind: 'challenge',
    });
    // The user's wording is never overwritten by a merge.
    expect(ws.db.prepare('SELECT name FROM codes WHERE id = ?').get(child.id)).toEqual({ name: child.name });
    // The GUID the other tool knows the branch by now names it.
    expect(findByGuid(ws.db, 'code', 'AAAAAAAA-0000-4000-8000-000000000001')).toBe(seeded.id);
    ws.close();
  });
});

function addMemos(ws: Workspace): void {
  const seg = ws.db.prepare('SELECT id, transcript_id FROM segments ORDER BY id LIMIT 1').get() as {
    id: string;
    transcript_id: string;
  };
  const code = ws.db.prepare("SELECT id FROM codes WHERE kind = 'challenge' LIMIT 1").get() as { id: string };
  insertRow(ws.db, 'memos', {
    target_type: 'segment',
    target_id: seg.id,
    title: 'Mémo du passage',
    body: 'À recouper 🔎',
  });
  insertRow(ws.db, 'memos', {
    target_type: 'code',
    target_id: code.id,
    title: 'Définition discutée',
    body: 'Voir réunion',
  });
  insertRow(ws.db, 'memos', {
    target_type: 'source',
    target_id: seg.transcript_id,
    title: 'Contexte',
    body: 'Entretien en deux temps',
  });
  insertRow(ws.db, 'memos', {
    target_type: 'workspace',
    target_id: null,
    title: 'Journal',
    body: 'Début du projet',
  });
  ws.db.prepare("UPDATE segments SET memo = 'Passage clé' WHERE id = ?").run(seg.id);
}

describe('exporting', () => {
  it('writes the demo workspace as a project the schema accepts, with Terrain’s attributes as cases, variables and sets', async () => {
    const ws = tempWorkspace({ demo: true });
    addMemos(ws);
    const { bytes, stats } = exportQdpx(ws);
    expect(stats).toMatchObject({ sources: 6, selections: 60, codings: 92, codes: 90 });
    expect(stats.warnings).toEqual([
      '2 entretien(s) sans transcription ne sont pas exportés : une source REFI-QDA est un texte.',
    ]);
    const xml = strFromU8(unzipSync(bytes)['project.qde']!);
    expect(await schemaErrors(xml, 'project')).toEqual([]);
    const { project } = readQdpx('x.qdpx', bytes);
    expect(project.cases).toHaveLength(6);
    const vars = new Map(project.variables.map((v) => [v.guid, v.name]));
    const caseVars = new Set(project.cases.flatMap((c) => c.values.map((v) => vars.get(v.variableGuid))));
    expect(caseVars).toContain('Organisation');
    expect(caseVars).toContain('Type d’acteur');
    expect(project.sets.some((s) => s.name.startsWith('Projet : '))).toBe(true);
    expect(project.sets.some((s) => s.name.startsWith('Type d’acteur : '))).toBe(true);
    expect(project.notes).toHaveLength(4);
    expect(project.noteGuids).toHaveLength(1);
    const { codebook } = buildRefiCodebook(ws.db, { origin: 'Terrain test' });
    const qdc = strFromU8(writeQdc(codebook));
    expect(await schemaErrors(qdc, 'codebook')).toEqual([]);
    ws.close();
  });

  it('exports only the interviews asked for, with the whole codebook', () => {
    const ws = tempWorkspace({ demo: true });
    const ids = (
      ws.db.prepare('SELECT id FROM interviews ORDER BY id LIMIT 2').all() as { id: string }[]
    ).map((r) => r.id);
    const { bytes, stats } = exportQdpx(ws, ids);
    expect(stats.sources).toBe(2);
    const { project } = readQdpx('x.qdpx', bytes);
    expect(project.sources.map((s) => s.guid).sort()).toEqual(
      (
        ws.db.prepare(`SELECT id FROM transcripts WHERE interview_id IN (?, ?)`).all(...ids) as {
          id: string;
        }[]
      )
        .map((r) => r.id)
        .sort(),
    );
    expect(flattenCodes(project.codes)).toHaveLength(90);
    expect(project.cases.every((c) => c.sourceGuids.length > 0)).toBe(true);
    expect(() => exportQdpx(ws, ['inconnu'])).toThrow(/introuvable/);
    ws.close();
  });
});

describe('round trips', () => {
  it('demo workspace: export, import into an empty workspace, export again keeps codes, sources, passages and attributes', () => {
    const a = tempWorkspace({ demo: true });
    addMemos(a);
    const first = exportQdpx(a).bytes;
    const b = tempWorkspace();
    const report = importFile(b, 'essai.qdpx', first);
    expect(report.unplaced).toEqual([]);
    expect(report.totals).toMatchObject({ interviews: 6, segments: 60, codings: 92, people: 6, memos: 4 });
    expectQuotesMatchText(b);
    const second = exportQdpx(b).bytes;
    expect(digest(second)).toEqual(digest(first));
    // Interview fields and people came back as Terrain data, not as loose attributes.
    const datedWithText = `SELECT count(*) AS n FROM interviews i
      WHERE date IS NOT NULL AND EXISTS (SELECT 1 FROM transcripts t WHERE t.interview_id = i.id)`;
    expect(count(b, datedWithText)).toBe(count(a, datedWithText));
    const linkedWithText = `SELECT count(*) AS n FROM interview_projects ip
      WHERE EXISTS (SELECT 1 FROM transcripts t WHERE t.interview_id = ip.interview_id)`;
    expect(count(b, linkedWithText)).toBe(count(a, linkedWithText));
    expect(
      count(b, "SELECT count(*) AS n FROM attributes WHERE target_type IN ('interview', 'person')"),
    ).toBe(0);
    a.close();
    b.close();
  });

  /** A project as another tool writes it: UTF-8 with BOM, CRLF line endings, emoji, code-point positions. */
  function foreignProject(unit: 'codepoint' | 'utf16'): Uint8Array {
    const text =
      'Enquêtrice : Bonjour, comment se passe le déploiement ? 🙂\r\n' +
      'Dr Martin : Franchement 😅 c’est long.\r\nLe DPI 🏥 a mis six mois à arriver.\r\n\r\n' +
      'Enquêtrice : Et les équipes 👩‍⚕️ ?\r\n' +
      'Dr Martin : Elles ont suivi, après une formation 👍.\r\n';
    const pos = (needle: string) => {
      const at = text.indexOf(needle);
      const n = (s: string) => (unit === 'utf16' ? s.length : [...s].length);
      return `startPosition="${n(text.slice(0, at))}" endPosition="${n(text.slice(0, at + needle.length))}"`;
    };
    const sel = (guid: string, needle: string, code: string, extra = '') =>
      `<PlainTextSelection guid="${guid}" name="${needle.slice(0, 20)}" ${pos(needle)}>${extra}<Coding guid="${guid.replace(/^b/, 'c')}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Projet étranger" origin="${unit === 'utf16' ? 'NVivo 14' : 'QualCoder 3.5'}">
  <Users><User guid="dddddddd-0000-4000-8000-000000000001" name="Chercheuse"/></Users>
  <CodeBook><Codes>
    <Code guid="eeeeeeee-0000-4000-8000-000000000001" name="Délais" isCodable="true" color="#AA0000">
      <Description>Tout retard</Description>
      <Code guid="eeeeeeee-0000-4000-8000-000000000002" name="Matériel" isCodable="true"/>
    </Code>
    <Code guid="eeeeeeee-0000-4000-8000-000000000003" name="Adoption 👍" isCodable="true"/>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="ffffffff-0000-4000-8000-000000000001" name="Âge" typeOfVariable="Integer"/>
    <Variable guid="ffffffff-0000-4000-8000-000000000002" name="Lieu" typeOfVariable="Text"/>
  </Variables>
  <Cases>
    <Case guid="ffffffff-0000-4000-8000-0000000000c1" name="Groupe A">
      <VariableValue><VariableRef targetGUID="ffffffff-0000-4000-8000-000000000001"/><IntegerValue>52</IntegerValue></VariableValue>
      <SourceRef targetGUID="aaaaaaaa-0000-4000-8000-000000000001"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="aaaaaaaa-0000-4000-8000-000000000001" name="Dr Martin" plainTextPath="internal://aaaaaaaa-0000-4000-8000-000000000001.txt">
      ${sel('bbbbbbbb-0000-4000-8000-000000000001', 'Franchement 😅 c’est long.\r\nLe DPI 🏥 a mis six mois', 'eeeeeeee-0000-4000-8000-000000000001', '<Description>à citer</Description>')}
      ${sel('bbbbbbbb-0000-4000-8000-000000000002', 'DPI 🏥', 'eeeeeeee-0000-4000-8000-000000000002')}
      ${sel('bbbbbbbb-0000-4000-8000-000000000003', 'Elles ont suivi, après une formation 👍.', 'eeeeeeee-0000-4000-8000-000000000003', '<NoteRef targetGUID="99999999-0000-4000-8000-000000000001"/>')}
      <VariableValue><VariableRef targetGUID="ffffffff-0000-4000-8000-000000000002"/><TextValue>CHU de Lille</TextValue></VariableValue>
    </TextSource>
  </Sources>
  <Notes><Note guid="99999999-0000-4000-8000-000000000001" name="Remarque"><PlainTextContent>Formation 👍 décisive</PlainTextContent></Note></Notes>
  <Sets><Set guid="99999999-0000-4000-8000-0000000000e1" name="Médecins"><MemberSource targetGUID="aaaaaaaa-0000-4000-8000-000000000001"/></Set></Sets>
</Project>`;
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = new TextEncoder().encode(text);
    const file = new Uint8Array(bom.length + body.length);
    file.set(bom);
    file.set(body, bom.length);
    return zipOf({ 'project.qde': qde, 'Sources/aaaaaaaa-0000-4000-8000-000000000001.txt': file });
  }

  it.each(['codepoint', 'utf16'] as const)(
    'another tool’s project (BOM, CRLF, emoji, %s positions) survives import, export, import, export',
    async (unit) => {
      const w1 = tempWorkspace();
      const report = importFile(w1, 'etranger.qdpx', foreignProject(unit));
      expect(report.unplaced).toEqual([]);
      const quotes = (ws: Workspace) =>
        (
          ws.db.prepare('SELECT quote FROM segments ORDER BY start_offset, end_offset').all() as {
            quote: string;
          }[]
        ).map((r) => r.quote);
      expect(quotes(w1)).toEqual([
        'Franchement 😅 c’est long.\nLe DPI 🏥 a mis six mois',
        'DPI 🏥',
        'Elles ont suivi, après une formation 👍.',
      ]);
      expect(w1.db.prepare("SELECT place, title FROM interviews WHERE title = 'Dr Martin'").get()).toEqual({
        place: 'CHU de Lille',
        title: 'Dr Martin',
      });
      expect(w1.db.prepare("SELECT memo FROM segments WHERE quote LIKE 'Franchement%'").get()).toEqual({
        memo: 'à citer',
      });
      expect(w1.db.prepare("SELECT target_type, body FROM memos WHERE title = 'Remarque'").get()).toEqual({
        target_type: 'segment',
        body: 'Formation 👍 décisive',
      });
      expect(count(w1, "SELECT count(*) AS n FROM speaker_turns WHERE speaker = 'Dr Martin'")).toBe(2);
      const first = exportQdpx(w1).bytes;
      expect(await schemaErrors(qdeOf(first), 'project')).toEqual([]);
      const w2 = tempWorkspace();
      importFile(w2, 'terrain.qdpx', first);
      expect(quotes(w2)).toEqual(quotes(w1));
      const second = exportQdpx(w2).bytes;
      const d1 = digest(first);
      expect(digest(second)).toEqual(d1);
      // The other tool's GUIDs, case and set are written back as they came.
      const src = d1.sources.find((s) => s.guid === 'aaaaaaaa-0000-4000-8000-000000000001')!;
      expect(src.selections.map((s) => s.text)).toEqual([
        'Franchement 😅 c’est long.\nLe DPI 🏥 a mis six mois',
        'DPI 🏥',
        'Elles ont suivi, après une formation 👍.',
      ]);
      expect(d1.cases).toEqual([
        {
          guid: 'ffffffff-0000-4000-8000-0000000000c1',
          name: 'Groupe A',
          values: ['Âge:Integer:ffffffff-0000-4000-8000-000000000001=52'],
          sources: ['aaaaaaaa-0000-4000-8000-000000000001'],
        },
      ]);
      expect(d1.sets.find((s) => s.guid === '99999999-0000-4000-8000-0000000000e1')).toMatchObject({
        name: 'Médecins',
        sources: ['aaaaaaaa-0000-4000-8000-000000000001'],
      });
      w1.close();
      w2.close();
    },
  );
});
