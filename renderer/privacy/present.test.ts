import { describe, expect, it } from 'vitest';
import type { Segment, SpeakerTurn } from '../../shared/domain';
import { createPseudonymiser, directoryPseudonymiser, findNames } from '../../shared/pseudonymise';
import { parseSnippet } from '../search/snippet';
import { MASK, makePresent, presentTranscript, shiftOffsets, showAsIs } from './present';

const people = [
  { fullName: 'Aurélie Dumontet', pseudonym: 'Pharma-1', aliases: ['Mme Dumontet'] },
  { fullName: 'Erwan Kerdraon', pseudonym: 'Hôpital-1', aliases: ['Kerdrahon'] },
  { fullName: 'Anne-Sophie Le Bihan', pseudonym: 'Clinique-2', aliases: ['Dre Le Bihan'] },
  { fullName: 'Solène Kerbrat', pseudonym: 'Conseil-2', aliases: [] },
];
const keep = ['CHU de Brest', 'Roche', 'Octopize'];
const present = makePresent(createPseudonymiser(people, { keep }));
// Full names, first names, surnames and aliases ("Le Bihan" is a surname, "Le" alone is not).
const nameForms = people.flatMap((d) => {
  const [first, ...rest] = d.fullName.split(' ');
  return [d.fullName, first!, rest.join(' '), ...d.aliases];
});

describe('the text a view shows', () => {
  it('is the stored text when presentation mode is off', () => {
    expect(showAsIs('Merci Aurélie.')).toBe('Merci Aurélie.');
    expect(showAsIs.on).toBe(false);
  });

  it('has pseudonyms instead of names when it is on, and keeps what is empty', () => {
    expect(present('Merci Aurélie, et bonjour à Mme Le Bihan.')).toBe(
      'Merci Pharma-1, et bonjour à Clinique-2.',
    );
    expect(present('Le CHU de Brest')).toBe('Le CHU de Brest');
    expect(present(null)).toBeNull();
    expect(present(undefined)).toBeUndefined();
    expect(present('')).toBe('');
    expect(present.on).toBe(true);
  });

  it('finds names between the search’s highlight markers, and keeps the markers', () => {
    const snippet = '…merci \u0002Aurélie\u0003, et \u0002Erwan\u0003 Kerdraon…';
    expect(parseSnippet(present(snippet))).toEqual([
      { text: '…merci ', hit: false },
      { text: 'Pharma-1', hit: true },
      { text: ', et ', hit: false },
      { text: 'Hôpital-1', hit: true },
      { text: ' Hôpital-1…', hit: false },
    ]);
  });

  it('is masked while the names to hide are not known yet', () => {
    const loading = makePresent(null);
    expect(loading('Merci Aurélie.')).toBe(MASK);
    expect(loading(null)).toBeNull();
    expect(loading.on).toBe(true);
  });

  it('names the interviewers who are nobody in the directory by a numbered label', () => {
    const p = directoryPseudonymiser(
      { people, interviewers: ['Solène Kerbrat', 'Marc Delorme'], keep },
      { interviewer: (n) => `Enquêteur·rice ${n}`, ambiguous: '[personne]' },
    );
    expect(p('Solène Kerbrat et Marc Delorme')).toBe('Conseil-2 et Enquêteur·rice 1');
  });
});

describe('shifting offsets past replaced names', () => {
  // "Bonjour Aurélie Dumontet, ici Erwan." with both names replaced
  const at = shiftOffsets([
    { start: 8, end: 24, text: 'Pharma-1' },
    { start: 30, end: 35, text: 'Hôpital-1' },
  ]);

  it('leaves offsets before the first name, and moves those after each name by the change in length', () => {
    expect(at(0, 'start')).toBe(0);
    expect(at(8, 'start')).toBe(8);
    expect(at(24, 'end')).toBe(16);
    expect(at(26, 'start')).toBe(18);
    expect(at(35, 'end')).toBe(31);
    expect(at(36, 'end')).toBe(32);
  });

  it('widens an offset inside a name to the whole pseudonym', () => {
    expect(at(12, 'start')).toBe(8);
    expect(at(12, 'end')).toBe(16);
  });
});

/** A transcript as the workspace stores it: turns one after another, passages coded in them. */
function storedTranscript(): { text: string; turns: SpeakerTurn[]; segments: Segment[] } {
  const said: [string, SpeakerTurn['role'], string][] = [
    ['Intervieweuse', 'interviewer', 'Bonjour Aurélie, merci. Vous travaillez avec Erwan Kerdraon ?'],
    [
      'Aurélie',
      'interviewee',
      'Oui, avec Erwan et la Dre Le Bihan, au CHU de Brest. Mme Dumontet, c’est moi, chez Roche.',
    ],
    ['Intervieweuse', 'interviewer', 'Et Solène Kerbrat vous a présenté Octopize ?'],
    ['Aurélie', 'interviewee', 'C’est ça. Kerdrahon, comme l’écrit la presse, était là aussi.'],
  ];
  let text = '';
  const turns: SpeakerTurn[] = said.map(([speaker, role, words], seq) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += words;
    return { id: `t${seq}`, seq, speaker, role, start, end: text.length, timestampMs: null };
  });
  const quotes = ['avec Erwan et la Dre Le Bihan, au CHU de Brest', 'Mme Dumontet, c’est moi', 'Octopize ?'];
  const segments: Segment[] = quotes.map((quote, i) => {
    const start = text.indexOf(quote);
    return {
      id: `s${i}`,
      transcriptId: 'tr',
      start,
      end: start + quote.length,
      quote,
      memo: i === 0 ? 'Erwan Kerdraon cité' : null,
      important: false,
      codeIds: [],
      projectIds: [],
    };
  });
  return { text, turns, segments };
}

describe('a transcript in presentation mode', () => {
  it('is the stored one when the mode is off', () => {
    const stored = storedTranscript();
    const shown = presentTranscript(stored.text, stored.turns, stored.segments, showAsIs);
    expect(shown.text).toBe(stored.text);
    expect(shown.turns).toBe(stored.turns);
    expect(shown.segments).toBe(stored.segments);
  });

  it('shows no name in the text, the speakers or the memos, and each turn and passage where it belongs', () => {
    const stored = storedTranscript();
    expect(findNames(stored.text, nameForms).length).toBeGreaterThan(5);
    const shown = presentTranscript(stored.text, stored.turns, stored.segments, present);
    expect(findNames(shown.text, nameForms)).toEqual([]);
    expect(shown.turns.map((t) => t.speaker)).toEqual([
      'Intervieweuse',
      'Pharma-1',
      'Intervieweuse',
      'Pharma-1',
    ]);
    expect(shown.text).toContain(
      'avec Hôpital-1 et la Clinique-2, au CHU de Brest. Pharma-1, c’est moi, chez Roche.',
    );
    stored.turns.forEach((turn, k) => {
      const moved = shown.turns[k]!;
      expect(shown.text.slice(moved.start, moved.end)).toBe(present(stored.text.slice(turn.start, turn.end)));
    });
    stored.segments.forEach((seg, k) => {
      const moved = shown.segments[k]!;
      expect(shown.text.slice(moved.start, moved.end)).toBe(present(seg.quote));
    });
    expect(shown.segments.map((s) => s.quote)).toEqual([
      'avec Hôpital-1 et la Clinique-2, au CHU de Brest',
      'Pharma-1, c’est moi',
      'Octopize ?',
    ]);
    expect(shown.segments[0]!.memo).toBe('Hôpital-1 cité');
  });

  it('takes in the whole pseudonym when a passage starts or ends inside a name', () => {
    const text = 'Bonjour Aurélie, merci.';
    const turns: SpeakerTurn[] = [
      {
        id: 't',
        seq: 0,
        speaker: 'Aurélie',
        role: 'interviewee',
        start: 0,
        end: text.length,
        timestampMs: null,
      },
    ];
    const seg = (start: number, end: number): Segment => ({
      id: `${start}`,
      transcriptId: 'tr',
      start,
      end,
      quote: text.slice(start, end),
      memo: null,
      important: false,
      codeIds: [],
      projectIds: [],
    });
    const shown = presentTranscript(text, turns, [seg(11, 23), seg(0, 11)], present);
    expect(shown.text).toBe('Bonjour Pharma-1, merci.');
    expect(shown.turns[0]!.speaker).toBe('Pharma-1');
    expect(shown.text.slice(shown.segments[0]!.start, shown.segments[0]!.end)).toBe('Pharma-1, merci.');
    expect(shown.text.slice(shown.segments[1]!.start, shown.segments[1]!.end)).toBe('Bonjour Pharma-1');
  });

  it('never lets a name run over from one turn into the next', () => {
    const text = 'Merci Aurélie\nDumontet arrive.';
    const turns: SpeakerTurn[] = [
      { id: 'a', seq: 0, speaker: 'I', role: 'interviewer', start: 0, end: 13, timestampMs: null },
      { id: 'b', seq: 1, speaker: 'R', role: 'interviewee', start: 14, end: text.length, timestampMs: null },
    ];
    const shown = presentTranscript(text, turns, [], present);
    expect(shown.text).toBe('Merci Pharma-1\nPharma-1 arrive.');
    expect(shown.text.slice(shown.turns[0]!.start, shown.turns[0]!.end)).toBe('Merci Pharma-1');
    expect(shown.text.slice(shown.turns[1]!.start, shown.turns[1]!.end)).toBe('Pharma-1 arrive.');
  });
});
