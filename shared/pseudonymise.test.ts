import { describe, expect, it } from 'vitest';
import { demoInterviews, demoPeople } from '../db/seed/demo-content';
import { seedExamples } from './taxonomies';
import { createPseudonymiser, findNames, mapStrings, nameForms, type PseudonymPerson } from './pseudonymise';

const aurelie: PseudonymPerson = {
  fullName: 'Aurélie Dumontet',
  pseudonym: 'Pharma-1',
  aliases: ['Aurélie', 'Dumontet', 'Aurelie', 'Mme Dumontet'],
};
const anneSophie: PseudonymPerson = {
  fullName: 'Anne-Sophie Le Bihan',
  pseudonym: 'Clinique-2',
  aliases: ['Anne-Sophie', 'Le Bihan', 'Dre Le Bihan', 'Dr Le Bihan'],
};
const karim: PseudonymPerson = {
  fullName: 'Karim Benslimane',
  pseudonym: 'Startup-1',
  aliases: ['Karim', 'Benslimane', 'Ben Slimane'],
};
const erwan: PseudonymPerson = { fullName: 'Erwan Kerdraon', pseudonym: 'Hôpital-1', aliases: ['Kerdrahon'] };

describe('pseudonymising names in text', () => {
  const p = createPseudonymiser([aurelie, anneSophie, karim, erwan]);

  it('replaces full names, first names, surnames and aliases', () => {
    expect(p('Aurélie Dumontet nous a reçus.')).toBe('Pharma-1 nous a reçus.');
    expect(p('Merci Aurélie.')).toBe('Merci Pharma-1.');
    expect(p('Selon Dumontet, non.')).toBe('Selon Pharma-1, non.');
    expect(p('Erwan et Kerdrahon (variante)')).toBe('Hôpital-1 et Hôpital-1 (variante)');
    expect(p('Karim Ben Slimane, puis Ben Slimane.')).toBe('Startup-1 Startup-1, puis Startup-1.');
  });

  it('ignores case, accents and typography', () => {
    expect(p('AURELIE DUMONTET')).toBe('Pharma-1');
    expect(p('aurelie dumontet')).toBe('Pharma-1');
    expect(p('Aurélie\u00a0Dumontet')).toBe('Pharma-1');
    expect(p('Aurélie\nDumontet')).toBe('Pharma-1');
    expect(p('l’équipe d’Aurélie')).toBe('l’équipe d’Pharma-1');
    // Decomposed accents (macOS file names, some editors): the mark goes with its letter.
    expect(p('Aure\u0301lie et Erwan')).toBe('Pharma-1 et Hôpital-1');
    expect(p('Ke\u0301rdraon.')).toBe('Hôpital-1.');
  });

  it('folds titles before names by default, or keeps them', () => {
    expect(p('Mme Dumontet a signé.')).toBe('Pharma-1 a signé.');
    expect(p('M. Kerdraon arrive.')).toBe('Hôpital-1 arrive.');
    expect(p('Dre Le Bihan, Dr Le Bihan et Docteure Le Bihan')).toBe('Clinique-2, Clinique-2 et Clinique-2');
    expect(p('madame Dumontet')).toBe('Pharma-1');
    const keep = createPseudonymiser([aurelie, anneSophie, erwan], { titles: 'keep' });
    expect(keep('Mme Dumontet et Dre Le Bihan')).toBe('Mme Pharma-1 et Dre Clinique-2');
    expect(keep('M. Kerdraon')).toBe('M. Hôpital-1');
  });

  it('takes the longest name first, and never a particle alone', () => {
    expect(p('Anne-Sophie Le Bihan, gastro-entérologue')).toBe('Clinique-2, gastro-entérologue');
    expect(p('Le projet de Le Bihan')).toBe('Le projet de Clinique-2');
    expect(p('Le Bihan le dit : le suivi, les patients.')).toBe(
      'Clinique-2 le dit : le suivi, les patients.',
    );
    expect(p('Bihan seul')).toBe('Clinique-2 seul');
    expect(p('Ben oui, ben voyons')).toBe('Ben oui, ben voyons');
  });

  it('matches whole words only, a hyphenated compound being one word', () => {
    const laurent = createPseudonymiser([{ fullName: 'Laurent Duvignau', pseudonym: 'Conseil-1' }]);
    expect(laurent('Hôpital Saint-Laurent, avec Laurent.')).toBe('Hôpital Saint-Laurent, avec Conseil-1.');
    expect(p('Benoît et Karimov, Aurélien')).toBe('Benoît et Karimov, Aurélien');
    expect(p('Anne et Sophie')).toBe('Anne et Sophie');
    expect(p('Anne-Sophie a dit')).toBe('Clinique-2 a dit');
  });

  it('replaces the parts of a compound surname', () => {
    const q = createPseudonymiser([{ fullName: 'Marie Dupont-Moreau', pseudonym: 'P-9' }]);
    expect(q('Mme Dupont-Moreau, Mme Moreau')).toBe('P-9, P-9');
  });

  it('leaves everyday words alone when a name is also a word', () => {
    const q = createPseudonymiser([
      { fullName: 'Claire Fontaine', pseudonym: 'Conseil-7' },
      { fullName: 'France Petit', pseudonym: 'Pharma-9' },
    ]);
    expect(q('Une fontaine claire, un petit rien.')).toBe('Une fontaine claire, un petit rien.');
    expect(q('Claire a relu ; Fontaine aussi.')).toBe('Conseil-7 a relu ; Conseil-7 aussi.');
    expect(q('En France, la France, de la France.')).toBe('En France, la France, de la France.');
    expect(q('France m’a appelée, puis Mme Petit.')).toBe('Pharma-9 m’a appelée, puis Pharma-9.');
    expect(q('Claire Fontaine et France Petit')).toBe('Conseil-7 et Pharma-9');
  });

  it('never gives a shared first name the wrong pseudonym', () => {
    const q = createPseudonymiser([
      { fullName: 'Julien Rioual', pseudonym: 'Startup-2' },
      { fullName: 'Julien Martel', pseudonym: 'Pharma-3' },
    ]);
    expect(q('Julien Rioual et Julien Martel')).toBe('Startup-2 et Pharma-3');
    expect(q('Julien a dit')).toBe('[personne] a dit');
    expect(createPseudonymiser([{ fullName: 'A B', pseudonym: 'X' }], { ambiguous: '[…]' })('rien')).toBe(
      'rien',
    );
    // A form given explicitly (alias) wins over the same form derived from another name.
    const r = createPseudonymiser([
      { fullName: 'Gwenaëlle Tanguy', pseudonym: 'Hôpital-3', aliases: ['Gwen'] },
      { fullName: 'Gwen Morvan', pseudonym: 'Hôpital-4' },
    ]);
    expect(r('Gwen Morvan')).toBe('Hôpital-4');
    expect(r('Gwen')).toBe('Hôpital-3');
  });

  it('keeps protected names whole (organisations) but still replaces the person', () => {
    const q = createPseudonymiser([{ fullName: 'Marie Curie', pseudonym: 'Chercheuse-1' }], {
      keep: ['Institut Curie'],
    });
    expect(q('À l’Institut Curie, Marie Curie ; Curie seule.')).toBe(
      'À l’Institut Curie, Chercheuse-1 ; Chercheuse-1 seule.',
    );
  });

  it('never takes a number for a name', () => {
    const q = createPseudonymiser([{ fullName: 'Personne 12', pseudonym: 'P00012' }]);
    expect(q('12 patients, Personne 12.')).toBe('12 patients, P00012.');
  });

  it('gives a person without pseudonym a neutral one', () => {
    expect(
      createPseudonymiser([{ id: 'abcd-1234', fullName: 'Paul Kerhervé', pseudonym: null }])('Paul'),
    ).toBe('Personne 1234');
    expect(createPseudonymiser([{ fullName: 'Paul Kerhervé', pseudonym: '  ' }])('Kerhervé')).toBe(
      'Personne 1',
    );
  });

  it('pseudonymises every string of a nested value and nothing else', () => {
    const value = { a: 'Aurélie', b: [{ c: 'Erwan Kerdraon', n: 3, d: null }], when: new Date(0), ok: true };
    const out = p.deep(value);
    expect(out).toEqual({
      a: 'Pharma-1',
      b: [{ c: 'Hôpital-1', n: 3, d: null }],
      when: new Date(0),
      ok: true,
    });
    expect(value.a).toBe('Aurélie');
    expect(mapStrings(['x', { y: 'z' }], (s) => s.toUpperCase())).toEqual(['X', { y: 'Z' }]);
  });

  it('lists the forms of a name', () => {
    const forms = nameForms(anneSophie);
    const flat = [...forms.explicit, ...forms.derived].map((w) => w.join(' '));
    expect(flat).toEqual(
      expect.arrayContaining(['anne-sophie le bihan', 'anne-sophie', 'le bihan', 'bihan']),
    );
    expect(flat).not.toContain('le');
    expect(flat).not.toContain('dre le bihan');
  });

  it('says where each name is and what replaces it, title included', () => {
    const text = 'Merci Mme Dumontet et Erwan.';
    expect(p.replacements(text)).toEqual([
      { start: 6, end: 18, text: 'Pharma-1' },
      { start: 22, end: 27, text: 'Hôpital-1' },
    ]);
    expect(p.replacements('Le CHU de Brest')).toEqual([]);
  });

  it('leaves text without names untouched, the same string', () => {
    const text = 'Le CHU de Brest et Roche ont co-construit le projet.';
    expect(p(text)).toBe(text);
    expect(createPseudonymiser([])(text)).toBe(text);
  });
});

describe('the demo transcripts, pseudonymised', () => {
  const people = demoPeople.map((d) => ({
    fullName: d.fullName,
    pseudonym: d.pseudonym,
    aliases: d.aliases,
  }));
  const organisations = seedExamples.organisations.map((o) => o.name);
  const p = createPseudonymiser(people, { keep: organisations });
  // Full names, first names, surnames and aliases.
  const forms = demoPeople.flatMap((d) => [
    d.fullName,
    d.fullName.split(' ')[0]!,
    d.fullName.split(' ').slice(1).join(' '),
    ...d.aliases,
  ]);

  it('hold no form of any demo person’s name', () => {
    let names = 0;
    for (const interview of demoInterviews) {
      for (const turn of interview.transcript?.turns ?? []) {
        const before = `${turn.speaker} : ${turn.text}`;
        names += findNames(before, forms).length;
        expect(findNames(p(before), forms), before).toEqual([]);
      }
    }
    expect(names).toBeGreaterThan(50);
  });

  it('keep the organisations and roles', () => {
    const all = demoInterviews.flatMap((i) => i.transcript?.turns.map((t) => t.text) ?? []).join('\n');
    const out = p(all);
    for (const org of ['CHU de Brest', 'Roche', 'Octopize', 'Digital Pharma Lab', 'Vivalto'])
      expect(out).toContain(org);
    expect(out).toContain('CTO');
  });

  it('finds names the way the check needs: whole words, any case or accent', () => {
    expect(findNames('chez AURELIE.', ['Aurélie'])).toEqual(['Aurélie']);
    expect(findNames('Aurélien', ['Aurélie'])).toEqual([]);
    expect(findNames('Saint-Laurent', ['Laurent'])).toEqual(['Laurent']);
    expect(findNames('Le  Bihan', ['Le Bihan'])).toEqual(['Le Bihan']);
  });
});
