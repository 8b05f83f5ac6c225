import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { ImportError } from '../errors';
import { flattenCodes } from './model';
import { NOT_REFI_PROJECT, readQdc, readQdpx, readRefiFile } from './read';
import { SAMPLES, qdeOf, sample, zipOf } from './testing';

/** Counts straight from the XML, without the reader. */
function xmlCounts(xml: string) {
  return {
    codes: (xml.match(/<Code\s/g) ?? []).length,
    codings: (xml.match(/<Coding\s/g) ?? []).length,
    selections: (xml.match(/<PlainTextSelection\s/g) ?? []).length,
  };
}

/** What each selection covers in the raw source file, counted the way its writer counts. */
function expectedTexts(bytes: Uint8Array, unit: 'codepoint' | 'utf16'): Map<string, string> {
  const files = unzipSync(bytes);
  const byLower = new Map(Object.keys(files).map((k) => [k.toLowerCase(), k]));
  const doc = new DOMParser().parseFromString(qdeOf(bytes), 'text/xml');
  const out = new Map<string, string>();
  const sources = doc.getElementsByTagName('TextSource');
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    const p = s.getAttribute('plainTextPath')!.replace('internal://', '').toLowerCase();
    const entry = byLower.get(`sources/${p}`)!;
    const raw = new TextDecoder('utf-8', { ignoreBOM: false }).decode(files[entry]!);
    const sels = s.getElementsByTagName('PlainTextSelection');
    for (let j = 0; j < sels.length; j++) {
      const sel = sels[j]!;
      const a = Number(sel.getAttribute('startPosition'));
      const b = Number(sel.getAttribute('endPosition'));
      const text = unit === 'utf16' ? raw.slice(a, b) : [...raw].slice(a, b).join('');
      out.set(sel.getAttribute('guid')!.toLowerCase(), text.replace(/\r\n?/g, '\n'));
    }
  }
  return out;
}

describe('reading the sample projects', () => {
  it.each(SAMPLES)('%s: every code and coding of the XML is read', (name) => {
    const bytes = sample(name);
    const { project, report } = readQdpx(name, bytes);
    const counts = xmlCounts(qdeOf(bytes));
    expect(flattenCodes(project.codes)).toHaveLength(counts.codes);
    const selections = project.sources.flatMap((s) => s.selections);
    expect(selections).toHaveLength(counts.selections);
    expect(selections.reduce((n, s) => n + s.codings.length, 0)).toBe(counts.codings);
    expect(report.unplaced).toEqual([]);
  });

  it('reads ATLAS.ti users and code hierarchy', () => {
    const { project } = readQdpx('x.qdpx', sample('atlasti-win-23.2-three-codes.qdpx'));
    expect(project.users.map((u) => u.name)).toEqual(['Enric Llagostera', 'ATLAS.ti']);
    expect(project.codes.map((c) => [c.name, c.children.map((k) => k.name)])).toEqual([
      ['Commits', ['2022-05-10T02:05:59Z 19e4dce', '2022-02-11T10:39:25Z cdbfd92']],
    ]);
    // Upper-case GUIDs are kept in canonical (lower-case) form.
    expect(project.codes[0]!.guid).toBe('a182cd3a-d83c-4d8c-bc80-26d9103ec6d6');
  });

  it('reads NVivo positions as UTF-16 units around emoji, CRLF and the BOM', () => {
    const bytes = sample('nvivo-win-12.6-oltas0517.qdpx');
    const { project } = readQdpx('x.qdpx', bytes);
    const expected = expectedTexts(bytes, 'utf16');
    const source = project.sources.find((s) => s.selections.length > 0)!;
    expect(source.offsets).toMatchObject({ unit: 'utf16', crlf: 'two', bomCounted: false });
    expect(source.text).not.toMatch(/\r|^\uFEFF/);
    expect([...source.text].length).toBeLessThan(source.text.length); // it holds astral characters
    for (const sel of source.selections) {
      expect(source.text.slice(sel.start, sel.end)).toBe(expected.get(sel.guid)!.normalize('NFC'));
    }
    expect(source.selections[0]!.codings[0]!.codeGuid).toBe('e8811e5d-feb6-458a-b0dd-ae1dbfef84b8');
    expect(flattenCodes(project.codes).filter((c) => c.code.description).length).toBeGreaterThan(50);
  });

  it('reads qualitative-coding sources from a lower-case sources/ folder without internal://', () => {
    const bytes = sample('qualitative-coding-demo.qdpx');
    const { project } = readQdpx('x.qdpx', bytes);
    const expected = expectedTexts(bytes, 'codepoint');
    expect(project.sources.map((s) => s.name)).toEqual(['board_2017', 'admin-1']);
    for (const s of project.sources) {
      for (const sel of s.selections) expect(s.text.slice(sel.start, sel.end)).toBe(expected.get(sel.guid));
    }
    // "Speaker 1:" labels: speaker turns found.
    expect(project.sources[0]!.turns!.length).toBeGreaterThan(5);
  });
});

const SIMPLE_QDE = (
  opts: { ns?: string; path?: string; extra?: string } = {},
) => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="${opts.ns ?? 'urn:QDA-XML:project:1.0'}" name="Essai" origin="Some Tool 1.0">
  <CodeBook><Codes>
    <Code guid="{11111111-1111-1111-1111-111111111111}" name="Thème" isCodable="false" color="#F0A">
      <Code guid="22222222-2222-2222-2222-222222222222" name="Sous-thème" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="33333333-3333-3333-3333-333333333333" name="Entretien A" plainTextPath="${opts.path ?? 'internal://33333333-3333-3333-3333-333333333333.txt'}">
      <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="8" endPosition="15">
        <Coding guid="55555555-5555-5555-5555-555555555555"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
      </PlainTextSelection>
    </TextSource>
    ${opts.extra ?? ''}
  </Sources>
</Project>`;
const SIMPLE_TEXT = 'Marie : Bonjour à vous.';

describe('tolerant reading', () => {
  const expectOne = (bytes: Uint8Array) => {
    const { project } = readQdpx('essai.qdpx', bytes);
    expect(project.sources).toHaveLength(1);
    const s = project.sources[0]!;
    expect(s.text.slice(s.selections[0]!.start, s.selections[0]!.end)).toBe('Bonjour');
    expect(project.codes[0]).toMatchObject({
      guid: '11111111-1111-1111-1111-111111111111',
      isCodable: false,
      color: '#ff00aa',
    });
    return project;
  };

  it.each([
    [
      'upper-case Sources/ (the standard’s example)',
      'Sources/33333333-3333-3333-3333-333333333333.txt',
      'project.qde',
    ],
    [
      'lower-case sources/ (NVivo for Mac)',
      'sources/33333333-3333-3333-3333-333333333333.txt',
      'project.qde',
    ],
    [
      'a .qde named after the project (ATLAS.ti 26)',
      'sources/33333333-3333-3333-3333-333333333333.txt',
      'Essai.qde',
    ],
    [
      'a project zipped with its folder',
      'Essai/Sources/33333333-3333-3333-3333-333333333333.TXT',
      'Essai/Project.QDE',
    ],
  ])('reads %s', (_label, sourceEntry, qdeEntry) => {
    expectOne(zipOf({ [qdeEntry]: SIMPLE_QDE(), [sourceEntry]: SIMPLE_TEXT }));
  });

  it('reads a bare plain-text path, an older namespace and inline text', () => {
    expectOne(
      zipOf({
        'project.qde': SIMPLE_QDE({ path: 'entretien a.txt' }),
        'sources/Entretien A.txt': SIMPLE_TEXT,
      }),
    );
    expectOne(
      zipOf({
        'project.qde': SIMPLE_QDE({ ns: 'urn:QDA-XML:project:0:10' }),
        'sources/33333333-3333-3333-3333-333333333333.txt': SIMPLE_TEXT,
      }),
    );
    const inline = SIMPLE_QDE().replace(
      / plainTextPath="[^"]+">/,
      `><PlainTextContent>${SIMPLE_TEXT}</PlainTextContent>`,
    );
    expectOne(zipOf({ 'project.qde': inline }));
  });

  it('reads an external source through the callback, and reports one it cannot find', () => {
    const qde = SIMPLE_QDE({ path: 'absolute:///C:/Projet/entretien.txt' });
    const asked: string[] = [];
    const { project } = readQdpx('x.qdpx', zipOf({ 'project.qde': qde }), {
      resolveExternal: (p) => (asked.push(p), new TextEncoder().encode(SIMPLE_TEXT)),
    });
    expect(asked).toEqual(['absolute:///C:/Projet/entretien.txt']);
    expect(project.sources).toHaveLength(1);
    const missing = readQdpx('x.qdpx', zipOf({ 'project.qde': qde }));
    expect(missing.project.sources).toHaveLength(0);
    expect(missing.report.unplaced).toMatchObject([{ reason: 'texte de la source introuvable', codings: 1 }]);
    expect(missing.report.warnings.join(' ')).toMatch(/introuvable/);
  });

  it('skips what is not text, and says so', () => {
    const extra = `<PictureSource guid="66666666-6666-6666-6666-666666666666" path="internal://x.png"/>
      <AudioSource guid="77777777-7777-7777-7777-777777777777" path="internal://x.m4a">
        <Transcript guid="88888888-8888-8888-8888-888888888888" name="T"><PlainTextContent>Q : oui ?</PlainTextContent></Transcript>
      </AudioSource>`;
    const { project, report } = readQdpx(
      'x.qdpx',
      zipOf({
        'project.qde': SIMPLE_QDE({ extra }),
        'sources/33333333-3333-3333-3333-333333333333.txt': SIMPLE_TEXT,
      }),
    );
    expect(project.sources.map((s) => s.guid)).toEqual([
      '33333333-3333-3333-3333-333333333333',
      '77777777-7777-7777-7777-777777777777',
    ]);
    expect(report.warnings.join(' ')).toMatch(/1 images/);
  });

  it('drops codings of codes the codebook does not hold, with a warning', () => {
    const qde = SIMPLE_QDE().replace(
      'targetGUID="22222222-2222-2222-2222-222222222222"',
      'targetGUID="99999999-9999-9999-9999-999999999999"',
    );
    const { project, report } = readQdpx(
      'x.qdpx',
      zipOf({ 'project.qde': qde, 'sources/33333333-3333-3333-3333-333333333333.txt': SIMPLE_TEXT }),
    );
    expect(project.sources[0]!.selections[0]!.codings).toEqual([]);
    expect(report.warnings.join(' ')).toMatch(/1 codage/);
  });

  it('refuses a zip that is not a REFI-QDA project with a clear French message', () => {
    const notRefi = zipOf({ 'word/document.xml': '<w:document/>', 'notes.txt': 'bonjour' });
    expect(() => readRefiFile('projet.qdpx', notRefi)).toThrow(ImportError);
    expect(() => readRefiFile('projet.qdpx', notRefi)).toThrow(
      'Ce fichier .qdpx n’est pas un projet REFI-QDA (project.qde introuvable)',
    );
    expect(NOT_REFI_PROJECT).toBe('Ce fichier .qdpx n’est pas un projet REFI-QDA (project.qde introuvable)');
    expect(() => readRefiFile('projet.qdpx', new TextEncoder().encode('bonjour'))).toThrow(
      /pas une archive zip/,
    );
    expect(() => readRefiFile('projet.qdpx', zipOf({ 'project.qde': '<Autre xmlns="x"/>' }))).toThrow(
      /élément Project absent/,
    );
  });
});

describe('reading a codebook', () => {
  it('reads codes, colours, descriptions and sets of a .qdc', () => {
    const qdc = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti">
  <Codes>
    <Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Topics" isCodable="false">
      <Code guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" name="Economy" isCodable="true" color="#ffff00">
        <Description>Anything about jobs</Description>
      </Code>
    </Code>
  </Codes>
  <Sets><Set guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Économie"><MemberCode guid="d7aa29da-519b-4946-9b90-253b6db8fd0a"/></Set></Sets>
</CodeBook>`;
    const { codebook } = readQdc(new TextEncoder().encode(qdc));
    expect(codebook.codes[0]!.children[0]).toMatchObject({
      name: 'Economy',
      color: '#ffff00',
      description: 'Anything about jobs',
    });
    expect(codebook.sets[0]!.codeGuids).toEqual(['d7aa29da-519b-4946-9b90-253b6db8fd0a']);
    expect(() =>
      readQdc(new TextEncoder().encode('<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')),
    ).toThrow(/pas un codebook REFI-QDA/);
  });
});
