import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index';
import { expectWellFormed, importErrorOf } from './test-helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const parse = (name: string, s: string, interviewerNames?: string[]) => {
  const result = parseTranscript(name, utf8(s), { interviewerNames });
  expectWellFormed(result);
  return result;
};
const turnsOf = (r: ReturnType<typeof parse>) =>
  r.turns.map((t) => ({
    speaker: t.speaker,
    role: t.role,
    text: r.text.slice(t.start, t.end),
    from: t.timestampMs,
    to: t.endMs,
  }));

describe('WebVTT', () => {
  it('keeps voices and times, merges consecutive cues of a speaker, ignores NOTE, STYLE and cue settings', () => {
    const vtt = [
      'WEBVTT - Entretien',
      'Kind: captions',
      'Language: fr',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'NOTE Réunion Teams du 12 mars',
      'sur deux lignes',
      '',
      'intro',
      '00:00:01.000 --> 00:00:04.000 align:start position:10%',
      '<v Claire Martin>Bonjour Marie.</v>',
      '',
      '00:00:04.500 --> 00:00:06.000',
      '<v.loud Marie Dupont>Bonjour, <i>merci</i> &amp; à vous.</v>',
      '',
      '00:06.000 --> 00:09.250',
      '<v Marie Dupont>Je suis cadre de santé.',
      'Depuis 2019.</v>',
      '',
      '00:00:10.000 --> 00:00:12.000',
      '<v Claire Martin><c.yellow>Et</c> <00:00:11.000>le déploiement ?</v>',
    ].join('\n');
    const result = parse('teams.vtt', vtt, ['Claire Martin']);
    expect(result.format).toBe('vtt');
    expect(result.warnings).toEqual([]);
    expect(result.text).toBe(
      'Claire Martin : Bonjour Marie.\n\nMarie Dupont : Bonjour, merci & à vous. Je suis cadre de santé. Depuis 2019.\n\nClaire Martin : Et le déploiement ?',
    );
    expect(turnsOf(result)).toEqual([
      {
        speaker: 'Claire Martin',
        role: 'interviewer',
        text: 'Claire Martin : Bonjour Marie.',
        from: 1000,
        to: 4000,
      },
      {
        speaker: 'Marie Dupont',
        role: 'interviewee',
        text: 'Marie Dupont : Bonjour, merci & à vous. Je suis cadre de santé. Depuis 2019.',
        from: 4500,
        to: 9250,
      },
      {
        speaker: 'Claire Martin',
        role: 'interviewer',
        text: 'Claire Martin : Et le déploiement ?',
        from: 10000,
        to: 12000,
      },
    ]);
  });

  it('keeps a cue with a broken timestamp without times, with a warning naming the line', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:03.000',
      '<v Marie>Premier.',
      '',
      '00:00:0x.000 --> 00:00:05.000',
      '<v Paul>Horodatage cassé.',
      '',
      '00:00:06.000 -> 00:00:07.000',
      'Paul: Flèche cassée.',
      '',
      '00:00:08.000 --> 00:00:09.000',
      '<v Marie>Dernier.',
      '',
      '99:99:99.999 --> 00:00:11.000',
      '',
    ].join('\n');
    const result = parse('broken.vtt', vtt);
    expect(result.warnings).toEqual([
      'Horodatage illisible à la ligne 6, cue conservée sans horodatage',
      'Horodatage illisible à la ligne 9, cue conservée sans horodatage',
      'Horodatage illisible à la ligne 15, cue ignorée',
    ]);
    expect(turnsOf(result)).toEqual([
      { speaker: 'Marie', role: 'other', text: 'Marie : Premier.', from: 1000, to: 3000 },
      {
        speaker: 'Paul',
        role: 'other',
        text: 'Paul : Horodatage cassé. Flèche cassée.',
        from: null,
        to: null,
      },
      { speaker: 'Marie', role: 'other', text: 'Marie : Dernier.', from: 8000, to: 9000 },
    ]);
  });

  it('skips an unusable cue (broken timestamp and no text) with a warning', () => {
    const result = parse(
      'a.vtt',
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBonjour.\n\n1\n00:00:ab --> zz\n\n',
    );
    expect(result.text).toBe('Bonjour.');
    // Line 6 is the cue number, line 7 the broken timing line.
    expect(result.warnings).toEqual(['Horodatage illisible à la ligne 7, cue ignorée']);
  });

  it('refuses a file without any valid cue', () => {
    expect(importErrorOf(() => parse('a.vtt', 'WEBVTT\n\n00:00:xx --> 00:00:02.000\nBonjour.\n'))).toBe(
      'Aucun sous-titre lisible dans ce fichier .vtt : aucune cue n’a d’horodatage valide',
    );
    expect(importErrorOf(() => parse('notes.vtt', 'Juste du texte,\nsans aucune cue.'))).toMatch(
      /^Aucun sous-titre lisible dans ce fichier \.vtt/,
    );
  });

  it('caps the warnings of a file full of broken cues', () => {
    const broken = Array.from({ length: 30 }, (_, i) => `00:00:${i}x --> 00:00:99\nTexte ${i}.\n`).join('\n');
    const result = parse('a.vtt', `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nBonjour.\n\n${broken}`);
    expect(result.warnings).toHaveLength(21);
    expect(result.warnings[20]).toBe('… et 10 autres avertissements du même type');
    expect(result.text).toContain('Texte 29.');
  });

  it('reads CRLF files and keeps cues apart when no speaker is named (Whisper)', () => {
    const vtt =
      'WEBVTT\r\n\r\n00:00:00.000 --> 00:00:04.000\r\n Bonjour à tous.\r\n\r\n00:00:04.000 --> 00:00:08.500\r\nOn parle du déploiement.\r\n';
    const result = parse('whisper.vtt', vtt);
    expect(result.text).toBe('Bonjour à tous.\n\nOn parle du déploiement.');
    expect(turnsOf(result)).toEqual([
      { speaker: null, role: 'other', text: 'Bonjour à tous.', from: 0, to: 4000 },
      { speaker: null, role: 'other', text: 'On parle du déploiement.', from: 4000, to: 8500 },
    ]);
  });
});

describe('SRT', () => {
  it('reads "Name: text" prefixes (Zoom) and continues the speaker over unnamed cues', () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:04,000',
      'Claire Martin: Bonjour Nadia.',
      '',
      '2',
      '00:00:04,200 --> 00:00:06,000',
      'Nadia Haddad: Bonjour,',
      '',
      '3',
      '00:00:06,000 --> 00:00:09,000',
      'je suis infirmière.',
      '',
    ].join('\n');
    const result = parse('zoom.SRT', srt, ['claire martin']);
    expect(result.format).toBe('srt');
    expect(turnsOf(result)).toEqual([
      {
        speaker: 'Claire Martin',
        role: 'interviewer',
        text: 'Claire Martin : Bonjour Nadia.',
        from: 1000,
        to: 4000,
      },
      {
        speaker: 'Nadia Haddad',
        role: 'interviewee',
        text: 'Nadia Haddad : Bonjour, je suis infirmière.',
        from: 4200,
        to: 9000,
      },
    ]);
  });

  it('reads [Name] prefixes and dialogue dashes, and leaves [Rires] as speech', () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:03,000',
      '[Marie Dupont] Bonjour.',
      '',
      '2',
      '00:00:03,000 --> 00:00:05,000',
      '[Rires] Oui, vraiment.',
      '',
      '3',
      '00:00:05,000 --> 00:00:07,000',
      '- Vous confirmez ?',
      '- Oui.',
      '',
      '4',
      '00:00:07,000 --> 00:00:09,000',
      '- Paul : Et moi ?',
      '- Marie Dupont : Vous aussi.',
    ].join('\n');
    const result = parse('sonix.srt', srt);
    expect(turnsOf(result).map((t) => [t.speaker, t.text, t.from])).toEqual([
      ['Marie Dupont', 'Marie Dupont : Bonjour. [Rires] Oui, vraiment.', 1000],
      [null, 'Vous confirmez ?', 5000],
      [null, 'Oui.', 5000],
      ['Paul', 'Paul : Et moi ?', 7000],
      ['Marie Dupont', 'Marie Dupont : Vous aussi.', 7000],
    ]);
  });

  it('reads cues not separated by blank lines, and HTML-ish tags', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\n<font color="#fff">Q: Bonjour ?</font>\n2\n00:00:02,500 --> 00:00:04,000\n{\\an8}R: <b>Oui</b>.\n';
    const result = parse('a.srt', srt);
    expect(turnsOf(result).map((t) => [t.speaker, t.role, t.text, t.from, t.to])).toEqual([
      ['Q', 'interviewer', 'Q : Bonjour ?', 1000, 2000],
      ['R', 'interviewee', 'R : Oui.', 2500, 4000],
    ]);
  });

  it('keeps text that has no timing line, with a warning', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nMarie: Bonjour.\n\nSuite sans horodatage.\n';
    const result = parse('a.srt', srt);
    expect(result.text).toBe('Marie : Bonjour. Suite sans horodatage.');
    expect(result.warnings).toEqual(['Texte sans horodatage à la ligne 5, conservé sans horodatage']);
  });
});
