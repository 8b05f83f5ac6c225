import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEntretienChuOdt, buildOdt } from './fixtures';
import { parseTranscript } from './index';
import { expectWellFormed, importErrorOf, turnsAsSeen } from './test-helpers';

const odt = (bytes: Uint8Array) => parseTranscript('entretien.odt', bytes);
const p = (inner: string) => `<text:p text:style-name="P1">${inner}</text:p>`;

describe('ODT import', () => {
  it('reads a LibreOffice interview: bold spans, spaces, tabs, line breaks; no notes, no deleted text', () => {
    const result = odt(buildEntretienChuOdt());
    expectWellFormed(result);
    expect(result.format).toBe('odt');
    expect(turnsAsSeen(result)).toEqual([
      [null, 'other', 'Entretien n° 4 — Plateforme de coordination, CHU de Valmont\nDate : 19 mars 2024'],
      [
        'Intervieweuse',
        'interviewer',
        'Intervieweuse : Bonjour Thomas, quel est votre rôle dans le déploiement ?',
      ],
      [
        'Thomas Roux',
        'interviewee',
        'Thomas Roux : Je suis chef de projet à la direction du numérique.  J’accompagne la Société Octave Santé\tdepuis l’appel à projets.\nNotre établissement a signé la convention en 2023.\nLa santé des patients reste la priorité.',
      ],
      ['Intervieweuse', 'interviewer', 'Intervieweuse : Qu’est-ce qui a freiné le projet ?'],
      ['Thomas Roux', 'interviewee', 'Thomas Roux : L’identito-vigilance, surtout.'],
    ]);
    expect(result.text).not.toContain('Note de bas de page');
    expect(result.text).not.toContain('texte supprimé');
  });

  it('follows ODF white space rules', () => {
    const result = odt(
      buildOdt(p('  Début   avec\n   des espaces<text:s/>un<text:s text:c="3"/>trois<text:tab/>fin  ')),
    );
    expect(result.text).toBe('Début avec des espaces un   trois\tfin');
  });

  it('detects bold from paragraph styles, parent styles and common styles', () => {
    const styles = `
      <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
      <style:style style:name="T9" style:family="text" style:parent-style-name="Strong_20_Emphasis"/>
      <style:style style:name="T0" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>`;
    const body = [
      '<text:p text:style-name="P2">Aidante du patient :<text:span text:style-name="T0"> Bonjour.</text:span></text:p>',
      p('<text:span text:style-name="T9">Fille de la patiente</text:span> : Moi aussi.'),
      p('<text:span text:style-name="T0">Mère de la patiente :</text:span> pas en gras, pas un label.'),
    ].join('');
    const result = odt(buildOdt(body, { automaticStyles: styles }));
    expect(turnsAsSeen(result).map(([s]) => s)).toEqual(['Aidante du patient', 'Fille de la patiente']);
  });

  it('reads lists, tables and headings', () => {
    const body = `<text:h text:outline-level="2">Partie 1</text:h>
      <text:list><text:list-item>${p('Q : Une question ?')}</text:list-item></text:list>
      <table:table><table:table-row><table:table-cell>${p('R : Une réponse.')}</table:table-cell></table:table-row></table:table>`;
    expect(turnsAsSeen(odt(buildOdt(body)))).toEqual([
      [null, 'other', 'Partie 1'],
      ['Q', 'interviewer', 'Q : Une question ?'],
      ['R', 'interviewee', 'R : Une réponse.'],
    ]);
  });

  it('refuses a truncated, encrypted or foreign package', () => {
    const bytes = buildEntretienChuOdt();
    expect(importErrorOf(() => odt(bytes.subarray(0, bytes.length - 30)))).toBe(
      'Fichier .odt illisible ou tronqué',
    );
    expect(importErrorOf(() => odt(buildOdt(p('x'), { encrypted: true })))).toBe(
      'Document .odt protégé par mot de passe : enregistrez-le sans mot de passe puis réimportez-le',
    );
    expect(importErrorOf(() => odt(zipSync({ 'word/document.xml': strToU8('<w:document/>') })))).toBe(
      'Ce fichier .odt ne contient pas de document texte OpenDocument',
    );
    expect(importErrorOf(() => odt(buildOdt(p(''))))).toBe(
      'Fichier vide : ce document .odt ne contient aucun texte',
    );
  });
});
