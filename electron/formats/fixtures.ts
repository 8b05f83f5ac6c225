/**
 * Builders of real .docx / .odt packages and Windows-1252 / UTF-16 text for the importer tests, and the
 * writer of the committed fixtures in test/fixtures/transcripts/ (also used by end-to-end tests).
 *
 * Regenerate the committed files with:
 *   TERRAIN_WRITE_FIXTURES=1 npx vitest run electron/formats/fixtures.test.ts
 * (fixtures.test.ts checks on every run that the committed files still match these builders).
 * Not imported by application code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { WINDOWS_1252_80_9F } from './text';

export const FIXTURES_DIR = fileURLToPath(new URL('../../test/fixtures/transcripts/', import.meta.url));

/* ------------------------------------------------------------------ text encodings */

const CP1252_REVERSE = new Map<string, number>();
for (let b = 0xa0; b <= 0xff; b++) CP1252_REVERSE.set(String.fromCharCode(b), b);
WINDOWS_1252_80_9F.forEach((code, i) => CP1252_REVERSE.set(String.fromCharCode(code), 0x80 + i));

/** Encodes text as Windows-1252 (what Notepad on a French Windows writes as "ANSI"). */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    const byte = code < 0x80 ? code : CP1252_REVERSE.get(ch);
    if (byte === undefined) throw new Error(`Not encodable in Windows-1252: ${ch}`);
    out[i] = byte;
  }
  return out;
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const offset = bom ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  if (bom) out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const hi = c >> 8;
    const lo = c & 0xff;
    out[offset + i * 2] = endian === 'le' ? lo : hi;
    out[offset + i * 2 + 1] = endian === 'le' ? hi : lo;
  }
  return out;
}

/* ------------------------------------------------------------------ WordprocessingML */

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run: text (tabs and line breaks become w:tab / w:br), bold or not. */
export function wRun(text: string, opts: { bold?: boolean; style?: string } = {}): string {
  const props = [
    opts.style ? `<w:rStyle w:val="${opts.style}"/>` : '',
    opts.bold ? '<w:b/><w:bCs/>' : '',
  ].join('');
  const content = text
    .split(/(\t|\n)/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '\t'
        ? '<w:tab/>'
        : part === '\n'
          ? '<w:br/>'
          : `<w:t xml:space="preserve">${xmlEscape(part)}</w:t>`,
    )
    .join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content}</w:r>`;
}

export function wParagraph(content: string, style?: string): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;
}

/** Deleted text as Word writes it with track changes on. */
export function wDeleted(text: string): string {
  return `<w:del w:id="101" w:author="Claire Martin" w:date="2024-03-13T09:00:00Z"><w:r><w:delText xml:space="preserve">${xmlEscape(text)}</w:delText></w:r></w:del>`;
}

export function wInserted(text: string): string {
  return `<w:ins w:id="102" w:author="Claire Martin" w:date="2024-03-13T09:00:00Z">${wRun(text)}</w:ins>`;
}

const DOCX_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
  <w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="lev"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
</w:styles>`;

/** A complete .docx package around a w:body content. */
export function buildDocx(
  bodyXml: string,
  opts: { styles?: boolean; extraParts?: Zippable } = {},
): Uint8Array {
  const styles = opts.styles ?? true;
  const parts: Zippable = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  ${styles ? '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' : ''}
  <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  ${styles ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : ''}
</Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${bodyXml}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`),
    ...(styles ? { 'word/styles.xml': strToU8(DOCX_STYLES) } : {}),
    'docProps/app.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>`),
    ...opts.extraParts,
  };
  return zipSync(parts, { level: 6, mtime: new Date(2024, 2, 12, 10, 0, 0) });
}

/** entretien-chu.docx: Word transcript with bold speaker labels (some split across runs) and track changes. */
export function buildEntretienChuDocx(): Uint8Array {
  const b = (t: string) => wRun(t, { bold: true });
  const body = [
    wParagraph(wRun('Entretien n° 3 — Déploiement de la télésurveillance au CHU de Valmont'), 'Titre1'),
    wParagraph(wRun('Date : 12 mars 2024 — durée : 52 minutes')),
    wParagraph(wRun('Personnes présentes : Claire Martin (Terrain Conseil), Marie Dupont (CHU de Valmont)')),
    wParagraph(''),
    wParagraph(
      b('Intervieweuse :') +
        wRun(
          ' Bonjour Marie, merci de nous recevoir. Pouvez-vous présenter votre rôle dans l’établissement ?',
        ),
    ),
    wParagraph(
      b('Marie Dupont :') +
        wRun(
          ' Je suis cadre de santé en cardiologie. Je coordonne le déploiement de la télésurveillance des patients insuffisants cardiaques avec la Société Octave Santé depuis 2022.',
        ),
    ),
    wParagraph(b('Intervieweuse') + b(' :') + wRun(' Quels ont été les principaux freins au déploiement ?')),
    wParagraph(
      b('Marie ') +
        b('Dupont') +
        wRun(' : Le premier frein, c’est l’interopérabilité avec le dossier patient informatisé.') +
        wDeleted(' Il a fallu six mois.') +
        wInserted(' Il a fallu neuf mois pour obtenir les flux.'),
    ),
    wParagraph(
      wRun(
        'Le directeur nous répétait : « la santé des patients d’abord, l’outil ensuite ».\nEt il avait raison.',
      ),
    ),
    wParagraph(b('Intervieweuse :') + wRun(' Et la charge de travail des équipes soignantes ?')),
    wParagraph(
      b('Marie Dupont :') +
        wRun(
          ' Au début, elle a augmenté.\tAujourd’hui, l’établissement a dédié une infirmière de coordination au suivi des alertes.',
        ),
    ),
    wParagraph(b('Intervieweuse :') + wRun(' Merci beaucoup, Marie.')),
  ].join('');
  return buildDocx(body);
}

/* ------------------------------------------------------------------ OpenDocument */

const ODF_NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
};

const ODF_ROOT_ATTRS = Object.entries(ODF_NS)
  .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
  .join(' ');

/** Automatic styles: T1 bold text, T2 normal text, P1 plain paragraph, P2 bold paragraph. */
export const ODT_AUTOMATIC_STYLES = `
    <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
    <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
    <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>
    <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>`;

export function buildOdt(
  bodyXml: string,
  opts: { automaticStyles?: string; trackedChanges?: string; encrypted?: boolean } = {},
): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_ROOT_ATTRS} office:version="1.3">
  <office:automatic-styles>${opts.automaticStyles ?? ODT_AUTOMATIC_STYLES}</office:automatic-styles>
  <office:body>
    <office:text>
      <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
      ${opts.trackedChanges ?? ''}
      ${bodyXml}
    </office:text>
  </office:body>
</office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${ODF_ROOT_ATTRS} office:version="1.3">
  <office:styles>
    <style:style style:name="Standard" style:family="paragraph"/>
    <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="130%" fo:font-weight="bold"/></style:style>
    <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  </office:styles>
</office:document-styles>`;
  const encryption = opts.encrypted
    ? '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/></manifest:encryption-data>'
    : '';
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encryption}</manifest:file-entry>
  <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  const mtime = new Date(2024, 2, 12, 10, 0, 0);
  return zipSync(
    {
      // The mimetype entry comes first and uncompressed, as the ODF packaging spec requires.
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(content),
      'styles.xml': strToU8(styles),
      'META-INF/manifest.xml': strToU8(manifest),
    },
    { level: 6, mtime },
  );
}

/** entretien-chu.odt: the same kind of interview as written by LibreOffice Writer. */
export function buildEntretienChuOdt(): Uint8Array {
  const body = `
      <text:h text:style-name="Heading_20_1" text:outline-level="1">Entretien n° 4 — Plateforme de coordination, CHU de Valmont</text:h>
      <text:p text:style-name="P1">Date : 19 mars 2024</text:p>
      <text:p text:style-name="P1"><text:span text:style-name="T1">Intervieweuse :</text:span> Bonjour Thomas, quel est votre rôle dans le déploiement ?</text:p>
      <text:p text:style-name="P1"><text:span text:style-name="T1">Thomas Roux</text:span> : Je suis    chef de projet à la direction du numérique.<text:s text:c="2"/>J’accompagne la Société Octave Santé<text:tab/>depuis l’appel à projets.</text:p>
      <text:p text:style-name="P1">Notre établissement a signé la convention en 2023.<text:line-break/>La santé des patients reste la priorité.</text:p>
      <text:p text:style-name="P1"><text:span text:style-name="Strong_20_Emphasis">Intervieweuse :</text:span> Qu’est-ce qui a <text:change-start text:change-id="ct1"/><text:change-end text:change-id="ct1"/>freiné le projet ?</text:p>
      <text:p text:style-name="P1"><text:span text:style-name="T1">Thomas Roux :</text:span> L’identito-vigilance<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Note de bas de page à ne pas importer.</text:p></text:note-body></text:note>, surtout.</text:p>`;
  const tracked = `<text:tracked-changes>
        <text:changed-region xml:id="ct1" text:id="ct1">
          <text:deletion><office:change-info><dc:creator>Claire Martin</dc:creator><dc:date>2024-03-20T10:00:00</dc:date></office:change-info><text:p>texte supprimé</text:p></text:deletion>
        </text:changed-region>
      </text:tracked-changes>`;
  return buildOdt(body, { trackedChanges: tracked });
}

/* ------------------------------------------------------------------ plain text */

/** entretien-windows1252.txt: a Notepad "ANSI" file with CRLF line endings. */
export const WINDOWS_1252_INTERVIEW = [
  'Entretien avec Paul Leroy, directeur des systèmes d’information',
  'Établissement : Hôpital Saint-Julien — partenaire de la Société Hexa Santé',
  'Date : 4 avril 2024',
  '',
  'Intervieweuse : Bonjour Paul. Pouvez-vous nous décrire le déploiement de la plateforme de coordination dans votre établissement ?',
  '',
  'Paul Leroy : Bien sûr. Le déploiement a commencé en janvier ; la santé numérique est une priorité de la direction. « Il fallait aller vite », disait-on.',
  '',
  'Intervieweuse : Quelles difficultés avez-vous rencontrées ?',
  '',
  'Paul Leroy : Surtout un travail de conviction auprès des médecins… Le cœur du sujet, c’est la sécurité des données, et l’œil de la CNIL.',
  '',
  'Intervieweuse : Merci beaucoup.',
  '',
].join('\r\n');

export const UTF16_INTERVIEW = [
  'Q : Comment la téléexpertise a-t-elle été reçue par les médecins généralistes ?',
  'R : Plutôt bien. Les délais de réponse ont baissé de moitié 👩‍⚕️.',
  'Q : Et côté hôpital 🏥 ?',
  'R : Les spécialistes ont dû s’organiser en astreinte.',
  '',
].join('\r\n');

/** Writes the generated fixtures (binary and re-encoded ones); the UTF-8 ones are committed as written. */
export function writeTranscriptFixtures(dir: string = FIXTURES_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, Uint8Array> = {
    'entretien-chu.docx': buildEntretienChuDocx(),
    'entretien-chu.odt': buildEntretienChuOdt(),
    'entretien-windows1252.txt': encodeWindows1252(WINDOWS_1252_INTERVIEW),
    'entretien-utf16le.txt': encodeUtf16(UTF16_INTERVIEW, 'le', true),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return Object.keys(files);
}
