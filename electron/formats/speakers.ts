/**
 * Speaker turns in plain text (txt, md, paste, and the lines of docx/odt documents).
 *
 * A turn starts at a line that opens with a speaker label followed by a colon ("Q :", "Marie Dupont :",
 * "[00:12:03] Marie :") and runs until the next such line. The label must look like a name or a role,
 * not like the start of a sentence ("Il a dit : …" is speech, not a speaker). Offsets are UTF-16 code
 * units into the text the function was given.
 */

export type SpeakerRole = 'interviewer' | 'interviewee' | 'other';

export interface ParsedTurn {
  speaker: string | null;
  role: SpeakerRole;
  start: number;
  end: number;
  timestampMs: number | null;
  endMs: number | null;
}

export interface DetectOptions {
  interviewerNames?: string[];
}

export interface DetectInternalOptions extends DetectOptions {
  /** Offsets of line starts whose label was formatted in bold (docx, odt, md): the label shape is relaxed. */
  strongLineStarts?: ReadonlySet<number>;
}

/** Lower case, no accents, single spaces, no trailing dots: "Enquêtrice" -> "enquetrice". */
export function speakerKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\.+$/, '')
    .trim();
}

const INTERVIEWER_WORDS = new Set([
  'q',
  'question',
  'questions',
  'i',
  'int',
  'interviewer',
  'intervieweur',
  'intervieweuse',
  'intervieweurs',
  'intervieweuses',
  'enqueteur',
  'enqueteurs',
  'enquetrice',
  'enqueteuse',
  'enquetrices',
  'investigateur',
  'investigatrice',
  'animateur',
  'animatrice',
  'moderateur',
  'moderatrice',
  'consultant',
  'consultante',
]);

const INTERVIEWEE_WORDS = new Set([
  'r',
  'rep',
  'reponse',
  'reponses',
  'e',
  'enquete',
  'enquetee',
  'interviewe',
  'interviewee',
  'repondant',
  'repondante',
  'participant',
  'participante',
  'p',
  'interlocuteur',
  'interlocutrice',
]);

/** Role or job words that may be followed by lower-case words ("Cadre de santé", "Chef de projet"). */
const ROLE_HEADS = new Set([
  ...INTERVIEWER_WORDS,
  ...INTERVIEWEE_WORDS,
  'intervenant',
  'intervenante',
  'locuteur',
  'locutrice',
  'speaker',
  'orateur',
  'oratrice',
  'cadre',
  'chef',
  'cheffe',
  'directeur',
  'directrice',
  'medecin',
  'docteur',
  'docteure',
  'professeur',
  'professeure',
  'infirmier',
  'infirmiere',
  'ide',
  'aide-soignant',
  'aide-soignante',
  'sage-femme',
  'pharmacien',
  'pharmacienne',
  'praticien',
  'praticienne',
  'interne',
  'psychologue',
  'kinesitherapeute',
  'biologiste',
  'radiologue',
  'chirurgien',
  'chirurgienne',
  'responsable',
  'charge',
  'chargee',
  'ingenieur',
  'ingenieure',
  'technicien',
  'technicienne',
  'developpeur',
  'developpeuse',
  'patient',
  'patiente',
  'aidant',
  'aidante',
  'representant',
  'representante',
  'president',
  'presidente',
  'secretaire',
  'assistant',
  'assistante',
  'coordinateur',
  'coordinatrice',
  'coordonnateur',
  'coordonnatrice',
  'referent',
  'referente',
  'fondateur',
  'fondatrice',
  'utilisateur',
  'utilisatrice',
  'membre',
  'agent',
  'manager',
  'juriste',
  'acheteur',
  'acheteuse',
  'commercial',
  'commerciale',
  'dsi',
  'dg',
  'drh',
  'daf',
  'dim',
  'rssi',
  'dpo',
  'ceo',
  'cto',
  'cio',
]);

/**
 * First words that open sentences, headers and annotations rather than name a speaker: pronouns,
 * articles, connectors, discourse nouns ("Exemple :", "Résultat :"), metadata ("Date :", "Lieu :").
 */
const NOT_A_SPEAKER = new Set(
  (
    'il elle ils elles on je j tu nous vous ce c ca cela ceci celui celle ceux celles le la les l un une des du de d ' +
    'au aux et ou mais donc or ni car alors puis ensuite enfin bref bon oui non si sinon quand comme qui que quoi ' +
    'mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs tout tous toute toutes voici voila pour par ' +
    'dans en sur sous avec sans chez vers entre apres avant pendant depuis selon parce exemple ex ps nb note notes ' +
    'remarque remarques attention important rappel date dates lieu heure horaire duree objet sujet titre theme ' +
    'contexte projet participants presents absents personnes personne ordre resume synthese conclusion ' +
    'conclusions bilan resultat resultats probleme problemes objectif objectifs solution solutions source ' +
    'sources reference ref fichier version email courriel mail tel telephone adresse site url lien total ' +
    'definition etape etapes phase point points enjeu enjeux risque risques besoin besoins avantage avantages ' +
    'inconvenient inconvenients limite limites constat idee mots verbatim citation annexe fin debut pause ' +
    'transcription enregistrement codage entretien interview nom prenom fonction poste structure organisation ' +
    'etablissement service ville region pays age sexe genre anciennete statut cible type categorie format ' +
    'langue support mode modalite modalites consigne consignes introduction presentation contact ' +
    'rires rire inaudible musique silence applaudissements bruit bruits toux incomprehensible diaphonie ' +
    'coupure hesitation laughter laughs music applause crosstalk noise blank_audio time location subject title ' +
    'transcript attendees agenda summary warning axe axes partie section chapitre thematique bloc module volet ' +
    'item critere temps jour semaine mois annee'
  ).split(' '),
);

/** Lower-case words allowed inside a name: "Jeanne de la Tour", "Ludwig van Beethoven". */
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ben',
  'bin',
  'el',
  'al',
  'da',
  'di',
  'dos',
  'das',
  'y',
]);

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}\p{N}'’._-]*$/u;
const LOWER_WORD = /^[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*$/u;
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}/u;
const FORBIDDEN_IN_LABEL = /[?!,;«»"“”…=<>{}|*#@\t]/;

function wordKey(word: string): string {
  return speakerKey(word).replace(/\d+$/, '');
}

function splitParenthetical(label: string): { core: string; note: string | null } {
  const m = /^(.*?)\s*\(([^()]{1,30})\)$/.exec(label);
  if (m && m[1]) return { core: m[1], note: m[2]! };
  return { core: label, note: null };
}

/**
 * Whether `label` (already trimmed, spaces collapsed) looks like a speaker: a name ("Marie Dupont",
 * "M. Martin", "Dr Leroy", "J.-P. Durand", "MARIE"), a role ("Q", "Intervieweuse", "Cadre de santé"),
 * an anonymised participant ("Participant 3", "P1", "SPEAKER_00"). `strong`: the label was in bold.
 */
export function isSpeakerLabel(label: string, strong = false): boolean {
  if (!label || label.length > (strong ? 60 : 40)) return false;
  const { core } = splitParenthetical(label);
  if (FORBIDDEN_IN_LABEL.test(core) || /[()[\]]/.test(core)) return false;
  const words = core.split(' ');
  if (words.length > (strong ? 8 : 5)) return false;
  if (!/\p{L}/u.test(core)) return false;
  const first = words[0]!;
  const firstKey = wordKey(first);
  if (NOT_A_SPEAKER.has(firstKey)) return false;
  if (strong) return true;
  // Single-letter role words only as a whole label: "E :" is a role, "E. Martin :" is a name.
  const roleHead = firstKey.length > 1 && ROLE_HEADS.has(firstKey);
  if (!roleHead && !CAPITALISED.test(first)) {
    // "intervieweuse :" or "q :" written in lower case are still roles.
    if (!(words.length === 1 && (INTERVIEWER_WORDS.has(firstKey) || INTERVIEWEE_WORDS.has(firstKey))))
      return false;
  }
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (CAPITALISED.test(w) || /^\d{1,4}$/.test(w) || ELIDED_PARTICLE.test(w)) continue;
    if (PARTICLES.has(w.toLowerCase())) continue;
    if (roleHead && LOWER_WORD.test(w)) continue;
    return false;
  }
  return true;
}

const CIVILITY = /^(?:m|mr|mme|mlle|mrs|ms|dr|pr|monsieur|madame|mademoiselle|docteur|professeur)\.? /;

/** Keys against which labels are compared to recognise the interviewer by name. */
export function interviewerMatcher(names: readonly string[] | undefined): (label: string) => boolean {
  const full = new Set<string>();
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  for (const name of names ?? []) {
    const key = speakerKey(name).replace(CIVILITY, '');
    if (!key) continue;
    full.add(key);
    const parts = key.split(' ');
    if (parts.length > 1) {
      firstNames.add(parts[0]!);
      lastNames.add(parts[parts.length - 1]!);
    }
  }
  return (label: string) => {
    if (full.size === 0) return false;
    const key = speakerKey(splitParenthetical(label).core);
    if (full.has(key)) return true;
    const withoutCivility = key.replace(CIVILITY, '');
    if (full.has(withoutCivility)) return true;
    if (withoutCivility !== key && lastNames.has(withoutCivility)) return true;
    return !key.includes(' ') && firstNames.has(key);
  };
}

/** The role a label states by itself (Q, Réponse, Enquêteur...), or null for a plain name. */
export function roleOfLabel(label: string): 'interviewer' | 'interviewee' | null {
  const core = splitParenthetical(label).core;
  const words = core.split(/\s+/);
  const firstKey = wordKey(words[0] ?? '');
  if (firstKey.length === 1 && words.length > 1) return null;
  if (INTERVIEWER_WORDS.has(firstKey)) return 'interviewer';
  if (INTERVIEWEE_WORDS.has(firstKey)) return 'interviewee';
  return null;
}

/**
 * Gives roles to turns whose speaker is known: stated roles and interviewer names first; the other named
 * speakers are interviewees when the text has an interviewer, 'other' when it has none.
 */
export function assignRoles(
  turns: { speaker: string | null; role: SpeakerRole }[],
  interviewerNames: readonly string[] | undefined,
): void {
  const isInterviewer = interviewerMatcher(interviewerNames);
  const stated: ('interviewer' | 'interviewee' | null)[] = turns.map((t) => {
    if (t.speaker === null) return null;
    if (isInterviewer(t.speaker)) return 'interviewer';
    return roleOfLabel(t.speaker);
  });
  const hasInterviewer = stated.includes('interviewer');
  turns.forEach((t, i) => {
    if (t.speaker === null) t.role = 'other';
    else t.role = stated[i] ?? (hasInterviewer ? 'interviewee' : 'other');
  });
}

const TIME = String.raw`(\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)`;
/** "[00:12:03] ", "(12:03) ", "00:12:03 - " at the start of a line. */
const TIME_PREFIX = new RegExp(
  String.raw`^[ \t]*(?:\[[ \t]*${TIME}[ \t]*\]|\([ \t]*${TIME}[ \t]*\)|${TIME}(?=[ \t]))[ \t]*(?:[-–—|][ \t]+)?`,
);
/** "Marie (00:12:03) :" or "Marie [12:03] :". */
const TIME_SUFFIX = new RegExp(
  String.raw`^([^:：]{1,60}?)[ \t]*(?:\[[ \t]*${TIME}[ \t]*\]|\([ \t]*${TIME}[ \t]*\))[ \t]*[:：]`,
);
/** "Marie Dupont   00:03" (Otter, Teams) or "[Marie Dupont] 14:03:22" (Zoom) alone on its line, speech below. */
const TIMED_HEADING = new RegExp(
  String.raw`^(?:\[([^[\]]{1,40})\]|([^[\]]{1,40}?))[ \t]+(?:\[${TIME}\]|\(${TIME}\)|${TIME})[ \t]*$`,
);
const BULLET = /^[ \t]*[-–—•][ \t]+/;
const SPACE_BEFORE_COLON = /[ \t\u00A0\u202F]+$/;

/** Milliseconds of "01:02:03", "12:03", "00:12:03.5", or null when minutes or seconds are out of range. */
export function parseClock(value: string): number | null {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(value.trim());
  if (!m) return null;
  const h = m[1] ? Number(m[1]) : 0;
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (s > 59 || (m[1] !== undefined && min > 59)) return null;
  const ms = m[4] ? Number(m[4].padEnd(3, '0')) : 0;
  return ((h * 60 + min) * 60 + s) * 1000 + ms;
}

function firstTime(m: RegExpExecArray, from: number): number | null {
  for (let i = from; i < m.length; i++) if (m[i] !== undefined) return parseClock(m[i]!);
  return null;
}

function collapse(label: string): string {
  return label.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

interface LabelMatch {
  /** Offset of the label in the line. */
  labelStart: number;
  /** The label exactly as written (so the turn's text starts with it); compare labels with speakerKey. */
  label: string;
  timestampMs: number | null;
  /** A "Name  00:03" heading line: only trusted when the text uses that layout. */
  timedHeading: boolean;
}

/** The speaker label opening `line`, if any. */
export function matchLabelLine(line: string, strong = false): LabelMatch | null {
  let pos = 0;
  let timestampMs: number | null = null;
  const prefix = TIME_PREFIX.exec(line);
  if (prefix) {
    timestampMs = firstTime(prefix, 1);
    pos = prefix[0].length;
  } else {
    const bullet = BULLET.exec(line);
    if (bullet) pos = bullet[0].length;
  }
  while (pos < line.length && isSpace(line.charCodeAt(pos))) pos++;
  const rest = line.slice(pos, pos + 80);
  if (!rest) return null;

  const suffix = TIME_SUFFIX.exec(rest);
  if (suffix) {
    const label = suffix[1]!.trim();
    if (isSpeakerLabel(collapse(label), strong))
      return {
        labelStart: pos,
        label,
        timestampMs: timestampMs ?? firstTime(suffix, 2),
        timedHeading: false,
      };
  }

  const colon = rest.search(/[:：]/);
  if (colon > 0) {
    const after = rest[colon + 1];
    if (after === undefined || !/[\d/]/.test(after)) {
      const label = rest.slice(0, colon).replace(SPACE_BEFORE_COLON, '').trim();
      if (isSpeakerLabel(collapse(label), strong))
        return { labelStart: pos, label, timestampMs, timedHeading: false };
    }
  }

  if (timestampMs === null && line.length - pos <= 60) {
    const heading = TIMED_HEADING.exec(line.slice(pos));
    if (heading) {
      const bracketed = heading[1] !== undefined;
      const label = (heading[1] ?? heading[2]!).trim();
      if (label && isSpeakerLabel(collapse(label), false))
        return {
          labelStart: bracketed ? line.indexOf(label, pos) : pos,
          label,
          timestampMs: firstTime(heading, 3),
          timedHeading: true,
        };
    }
  }
  return null;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0x3000;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Implementation of detectSpeakerTurns, with the bold-label hints of rich documents. */
export function detectTurns(text: string, options: DetectInternalOptions = {}): ParsedTurn[] {
  const strongLines = options.strongLineStarts;
  const found: { lineStart: number; match: LabelMatch }[] = [];
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // Only the head of a line can hold a label: never copy a whole long line.
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 120));
    const match = matchLabelLine(head, strongLines?.has(lineStart) ?? false);
    if (match) found.push({ lineStart, match });
    lineStart = lineEnd + 1;
  }

  // "Name  00:03" headings are trusted when the text uses that layout (some name heads at least two turns:
  // an agenda's "Pause 10:30" does not), or when the name is a role word or an interviewer.
  const headingCount = new Map<string, number>();
  for (const f of found)
    if (f.match.timedHeading) {
      const key = speakerKey(f.match.label);
      headingCount.set(key, (headingCount.get(key) ?? 0) + 1);
    }
  const headingLayout = [...headingCount.values()].some((n) => n >= 2);
  const isInterviewer = interviewerMatcher(options.interviewerNames);
  const accepted = found.filter(
    (f) =>
      !f.match.timedHeading ||
      headingLayout ||
      roleOfLabel(f.match.label) !== null ||
      isInterviewer(f.match.label),
  );

  const contentStart = trimStart(text, 0, text.length);
  const contentEnd = trimEnd(text, contentStart, text.length);
  if (contentStart === contentEnd) return [];
  const turns: ParsedTurn[] = [];
  const firstLabelLine = accepted[0]?.lineStart ?? text.length;
  if (contentStart < firstLabelLine) {
    const end = trimEnd(text, contentStart, firstLabelLine);
    if (end > contentStart)
      turns.push({ speaker: null, role: 'other', start: contentStart, end, timestampMs: null, endMs: null });
  }
  for (let k = 0; k < accepted.length; k++) {
    const { lineStart, match } = accepted[k]!;
    const start = lineStart + match.labelStart;
    const regionEnd = accepted[k + 1]?.lineStart ?? text.length;
    turns.push({
      speaker: match.label,
      role: 'other',
      start,
      end: trimEnd(text, start, regionEnd),
      timestampMs: match.timestampMs,
      endMs: null,
    });
  }
  assignRoles(turns, options.interviewerNames);
  return turns;
}
