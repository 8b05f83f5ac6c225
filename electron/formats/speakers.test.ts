import { describe, expect, it } from 'vitest';
import { detectSpeakerTurns, parsePastedText } from './index';
import { expectWellFormed, turnsAsSeen } from './test-helpers';

function speakersOf(text: string, interviewerNames?: string[]) {
  const turns = detectSpeakerTurns(text, { interviewerNames });
  expectWellFormed({ text, turns });
  return turns.map((t) => [t.speaker, t.role]);
}

describe('detectSpeakerTurns: labels', () => {
  it.each([
    ['Q : Comment ça va ?', 'Q', 'interviewer'],
    ['R : Bien.', 'R', 'interviewee'],
    ['Intervieweur : Bonjour.', 'Intervieweur', 'interviewer'],
    ['Intervieweuse : Bonjour.', 'Intervieweuse', 'interviewer'],
    ['Enquêteur : Bonjour.', 'Enquêteur', 'interviewer'],
    ['Enquêtrice : Bonjour.', 'Enquêtrice', 'interviewer'],
    ['Question : Pourquoi ?', 'Question', 'interviewer'],
    ['Réponse : Parce que.', 'Réponse', 'interviewee'],
    ['I: Bonjour.', 'I', 'interviewer'],
    ['E: Bonjour.', 'E', 'interviewee'],
    ['intervieweuse : écrit en minuscules', 'intervieweuse', 'interviewer'],
    ['Q1 : première question', 'Q1', 'interviewer'],
  ])('%s', (line, speaker, role) => {
    const [turn] = detectSpeakerTurns(line);
    expect(turn).toMatchObject({ speaker, role, start: 0, end: line.length });
  });

  it.each([
    ['Marie : oui.', 'Marie'],
    ['Marie Dupont : oui.', 'Marie Dupont'],
    ['M. Martin : oui.', 'M. Martin'],
    ['Mme Leroy-Durand : oui.', 'Mme Leroy-Durand'],
    ['Dr Leroy : oui.', 'Dr Leroy'],
    ['J.-P. Durand : oui.', 'J.-P. Durand'],
    ['MARIE : oui.', 'MARIE'],
    ['Jeanne de la Tour : oui.', 'Jeanne de la Tour'],
    ['Marie Dupont (cadre de santé) : oui.', 'Marie Dupont (cadre de santé)'],
    ['Cadre de santé : oui.', 'Cadre de santé'],
    ['Participant 3 : oui.', 'Participant 3'],
    ['SPEAKER_01: oui.', 'SPEAKER_01'],
    ['Marie\u00A0: oui (espace insécable).', 'Marie'],
    ['Marie  Dupont\u00A0: oui (label gardé tel qu’écrit).', 'Marie  Dupont'],
    ['Marie\u202F: oui (espace fine).', 'Marie'],
    ['- Marie : oui (tiret de dialogue).', 'Marie'],
  ])('%s names the speaker', (line, speaker) => {
    const turns = detectSpeakerTurns(`Q : question ?\n${line}`);
    expect(turns[1]?.speaker).toBe(speaker);
    expect(turns[1]?.role).toBe('interviewee');
  });

  it.each([
    'Il a dit : « on verra plus tard ».',
    'Par exemple : la messagerie sécurisée.',
    'Au départ, les médecins étaient réticents : ils craignaient une surcharge.',
    'Le problème : personne ne savait qui appeler.',
    'Deux choses : le temps et l’argent.',
    'Voir http://exemple.fr : la page du projet.',
    '10:30 : début de la réunion',
    'Date : 12 mars 2024',
    'Résultat : trois mois de retard.',
    'Axe 2 : la gouvernance du projet',
    'Ce que je veux dire, c’est : il faut du temps.',
    'Donc voilà, en gros, pour résumer ce qu’on a vu ensemble : rien.',
  ])('%s is speech, not a label', (line) => {
    const text = `Marie : début.\n${line}`;
    const turns = detectSpeakerTurns(text);
    expect(turns).toHaveLength(1);
    expect(text.slice(turns[0]!.start, turns[0]!.end)).toBe(text);
  });
});

describe('detectSpeakerTurns: turns', () => {
  it('continues a turn over unlabelled paragraphs and keeps a preamble without speaker', () => {
    const text = [
      'Entretien du 12 mars — CHU de Valmont',
      '',
      'Intervieweuse : Bonjour.',
      '',
      'Marie Dupont : Premier paragraphe.',
      '',
      'Deuxième paragraphe de Marie.',
      '',
    ].join('\n');
    const turns = detectSpeakerTurns(text);
    expectWellFormed({ text, turns });
    expect(turnsAsSeen({ text, turns })).toEqual([
      [null, 'other', 'Entretien du 12 mars — CHU de Valmont'],
      ['Intervieweuse', 'interviewer', 'Intervieweuse : Bonjour.'],
      ['Marie Dupont', 'interviewee', 'Marie Dupont : Premier paragraphe.\n\nDeuxième paragraphe de Marie.'],
    ]);
  });

  it('parses timestamps at the start of a line or after the name', () => {
    const text =
      '[00:12:03] Marie : oui.\n(12:05) Q : et ensuite ?\nMarie (01:02:03) : ensuite.\n00:00:07 - Paul : moi.';
    const turns = detectSpeakerTurns(text);
    expectWellFormed({ text, turns });
    expect(turns.map((t) => [t.speaker, t.timestampMs, t.endMs])).toEqual([
      ['Marie', 723_000, null],
      ['Q', 725_000, null],
      ['Marie', 3_723_000, null],
      ['Paul', 7_000, null],
    ]);
    // The turn starts at the label; the timestamp before it stays outside the turn.
    expect(text.slice(turns[0]!.start, turns[0]!.end)).toBe('Marie : oui.');
  });

  it('reads "Name  00:03" heading lines (Otter, Teams) when the name heads several turns', () => {
    const text =
      'Marie Dupont  0:03\nBonjour.\n\nClaire Martin  0:10\nBonjour Marie.\n\nMarie Dupont  0:15\nOn commence ?';
    const turns = detectSpeakerTurns(text, { interviewerNames: ['Claire Martin'] });
    expectWellFormed({ text, turns });
    expect(turns.map((t) => [t.speaker, t.role, t.timestampMs])).toEqual([
      ['Marie Dupont', 'interviewee', 3000],
      ['Claire Martin', 'interviewer', 10000],
      ['Marie Dupont', 'interviewee', 15000],
    ]);
    const zoom =
      '[Claire Martin] 14:03:22\nBonjour.\n\n[Marie Dupont] 14:03:30\nBonjour !\n\n[Claire Martin] 14:04:01\nOn commence.';
    const zoomTurns = detectSpeakerTurns(zoom);
    expectWellFormed({ text: zoom, turns: zoomTurns });
    expect(zoomTurns.map((t) => [t.speaker, t.timestampMs])).toEqual([
      ['Claire Martin', 50_602_000],
      ['Marie Dupont', 50_610_000],
      ['Claire Martin', 50_641_000],
    ]);
    // A single "Pause 10:30" line in an agenda is not a speaker.
    expect(detectSpeakerTurns('Accueil 9:00\nPause 10:30\nSynthèse 11:00')).toHaveLength(1);
  });

  it('gives one turn with no speaker when there are no labels at all', () => {
    const text = '\n  Un texte libre, sans intervenant.\nSur deux lignes.  \n';
    expect(detectSpeakerTurns(text)).toEqual([
      { speaker: null, role: 'other', start: 3, end: text.length - 3, timestampMs: null, endMs: null },
    ]);
    expect(detectSpeakerTurns(' \n\t ')).toEqual([]);
  });
});

describe('detectSpeakerTurns: roles', () => {
  it('named speakers are interviewees when there is an interviewer, "other" when there is none', () => {
    expect(speakersOf('Intervieweuse : a\nMarie : b')).toEqual([
      ['Intervieweuse', 'interviewer'],
      ['Marie', 'interviewee'],
    ]);
    expect(speakersOf('Paul : a\nMarie : b')).toEqual([
      ['Paul', 'other'],
      ['Marie', 'other'],
    ]);
  });

  it('recognises interviewers by name, ignoring case, accents and civility', () => {
    const text = 'HÉLÈNE MARTIN : a\nPaul Leroy : b\nMme Martin : c\nHélène : d';
    expect(speakersOf(text, ['Helene Martin'])).toEqual([
      ['HÉLÈNE MARTIN', 'interviewer'],
      ['Paul Leroy', 'interviewee'],
      ['Mme Martin', 'interviewer'],
      ['Hélène', 'interviewer'],
    ]);
  });

  it('"E. Martin" is a name, not the role letter E', () => {
    expect(speakersOf('Q : a\nE. Martin : b')).toEqual([
      ['Q', 'interviewer'],
      ['E. Martin', 'interviewee'],
    ]);
  });
});

describe('offsets are UTF-16 code units into the final text', () => {
  it('stay right around emoji and combining accents', () => {
    const raw =
      'Intervieweuse : Bonjour 👩‍⚕️ et bienvenue 🏥.\r\nMarie Dupont : Ça va, le de\u0301ploiement avance 👍.\r\n\r\nSuite de\u0301taille\u0301e.\r\nQ : Et l’e\u0301tablissement ?';
    const result = parsePastedText(raw);
    expectWellFormed(result);
    expect(result.text).toBe(
      'Intervieweuse : Bonjour 👩‍⚕️ et bienvenue 🏥.\nMarie Dupont : Ça va, le déploiement avance 👍.\n\nSuite détaillée.\nQ : Et l’établissement ?',
    );
    expect(turnsAsSeen(result)).toEqual([
      ['Intervieweuse', 'interviewer', 'Intervieweuse : Bonjour 👩‍⚕️ et bienvenue 🏥.'],
      ['Marie Dupont', 'interviewee', 'Marie Dupont : Ça va, le déploiement avance 👍.\n\nSuite détaillée.'],
      ['Q', 'interviewer', 'Q : Et l’établissement ?'],
    ]);
  });

  it('count an emoji as two units, as JavaScript does', () => {
    const text = '🏥🏥 Préambule.\nMarie : 👩‍⚕️ oui.\nQ : 🏥 ?';
    const turns = detectSpeakerTurns(text);
    expectWellFormed({ text, turns });
    expect(turns.map((t) => [t.start, t.end])).toEqual([
      [0, 15],
      [16, 34],
      [35, 43],
    ]);
  });
});
