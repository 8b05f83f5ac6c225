import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeUtf16, encodeWindows1252 } from './fixtures';
import {
  ImportError,
  assertImportSize,
  decodeText,
  formatFromFileName,
  parsePastedText,
  parseTranscript,
} from './index';
import { expectWellFormed, importErrorOf, turnsAsSeen } from './test-helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('parseTranscript: dispatch', () => {
  it('chooses the importer by extension, whatever its case', () => {
    expect(parseTranscript('Entretien.TXT', utf8('Q : a ?')).format).toBe('txt');
    expect(parseTranscript('notes.Md', utf8('**Q :** a ?')).format).toBe('md');
    expect(parseTranscript('C:\\Users\\claire\\entretien.markdown', utf8('Q : a ?')).format).toBe('md');
    expect(formatFromFileName('a.VTT')).toBe('vtt');
    expect(formatFromFileName('a.pdf')).toBeNull();
  });

  it('refuses other formats with a French reason', () => {
    expect(importErrorOf(() => parseTranscript('a.xlsx', utf8('x')))).toBe(
      'Format non pris en charge (.xlsx) : importez un fichier .txt, .md, .docx, .odt, .vtt ou .srt',
    );
    expect(importErrorOf(() => parseTranscript('LISEZMOI', utf8('x')))).toMatch(/fichier sans extension/);
    expect(importErrorOf(() => parseTranscript('entretien.doc', utf8('x')))).toMatch(
      /^Document Word 97-2003/,
    );
    expect(importErrorOf(() => parseTranscript('entretien.pdf', utf8('x')))).toMatch(/PDF/);
    expect(importErrorOf(() => parseTranscript('wordpad.txt', utf8('{\\rtf1\\ansi Bonjour}')))).toBe(
      'Document RTF : enregistrez-le au format .docx ou .txt puis réimportez-le',
    );
  });

  it('throws ImportError instances carrying the reason as message', () => {
    try {
      parseTranscript('vide.txt', new Uint8Array());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).reason).toBe('Fichier vide');
      expect((error as ImportError).message).toBe('Fichier vide');
    }
  });
});

describe('parseTranscript: bad inputs', () => {
  it('refuses an empty or whitespace-only file', () => {
    expect(importErrorOf(() => parseTranscript('a.txt', new Uint8Array()))).toBe('Fichier vide');
    expect(importErrorOf(() => parseTranscript('a.txt', utf8(' \r\n\t\u00A0\n')))).toBe('Fichier vide');
    expect(importErrorOf(() => parseTranscript('a.txt', new Uint8Array([0xff, 0xfe])))).toBe('Fichier vide');
    expect(importErrorOf(() => parseTranscript('a.md', utf8('---\n\n***\n')))).toBe('Fichier vide');
    expect(importErrorOf(() => parseTranscript('a.vtt', utf8('\n\n')))).toBe('Fichier vide');
  });

  it('refuses a binary file named .txt', () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(importErrorOf(() => parseTranscript('entretien.txt', png))).toBe(
      'Fichier binaire : ce n’est pas un texte (image PNG)',
    );
    // Bytes with no known signature (a recording, a database...): still not text.
    let seed = 42;
    const noise = Uint8Array.from(
      { length: 4096 },
      () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 23,
    );
    expect(importErrorOf(() => parseTranscript('entretien.txt', noise))).toMatch(
      /^Fichier binaire : ce n’est pas un texte \((octets nuls|caractères de contrôle)\)$/,
    );
  });

  it('refuses a file over the size limit, giving its size in Mo', () => {
    expect(
      importErrorOf(() =>
        parseTranscript('a.txt', new Uint8Array(3 * 1024 * 1024), { maxBytes: 1024 * 1024 }),
      ),
    ).toBe('Fichier trop volumineux : 3 Mo (maximum 1 Mo)');
    expect(() => assertImportSize(21 * 1024 * 1024)).toThrow(
      'Fichier trop volumineux : 21 Mo (maximum 20 Mo)',
    );
  });

  it('refuses a 50 Mo text file by its size, before decoding it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terrain-formats-'));
    tempDirs.push(dir);
    const file = join(dir, 'enorme.txt');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024 + 123, 'Intervieweuse : bla bla\n'));
    // A caller can refuse from the size alone, without reading the file.
    expect(() => assertImportSize(statSync(file).size)).toThrow(ImportError);
    const bytes = readFileSync(file);
    expect(importErrorOf(() => parseTranscript('enorme.txt', bytes))).toBe(
      'Fichier trop volumineux : 50,0 Mo (maximum 20 Mo)',
    );
  });
});

describe('parseTranscript: text files', () => {
  it('normalises mixed line endings (CRLF, LF, lone CR)', () => {
    const result = parseTranscript('a.txt', utf8('Q : un ?\r\nR : deux.\rSuite.\nQ : trois ?\r\n'));
    expectWellFormed(result);
    expect(result.text).toBe('Q : un ?\nR : deux.\nSuite.\nQ : trois ?\n');
    expect(turnsAsSeen(result)).toEqual([
      ['Q', 'interviewer', 'Q : un ?'],
      ['R', 'interviewee', 'R : deux.\nSuite.'],
      ['Q', 'interviewer', 'Q : trois ?'],
    ]);
  });

  it('reads a Windows-1252 file with accents, œ, curly apostrophes and guillemets', () => {
    const source =
      'Intervieweuse : La Société a-t-elle réussi le déploiement ?\r\nPaul : « Oui », c’est l’œuvre de l’établissement… et de la santé publique.\r\n';
    const result = parseTranscript('ansi.txt', encodeWindows1252(source));
    expectWellFormed(result);
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe(source.replace(/\r\n/g, '\n'));
    expect(result.turns.map((t) => [t.speaker, t.role])).toEqual([
      ['Intervieweuse', 'interviewer'],
      ['Paul', 'interviewee'],
    ]);
  });

  it('keeps offsets right in a UTF-16 file with emoji, combining accents and CRLF', () => {
    const source =
      '\uFEFFEntretien 🏥\r\n[00:00:03] Intervieweuse : Le de\u0301ploiement 👩‍⚕️ ?\r\nMarie Dupont : Oui, l’e\u0301tablissement 🏥 suit.\r\n';
    for (const endian of ['le', 'be'] as const) {
      const result = parseTranscript('utf16.txt', encodeUtf16(source.slice(1), endian, true));
      expectWellFormed(result);
      expect(result.encoding).toBe(`utf-16${endian}`);
      expect(result.text).toBe(
        'Entretien 🏥\n[00:00:03] Intervieweuse : Le déploiement 👩‍⚕️ ?\nMarie Dupont : Oui, l’établissement 🏥 suit.\n',
      );
      expect(turnsAsSeen(result)).toEqual([
        [null, 'other', 'Entretien 🏥'],
        ['Intervieweuse', 'interviewer', 'Intervieweuse : Le déploiement 👩‍⚕️ ?'],
        ['Marie Dupont', 'interviewee', 'Marie Dupont : Oui, l’établissement 🏥 suit.'],
      ]);
      expect(result.turns[1]!.timestampMs).toBe(3000);
    }
  });

  it('warns when it finds no speaker, and warns about mixed encodings', () => {
    const plain = parseTranscript('a.txt', utf8('Un texte sans intervenants.'));
    expect(plain.turns).toEqual([
      { speaker: null, role: 'other', start: 0, end: 27, timestampMs: null, endMs: null },
    ]);
    expect(plain.warnings).toEqual([
      'Aucun intervenant repéré (par exemple « Intervieweuse : » en début de ligne) : le texte est importé d’un seul bloc',
    ]);
    const mixed = parseTranscript(
      'a.txt',
      new Uint8Array([...utf8('Q : santé, '), 0xe9, ...utf8('tablissement ?')]),
    );
    expect(mixed.text).toBe('Q : santé, établissement ?');
    expect(mixed.warnings[0]).toMatch(/^Encodage mixte/);
  });

  it('parses a 10 Mo transcript (linear work: no quadratic concatenation)', () => {
    const block =
      'Intervieweuse : Pouvez-vous décrire le déploiement dans l’établissement ?\nMarie Dupont : La Société a formé les équipes de santé, service par service.\n\n';
    const count = Math.ceil((10 * 1024 * 1024) / utf8(block).length);
    const result = parseTranscript('gros.txt', utf8(block.repeat(count)));
    expect(result.turns).toHaveLength(count * 2);
    expect(result.turns[count * 2 - 1]!.speaker).toBe('Marie Dupont');
  });
});

describe('parsePastedText and decodeText', () => {
  it('parses pasted text (Word paste with CR and non-breaking spaces)', () => {
    const result = parsePastedText('Q\u00A0: Bonjour ?\r\rMarie\u00A0: Bonjour.', { interviewerNames: [] });
    expectWellFormed(result);
    expect(result.format).toBe('paste');
    expect(result.encoding).toBeUndefined();
    expect(turnsAsSeen(result)).toEqual([
      ['Q', 'interviewer', 'Q\u00A0: Bonjour ?'],
      ['Marie', 'interviewee', 'Marie\u00A0: Bonjour.'],
    ]);
    expect(importErrorOf(() => parsePastedText('  \n '))).toBe('Texte vide : rien à importer');
  });

  it('reads pasted subtitles (or subtitles saved as .txt) as subtitles', () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Claire Martin>Bonjour.</v>\n\n00:00:03.000 --> 00:00:05.000\n<v Karim Benali>Bonjour !</v>\n';
    const pasted = parsePastedText(vtt, { interviewerNames: ['Claire Martin'] });
    expect(pasted.format).toBe('paste');
    expect(pasted.text).toBe('Claire Martin : Bonjour.\n\nKarim Benali : Bonjour !');
    expect(pasted.turns.map((t) => [t.role, t.timestampMs])).toEqual([
      ['interviewer', 1000],
      ['interviewee', 3000],
    ]);
    const srt = parseTranscript('zoom.txt', utf8('1\r\n00:00:01,000 --> 00:00:02,000\r\nQ: Bonjour ?\r\n'));
    expect([srt.format, srt.encoding, srt.text]).toEqual(['txt', 'utf-8', 'Q : Bonjour ?']);
    // Starts like subtitles but has no readable cue: kept as plain text.
    expect(parsePastedText('WEBVTT\nQ : notes prises pendant la réunion').text).toBe(
      'WEBVTT\nQ : notes prises pendant la réunion',
    );
  });

  it('decodeText gives the text and the encoding name', () => {
    expect(decodeText(encodeWindows1252('Société'))).toEqual({ text: 'Société', encoding: 'windows-1252' });
  });
});
