import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_NOT_WORD, DOCX_PROTECTED, DOCX_UNREADABLE, DOC_LEGACY } from './docx';
import { buildDocx, buildEntretienChuDocx, wDeleted, wInserted, wParagraph, wRun } from './fixtures';
import { parseTranscript } from './index';
import { expectWellFormed, importErrorOf, turnsAsSeen } from './test-helpers';

const docx = (bytes: Uint8Array, interviewerNames?: string[]) =>
  parseTranscript('Entretien.DOCX', bytes, { interviewerNames });
const bold = (t: string) => wRun(t, { bold: true });

/** A compound file (CFB) header followed by directory-like bytes naming the given streams in UTF-16LE. */
function compoundFile(streams: string[]): Uint8Array {
  const header = [
    0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 3, 0, 0xfe, 0xff,
  ];
  const out = new Uint8Array(1024);
  out.set(header);
  let at = 512;
  for (const name of streams) {
    for (let i = 0; i < name.length; i++) out[at + i * 2] = name.charCodeAt(i);
    at += 128;
  }
  return out;
}

describe('DOCX import', () => {
  it('reads the committed-style interview: bold labels, split runs, track changes, tabs and breaks', () => {
    const result = docx(buildEntretienChuDocx());
    expectWellFormed(result);
    expect(result.format).toBe('docx');
    expect(result.encoding).toBeUndefined();
    expect(result.warnings).toEqual([]);
    const seen = turnsAsSeen(result);
    expect(seen.map(([speaker, role]) => [speaker, role])).toEqual([
      [null, 'other'],
      ['Intervieweuse', 'interviewer'],
      ['Marie Dupont', 'interviewee'],
      ['Intervieweuse', 'interviewer'],
      ['Marie Dupont', 'interviewee'],
      ['Intervieweuse', 'interviewer'],
      ['Marie Dupont', 'interviewee'],
      ['Intervieweuse', 'interviewer'],
    ]);
    expect(seen[0]![2]).toBe(
      'Entretien n° 3 — Déploiement de la télésurveillance au CHU de Valmont\nDate : 12 mars 2024 — durée : 52 minutes\nPersonnes présentes : Claire Martin (Terrain Conseil), Marie Dupont (CHU de Valmont)',
    );
    // Deleted text is gone, inserted text is in; the next paragraph (with a line break) continues Marie's turn.
    expect(seen[4]![2]).toBe(
      'Marie Dupont : Le premier frein, c’est l’interopérabilité avec le dossier patient informatisé. Il a fallu neuf mois pour obtenir les flux.\nLe directeur nous répétait : « la santé des patients d’abord, l’outil ensuite ».\nEt il avait raison.',
    );
    expect(result.text).not.toContain('six mois');
    expect(seen[6]![2]).toContain('augmenté.\tAujourd’hui, l’établissement');
    expect(result.text).toContain('Société Octave Santé');
  });

  it('takes a bold label followed by a plain colon, a bold style and an unusual bold label', () => {
    const body = [
      wParagraph(wRun('Enquêtrice', { style: 'lev' }) + wRun(' : Bonjour.')),
      wParagraph(bold('Mère de la patiente') + wRun(' :') + wRun(' Bonjour.')),
      wParagraph(bold('Une phrase en gras sans deux-points') + wRun(' puis du texte.')),
      wParagraph(wRun('Titre en gras de style : pas un intervenant'), 'Titre1'),
    ].join('');
    const result = docx(buildDocx(body));
    expectWellFormed(result);
    expect(turnsAsSeen(result)).toEqual([
      ['Enquêtrice', 'interviewer', 'Enquêtrice : Bonjour.'],
      [
        'Mère de la patiente',
        'interviewee',
        'Mère de la patiente : Bonjour.\nUne phrase en gras sans deux-points puis du texte.\nTitre en gras de style : pas un intervenant',
      ],
    ]);
  });

  it('reads table cells and hyperlinks, and uses the interviewer names', () => {
    const body = [
      '<w:tbl><w:tr>',
      `<w:tc>${wParagraph(wRun('Claire : Bonjour.'))}</w:tc>`,
      `<w:tc>${wParagraph(`<w:hyperlink r:id="rId9">${wRun('Paul : voir le site.')}</w:hyperlink>`)}</w:tc>`,
      '</w:tr></w:tbl>',
    ].join('');
    const result = docx(buildDocx(body), ['CLAIRE']);
    expect(turnsAsSeen(result)).toEqual([
      ['Claire', 'interviewer', 'Claire : Bonjour.'],
      ['Paul', 'interviewee', 'Paul : voir le site.'],
    ]);
  });

  it('keeps offsets right with emoji and decomposed accents inside runs', () => {
    const body = [
      wParagraph(bold('Intervieweuse :') + wRun(' Le de\u0301ploiement 🏥 ?')),
      wParagraph(bold('Marie :') + wRun(' Oui 👩‍⚕️, l’e\u0301tablissement suit.')),
    ].join('');
    const result = docx(buildDocx(body));
    expectWellFormed(result);
    expect(result.text).toBe('Intervieweuse : Le déploiement 🏥 ?\nMarie : Oui 👩‍⚕️, l’établissement suit.');
    expect(result.turns.map((t) => [t.start, t.end])).toEqual([
      [0, 35],
      [36, result.text.length],
    ]);
  });

  it('finds the main part through the package relationships', () => {
    const files = unzipSync(buildDocx(wParagraph(wRun('Q : Bonjour ?'))));
    files['word/document2.xml'] = files['word/document.xml']!;
    delete files['word/document.xml'];
    files['_rels/.rels'] = strToU8(
      new TextDecoder().decode(files['_rels/.rels']).replace('word/document.xml', '/word/document2.xml'),
    );
    expect(docx(zipSync(files)).text).toBe('Q : Bonjour ?');
  });

  it('refuses a truncated file', () => {
    const bytes = buildEntretienChuDocx();
    expect(importErrorOf(() => docx(bytes.subarray(0, Math.floor(bytes.length / 2))))).toBe(DOCX_UNREADABLE);
    expect(DOCX_UNREADABLE).toBe('Fichier .docx illisible ou tronqué');
  });

  it('refuses a corrupt zip entry and a malformed document part', () => {
    const bytes = buildEntretienChuDocx().slice();
    // Damage the compressed data of word/document.xml, just after its local file header.
    const name = strToU8('word/document.xml');
    const at = Buffer.from(bytes).indexOf(Buffer.from(name)) + name.length;
    for (let i = at; i < at + 40; i++) bytes[i] = 0xff;
    expect(importErrorOf(() => docx(bytes))).toBe(DOCX_UNREADABLE);
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    expect(importErrorOf(() => docx(broken))).toBe(DOCX_UNREADABLE);
  });

  it('refuses a password-protected document (compound file)', () => {
    expect(importErrorOf(() => docx(compoundFile(['EncryptionInfo', 'EncryptedPackage'])))).toBe(
      'Document .docx protégé par mot de passe : enregistrez-le sans mot de passe puis réimportez-le',
    );
    // Only the signature: still the compound container Word uses for encrypted files.
    expect(importErrorOf(() => docx(compoundFile([]).subarray(0, 8)))).toBe(DOCX_PROTECTED);
  });

  it('refuses a zip that holds an EncryptedPackage', () => {
    const bytes = zipSync({ EncryptionInfo: new Uint8Array(8), EncryptedPackage: new Uint8Array(64) });
    expect(importErrorOf(() => docx(bytes))).toBe(DOCX_PROTECTED);
  });

  it('says so when a Word 97-2003 .doc was renamed .docx', () => {
    expect(importErrorOf(() => docx(compoundFile(['WordDocument', '1Table'])))).toBe(DOC_LEGACY);
  });

  it('refuses a zip without a Word document', () => {
    const bytes = zipSync({ 'content.xml': strToU8('<office:document-content/>'), mimetype: strToU8('x') });
    expect(importErrorOf(() => docx(bytes))).toBe('Ce fichier .docx ne contient pas de document Word');
    expect(DOCX_NOT_WORD).toBe('Ce fichier .docx ne contient pas de document Word');
  });

  it('refuses a document without text, and a zip bomb', () => {
    expect(importErrorOf(() => docx(buildDocx(wParagraph(''))))).toBe(
      'Fichier vide : ce document .docx ne contient aucun texte',
    );
    const big = buildDocx(wParagraph(wRun('Q : ' + 'bla '.repeat(50_000))));
    expect(importErrorOf(() => parseTranscript('a.docx', big, { maxBytes: 10_000 }))).toMatch(
      /^Document trop volumineux une fois décompressé/,
    );
  });

  it('ignores deleted text even when it holds a label', () => {
    const body = wParagraph(wDeleted('Paul : supprimé.') + wInserted('Marie : ajouté.'));
    const result = docx(buildDocx(body));
    expect(turnsAsSeen(result)).toEqual([['Marie', 'other', 'Marie : ajouté.']]);
  });
});
