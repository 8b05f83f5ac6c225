import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index';
import { stripInline, stripMarkdown } from './markdown';
import { expectWellFormed, turnsAsSeen } from './test-helpers';

const md = (s: string) => parseTranscript('entretien.md', new TextEncoder().encode(s));

describe('Markdown', () => {
  it('strips emphasis, headings, list markers and quotes, keeping the words', () => {
    const { text } = stripMarkdown(
      [
        '# Entretien — *CHU* de Valmont #',
        '## Contexte',
        '> Une **citation** importante',
        '- premier point',
        '* deuxième __point__',
        '1. troisième _point_',
        '---',
        'Le fichier `export_final.csv` et snake_case_name restent intacts, 2 * 3 * 4 aussi.',
        'Un [lien](https://exemple.fr "titre") et un \\*astérisque\\* échappé.',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        'Entretien — CHU de Valmont',
        'Contexte',
        'Une citation importante',
        'premier point',
        'deuxième point',
        'troisième point',
        '',
        'Le fichier export_final.csv et snake_case_name restent intacts, 2 * 3 * 4 aussi.',
        'Un lien et un *astérisque* échappé.',
      ].join('\n'),
    );
  });

  it('handles nested emphasis', () => {
    expect(stripInline('***très*** important, ~~barré~~')).toBe('très important, barré');
  });

  it('keeps code fences verbatim and drops the fence lines', () => {
    expect(stripMarkdown('```\n**pas du gras**\n```').text).toBe('\n**pas du gras**\n');
  });

  it('treats **Nom :** and **Nom** : as speaker labels, even with an unusual shape', () => {
    const result = md(
      [
        '**Intervieweuse :** Bonjour.',
        '',
        '**Mère de la patiente :** Bonjour, je suis *sa* mère.',
        '',
        '**Marie Dupont** : Et moi la cadre de santé.',
        '',
        '__Q :__ Merci.',
        '',
        '**Remarque : ceci est du gras, pas un intervenant**',
      ].join('\n'),
    );
    expectWellFormed(result);
    expect(result.format).toBe('md');
    expect(result.encoding).toBe('utf-8');
    expect(turnsAsSeen(result)).toEqual([
      ['Intervieweuse', 'interviewer', 'Intervieweuse : Bonjour.'],
      ['Mère de la patiente', 'interviewee', 'Mère de la patiente : Bonjour, je suis sa mère.'],
      ['Marie Dupont', 'interviewee', 'Marie Dupont : Et moi la cadre de santé.'],
      ['Q', 'interviewer', 'Q : Merci.\n\nRemarque : ceci est du gras, pas un intervenant'],
    ]);
  });

  it('without bold, "Mère de la patiente :" is not trusted as a label', () => {
    const result = md('Intervieweuse : Bonjour.\nMère de la patiente : Bonjour.');
    expect(result.turns.map((t) => t.speaker)).toEqual(['Intervieweuse']);
  });
});
