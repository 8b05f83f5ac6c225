/**
 * The committed transcript fixtures (test/fixtures/transcripts/), shared with the end-to-end tests: they
 * stay in step with their builders in fixtures.ts, stay small, and import as a user expects.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  FIXTURES_DIR,
  UTF16_INTERVIEW,
  WINDOWS_1252_INTERVIEW,
  buildEntretienChuDocx,
  buildEntretienChuOdt,
  encodeUtf16,
  encodeWindows1252,
  writeTranscriptFixtures,
} from './fixtures';
import { parseTranscript } from './index';
import { expectWellFormed, turnsAsSeen } from './test-helpers';

if (process.env.TERRAIN_WRITE_FIXTURES) writeTranscriptFixtures();

const fixture = (name: string) => readFileSync(join(FIXTURES_DIR, name));
const importFixture = (name: string, interviewerNames?: string[]) => {
  const result = parseTranscript(name, fixture(name), { interviewerNames });
  expectWellFormed(result);
  return result;
};
const entries = (zip: Uint8Array) =>
  Object.fromEntries(
    Object.entries(unzipSync(zip)).map(([name, data]) => [name, new TextDecoder().decode(data)]),
  );

describe('committed fixtures', () => {
  it('match their builders (regenerate with TERRAIN_WRITE_FIXTURES=1)', () => {
    expect(entries(fixture('entretien-chu.docx'))).toEqual(entries(buildEntretienChuDocx()));
    expect(entries(fixture('entretien-chu.odt'))).toEqual(entries(buildEntretienChuOdt()));
    expect(new Uint8Array(fixture('entretien-windows1252.txt'))).toEqual(
      encodeWindows1252(WINDOWS_1252_INTERVIEW),
    );
    expect(new Uint8Array(fixture('entretien-utf16le.txt'))).toEqual(
      encodeUtf16(UTF16_INTERVIEW, 'le', true),
    );
  });

  it('are each under 50 KB', () => {
    for (const name of readdirSync(FIXTURES_DIR))
      expect(statSync(join(FIXTURES_DIR, name)).size).toBeLessThan(50_000);
  });
});

describe('importing the committed fixtures', () => {
  it('entretien-chu.docx: Word interview with bold speaker labels', () => {
    const result = importFixture('entretien-chu.docx');
    expect(result.format).toBe('docx');
    const speakers = result.turns.filter((t) => t.speaker).map((t) => [t.speaker, t.role]);
    expect(new Set(speakers.map((s) => s.join('/')))).toEqual(
      new Set(['Intervieweuse/interviewer', 'Marie Dupont/interviewee']),
    );
    for (const word of ['Société', 'santé', 'établissement', 'déploiement'])
      expect(result.text).toContain(word);
    expect(turnsAsSeen(result)[1]).toEqual([
      'Intervieweuse',
      'interviewer',
      'Intervieweuse : Bonjour Marie, merci de nous recevoir. Pouvez-vous présenter votre rôle dans l’établissement ?',
    ]);
  });

  it('entretien-windows1252.txt: Notepad ANSI file with CRLF', () => {
    const result = importFixture('entretien-windows1252.txt');
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe(WINDOWS_1252_INTERVIEW.replace(/\r\n/g, '\n'));
    for (const word of [
      'Société',
      'santé',
      'établissement',
      'déploiement',
      'cœur',
      '« Il fallait aller vite »',
    ])
      expect(result.text).toContain(word);
    expect(turnsAsSeen(result).map(([s, r]) => [s, r])).toEqual([
      [null, 'other'],
      ['Intervieweuse', 'interviewer'],
      ['Paul Leroy', 'interviewee'],
      ['Intervieweuse', 'interviewer'],
      ['Paul Leroy', 'interviewee'],
      ['Intervieweuse', 'interviewer'],
    ]);
    expect(result.text.slice(result.turns[4]!.start, result.turns[4]!.end)).toBe(
      'Paul Leroy : Surtout un travail de conviction auprès des médecins… Le cœur du sujet, c’est la sécurité des données, et l’œil de la CNIL.',
    );
  });

  it('entretien-utf8.txt: timestamps and a paragraph continuing a turn', () => {
    const result = importFixture('entretien-utf8.txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.turns.map((t) => [t.speaker, t.role, t.timestampMs])).toEqual([
      [null, 'other', null],
      ['Intervieweur', 'interviewer', 5_000],
      ['Sophie Bernard', 'interviewee', 12_000],
      ['Intervieweur', 'interviewer', 100_000],
      ['Sophie Bernard', 'interviewee', 107_000],
      ['Intervieweur', 'interviewer', 182_000],
      ['Sophie Bernard', 'interviewee', 188_000],
    ]);
    expect(result.text.slice(result.turns[2]!.start, result.turns[2]!.end)).toMatch(
      /^Sophie Bernard : Je suis directrice des soins\.[^]*\n\nAu départ, les médecins étaient réticents : ils craignaient une surcharge de travail\.$/,
    );
  });

  it('entretien-utf16le.txt: UTF-16 with BOM, emoji in the speech', () => {
    const result = importFixture('entretien-utf16le.txt');
    expect(result.encoding).toBe('utf-16le');
    expect(turnsAsSeen(result)).toEqual([
      ['Q', 'interviewer', 'Q : Comment la téléexpertise a-t-elle été reçue par les médecins généralistes ?'],
      ['R', 'interviewee', 'R : Plutôt bien. Les délais de réponse ont baissé de moitié 👩‍⚕️.'],
      ['Q', 'interviewer', 'Q : Et côté hôpital 🏥 ?'],
      ['R', 'interviewee', 'R : Les spécialistes ont dû s’organiser en astreinte.'],
    ]);
  });

  it('entretien.md: Markdown with bold labels', () => {
    const result = importFixture('entretien.md');
    expect(result.text).not.toMatch(/[*_#]/);
    expect(result.turns.map((t) => [t.speaker, t.role])).toEqual([
      [null, 'other'],
      ['Intervieweuse', 'interviewer'],
      ['Jean-Pierre Lefèvre', 'interviewee'],
      ['Intervieweuse', 'interviewer'],
      ['Jean-Pierre Lefèvre', 'interviewee'],
    ]);
    expect(result.text).toContain(
      'premier point : la traçabilité ;\nsecond point : la formation des équipes.',
    );
  });

  it('entretien-chu.odt: LibreOffice interview', () => {
    const result = importFixture('entretien-chu.odt');
    expect(result.turns.filter((t) => t.speaker).map((t) => t.speaker)).toEqual([
      'Intervieweuse',
      'Thomas Roux',
      'Intervieweuse',
      'Thomas Roux',
    ]);
  });

  it('entretien-teams.vtt: Teams voices merged per speaker, with times', () => {
    const result = importFixture('entretien-teams.vtt', ['Claire Martin']);
    expect(result.turns.map((t) => [t.speaker, t.role, t.timestampMs, t.endMs])).toEqual([
      ['Claire Martin', 'interviewer', 1_200, 5_800],
      ['Karim Benali', 'interviewee', 6_000, 16_900],
      ['Claire Martin', 'interviewer', 17_100, 21_000],
      ['Karim Benali', 'interviewee', 21_300, 27_750],
    ]);
    expect(result.text.split('\n\n')[1]).toBe(
      'Karim Benali : Avec plaisir. Je suis responsable de la sécurité des systèmes d’information. Pour nous, la santé des données passe avant la vitesse de déploiement.',
    );
  });

  it('entretien-zoom.srt: Zoom "Name: text" cues', () => {
    const result = importFixture('entretien-zoom.srt', ['Claire Martin']);
    expect(result.turns.map((t) => [t.speaker, t.role, t.timestampMs, t.endMs])).toEqual([
      ['Claire Martin', 'interviewer', 500, 4_000],
      ['Nadia Haddad', 'interviewee', 4_200, 14_600],
      ['Claire Martin', 'interviewer', 15_000, 18_300],
      ['Nadia Haddad', 'interviewee', 18_500, 24_900],
    ]);
    expect(result.text).toContain(
      'Nadia Haddad : Je suis infirmière de coordination au centre hospitalier de Valmont. Je suis les patients',
    );
  });
});
