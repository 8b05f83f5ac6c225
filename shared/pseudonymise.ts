/**
 * Pseudonymisation of people's names in free text (verbatims, notes, titles): every way a person of the
 * workspace can be written — full name, first name alone, surname alone, the aliases the consultant recorded,
 * with or without a title (Mme, Dr, Dre…) — is replaced by that person's pseudonym. Organisations, roles and
 * places stay as written.
 *
 * How text is matched:
 * - accent-, case- and typography-insensitive: "Aurelie", "AURÉLIE" and "Aurélie" are the same name, as are
 *   ’ and ', and a non-breaking space and a space;
 * - whole words only, a hyphenated compound being one word: "Laurent" is not found in "Saint-Laurent",
 *   "Ben" not in "Benoît";
 * - longest first: "Anne-Sophie Le Bihan" is one match (not "Anne-Sophie" then "Le Bihan");
 * - particles (le, de, ben…) are never a name alone, so "Le Bihan" does not turn every "le" into a pseudonym;
 * - a name that is also a common French word (Rose, Pierre, Petit, France…) is replaced only when written
 *   with a capital and not after an article ("la France", "une rose", "le petit" stay);
 * - a name shared by several people (two Juliens) cannot say which one it is: it becomes a neutral
 *   placeholder, never the wrong person's pseudonym;
 * - `keep` lists names that must stay whole even though a person's name is inside them (an organisation
 *   "Institut Curie" next to a person "Marie Curie").
 *
 * Pure (no I/O): reports, exports and tests use the same function.
 */

export interface PseudonymPerson {
  /** Used for the fallback pseudonym when none was given. */
  id?: string;
  fullName: string;
  pseudonym: string | null;
  aliases?: readonly string[];
}

export interface PseudonymiseOptions {
  /** A title before a name: 'fold' (default) drops it ("Dr Le Bihan" → "Clinique-2"), 'keep' keeps it. */
  titles?: 'fold' | 'keep';
  /** Names that stay as written (organisations and their aliases, places). */
  keep?: readonly string[];
  /** What replaces a lone first name or surname that several people share. */
  ambiguous?: string;
  /** The pseudonym of a person who has none (default "Personne <last 4 characters of the id>" or "Personne N"). */
  fallback?: (person: PseudonymPerson, index: number) => string;
}

/** One name found in a text: where it is (UTF-16 offsets into that text) and what replaces it. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

export interface Pseudonymiser {
  (text: string): string;
  /**
   * The names of a text and their pseudonyms, in order and without overlap, without building the new text:
   * for a view that must know where each replacement falls (a transcript whose offsets the coding uses).
   */
  replacements(text: string): Replacement[];
  /** The same value with every string in it (at any depth of arrays and plain objects) pseudonymised. */
  deep<T>(value: T): T;
  /** The name forms searched for, folded, with what replaces each (null: kept as written). For audits. */
  readonly terms: ReadonlyMap<string, string | null>;
}

/** Surname particles: part of a name, never a name alone. */
const PARTICLES = new Set([
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'd',
  'l',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'do',
  'dos',
  'das',
  'ben',
  'bin',
  'ibn',
  'el',
  'al',
  'mac',
  'mc',
  'st',
  'ste',
  'saint',
  'sainte',
  'y',
  'e',
]);

/** Titles written before a name. The abbreviations count only with a capital ("Me", not "me"). */
const TITLES_ABBREVIATED = new Set([
  'm',
  'mm',
  'mr',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'dr',
  'dre',
  'drs',
  'pr',
  'pre',
  'me',
  'ms',
  'mrs',
  'prof',
]);
const TITLES_WRITTEN = new Set([
  'madame',
  'monsieur',
  'mademoiselle',
  'docteur',
  'docteure',
  'professeur',
  'professeure',
  'maitre',
  'doctor',
  'professor',
]);

/**
 * First names and surnames that are also everyday French words (or places): these match alone only when
 * capitalised and not right after an article or determiner.
 */
const COMMON_WORDS = new Set(
  (
    'rose pierre claire olive violette marguerite constant clement aime desire prosper fortune modeste blanche ' +
    'ange noel pascal france paris lorraine florence nancy valence orange cerise aurore victoire esperance ' +
    'grace joie solange reine prudence patience celeste colombe dominique bernard sauveur martin jean ' +
    'petit grand blanc noir roux brun lebrun legrand lenoir leblanc fontaine marchand boulanger boucher ' +
    'meunier berger chevalier mercier roy roi rey leroy faure fabre barbier charpentier bonnet riviere ' +
    'moulin bois lac mer montagne page vallee lievre loup lion renard poulain mouton perdrix pigeon ' +
    'rossignol caille bouvier pasteur prieur juge garde masse porte bon bonhomme lamy ami doux vidal ' +
    'fort court long gros gras sage leger vasseur lemaire maire prevost baron comte duc marquis ' +
    'marechal sergent soldat chasseur pecheur tailleur tisserand potier mason carre rond bel beau ' +
    'belle bouche main pied tete martel marteau clou vigne vignes rosier poirier pommier chene ' +
    'laurier olivier lys jasmin iris camille morel nicolas thomas louis henri marin dupont pont ' +
    'roche laroche pasquier cordier vacher perrier perrin michel gauthier'
  ).split(' '),
);

/** Words after which a capitalised common word is the word, not a name: "la France", "une Rose". */
const DETERMINERS = new Set([
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'du',
  'des',
  'au',
  'aux',
  'en',
  'ce',
  'cet',
  'cette',
  'ces',
  'mon',
  'ma',
  'mes',
  'ton',
  'ta',
  'tes',
  'son',
  'sa',
  'ses',
  'notre',
  'nos',
  'votre',
  'vos',
  'leur',
  'leurs',
  'the',
  'a',
]);

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** What may stand between two words of one name: spaces, or an apostrophe ("N’Diaye"). */
const NAME_GAP = /^(?: +|')$/;

interface Folded {
  text: string;
  /** For each folded character, the start and end (UTF-16 units) of the original character it comes from. */
  start: number[];
  end: number[];
}

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = ch
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘ʼ´`′]/g, "'")
      .replace(/[‐‑‒]/g, '-')
      .replace(/[\s\u00a0\u202f]/g, ' ')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss');
    foldCache.set(ch, f);
  }
  return f;
}

/** Folds text for matching, keeping where each folded character came from. */
function fold(text: string): Folded {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f.length === 0) {
      // A combining mark (decomposed input): it belongs to the character before it.
      if (end.length > 0) end[end.length - 1] = i + ch.length;
    } else {
      for (let k = 0; k < f.length; k++) {
        start.push(i);
        end.push(i + ch.length);
      }
      out += f;
    }
    i += ch.length;
  }
  return { text: out, start, end };
}

/** Folds a name as written in the directory into its words. */
function foldWords(name: string): string[] {
  return [...fold(name).text.matchAll(WORD)].map((m) => m[0]);
}

interface Term {
  words: string[];
  /** null: a protected name, kept as written. */
  replacement: string | null;
  common: boolean;
}

interface Token {
  word: string;
  /** Offsets in the folded text. */
  fs: number;
  fe: number;
  /** Offsets in the original text. */
  os: number;
  oe: number;
  capital: boolean;
}

function stripTitle(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && (TITLES_ABBREVIATED.has(words[i]!) || TITLES_WRITTEN.has(words[i]!))) i++;
  return words.slice(i);
}

/** The forms of one person's name: full name, first name, surname, each significant word, the aliases. */
export function nameForms(person: PseudonymPerson): { explicit: string[][]; derived: string[][] } {
  const full = stripTitle(foldWords(person.fullName));
  const explicit: string[][] = [];
  const derived: string[][] = [];
  if (full.length > 0) explicit.push(full);
  if (full.length >= 2) {
    derived.push([full[0]!]);
    derived.push(full.slice(1));
    // After the last particle: "Bihan" for "Le Bihan", "Fontaine" for "de La Fontaine".
    let last = -1;
    full.forEach((w, i) => {
      if (i > 0 && PARTICLES.has(w)) last = i;
    });
    if (last > 0 && last < full.length - 1) derived.push(full.slice(last + 1));
    for (const w of full) derived.push([w]);
  }
  // The parts of a compound surname: "Dupont" and "Moreau" for "Dupont-Moreau" (not of a first name: "Anne"
  // alone is not "Anne-Sophie").
  for (const w of full.slice(1)) if (w.includes('-')) for (const part of w.split('-')) derived.push([part]);
  for (const alias of person.aliases ?? []) {
    const words = stripTitle(foldWords(alias));
    if (words.length > 0) explicit.push(words);
  }
  // A lone word is a name only with two letters or more and not a particle ("Personne 12" makes no name of "12").
  const significant = (words: string[]) =>
    words.length > 1 || (words[0]!.replace(/[^\p{L}]/gu, '').length >= 2 && !PARTICLES.has(words[0]!));
  return { explicit: explicit.filter(significant), derived: derived.filter(significant) };
}

function defaultFallback(person: PseudonymPerson, index: number): string {
  return person.id ? `Personne ${person.id.slice(-4)}` : `Personne ${index + 1}`;
}

export function createPseudonymiser(
  people: readonly PseudonymPerson[],
  options: PseudonymiseOptions = {},
): Pseudonymiser {
  const ambiguous = options.ambiguous ?? '[personne]';
  const fallback = options.fallback ?? defaultFallback;
  const foldTitles = (options.titles ?? 'fold') === 'fold';

  // Each name form, with every pseudonym it stands for: a form of several people is ambiguous. A form a
  // person was explicitly given (full name, alias) wins over the same form derived from someone else's name.
  const forms = new Map<string, { words: string[]; explicit: Set<string>; derived: Set<string> }>();
  people.forEach((person, index) => {
    const pseudonym = person.pseudonym?.trim() || fallback(person, index);
    const { explicit, derived } = nameForms(person);
    const add = (words: string[], kind: 'explicit' | 'derived') => {
      const key = words.join(' ');
      const entry = forms.get(key) ?? { words, explicit: new Set<string>(), derived: new Set<string>() };
      entry[kind].add(pseudonym);
      forms.set(key, entry);
    };
    explicit.forEach((w) => add(w, 'explicit'));
    derived.forEach((w) => add(w, 'derived'));
  });

  const terms: Term[] = [];
  const termMap = new Map<string, string | null>();
  for (const [key, entry] of forms) {
    const owners = entry.explicit.size > 0 ? entry.explicit : entry.derived;
    const replacement = owners.size === 1 ? [...owners][0]! : ambiguous;
    const common = entry.words.length === 1 && COMMON_WORDS.has(entry.words[0]!.replace(/-/g, ''));
    terms.push({ words: entry.words, replacement, common });
    termMap.set(key, replacement);
  }
  for (const name of options.keep ?? []) {
    const words = foldWords(name);
    const key = words.join(' ');
    if (words.length === 0 || forms.has(key)) continue; // a person's own name is never protected
    terms.push({ words, replacement: null, common: false });
    termMap.set(key, null);
  }
  // Index by first word, longest first; at equal length a person's name before a protected one.
  const index = new Map<string, Term[]>();
  for (const t of terms) {
    const list = index.get(t.words[0]!) ?? [];
    list.push(t);
    index.set(t.words[0]!, list);
  }
  for (const list of index.values())
    list.sort(
      (a, b) =>
        b.words.length - a.words.length || Number(a.replacement === null) - Number(b.replacement === null),
    );

  const replacements = (text: string): Replacement[] => {
    if (!text || index.size === 0) return [];
    const folded = fold(text);
    const tokens: Token[] = [];
    for (const m of folded.text.matchAll(WORD)) {
      const fs = m.index;
      const fe = fs + m[0].length;
      const os = folded.start[fs]!;
      const first = text.slice(os, folded.end[fs]!);
      tokens.push({
        word: m[0],
        fs,
        fe,
        os,
        oe: folded.end[fe - 1]!,
        capital: first !== first.toLowerCase(),
      });
    }
    const gap = (a: Token, b: Token) => folded.text.slice(a.fe, b.fs);
    const found: Replacement[] = [];
    let cursor = 0;
    let i = 0;
    while (i < tokens.length) {
      const term = index.get(tokens[i]!.word)?.find((t) => matches(t, i));
      if (!term) {
        i++;
        continue;
      }
      const last = tokens[i + term.words.length - 1]!;
      if (term.replacement !== null) {
        let from = tokens[i]!.os;
        if (foldTitles && i > 0 && isTitle(tokens[i - 1]!, tokens[i]!) && tokens[i - 1]!.os >= cursor)
          from = tokens[i - 1]!.os;
        found.push({ start: from, end: last.oe, text: term.replacement });
        cursor = last.oe;
      }
      i += term.words.length;
    }
    return found;

    function matches(term: Term, at: number): boolean {
      if (at + term.words.length > tokens.length) return false;
      for (let k = 0; k < term.words.length; k++) {
        if (tokens[at + k]!.word !== term.words[k]) return false;
        if (k > 0 && !NAME_GAP.test(gap(tokens[at + k - 1]!, tokens[at + k]!))) return false;
      }
      if (term.common) {
        const t = tokens[at]!;
        if (!t.capital) return false;
        const before = at > 0 ? tokens[at - 1]! : null;
        if (before && DETERMINERS.has(before.word) && /^ *'? *$/.test(gap(before, t))) return false;
      }
      return true;
    }

    function isTitle(title: Token, name: Token): boolean {
      const between = gap(title, name);
      if (TITLES_WRITTEN.has(title.word)) return /^ +$/.test(between);
      if (!TITLES_ABBREVIATED.has(title.word) || !title.capital) return false;
      // "M" alone is a title only as "M." ; the others with or without the full stop.
      return title.word === 'm' ? /^\. *$/.test(between) : /^\.? +$|^\.$/.test(between);
    }
  };

  const apply = (text: string): string => applyReplacements(text, replacements(text));
  const deep = <T>(value: T): T => mapStrings(value, apply);
  return Object.assign(apply, { replacements, deep, terms: termMap });
}

/** The text with each replacement (in order, not overlapping) written in place of what it covers. */
export function applyReplacements(text: string, found: readonly Replacement[]): string {
  if (found.length === 0) return text;
  const pieces: string[] = [];
  let cursor = 0;
  for (const r of found) {
    pieces.push(text.slice(cursor, r.start), r.text);
    cursor = r.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

/** Everyone whose name a pseudonymised view or report replaces, as the workspace holds them. */
export interface PseudonymDirectory {
  /** The directory's people, with their aliases and the speaker labels that are theirs alone. */
  people: PseudonymPerson[];
  /** The interviewers as typed on interviews (free text): those who are nobody in the directory get a label. */
  interviewers: string[];
  /** Names kept as written: organisations and their aliases. */
  keep: string[];
}

/**
 * The pseudonymiser of a workspace: its people, plus each interviewer who is nobody in the directory under a
 * numbered label ("Enquêteur·rice 1"). Reports and the presentation mode of the window build theirs here, so a
 * name is replaced the same way on screen and in a file.
 */
export function directoryPseudonymiser(
  directory: PseudonymDirectory,
  labels: { interviewer: (n: number) => string; ambiguous: string },
): Pseudonymiser {
  const people = [...directory.people];
  const known = people.flatMap((p) => [p.fullName, ...(p.aliases ?? [])]);
  let n = 0;
  for (const name of directory.interviewers) {
    if (findNames(name, known).length > 0) continue;
    n++;
    people.push({ fullName: name, pseudonym: labels.interviewer(n) });
  }
  return createPseudonymiser(people, { keep: directory.keep, ambiguous: labels.ambiguous });
}

/** The value with every string in it replaced by f(string); arrays and plain objects are copied. */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f);
    return out as T;
  }
  return value;
}

/**
 * The names (as given) that a text still holds, as whole words, accent- and case-insensitively; a hyphen counts
 * as a word boundary here, so this check is stricter than the replacement. For tests and audits.
 */
export function findNames(text: string, names: readonly string[]): string[] {
  const folded = fold(text).text;
  return names.filter((n) => {
    const words = foldWords(n);
    if (words.length === 0) return false;
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("(?: +|')");
    return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u').test(folded);
  });
}
