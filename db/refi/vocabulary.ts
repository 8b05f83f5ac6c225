/**
 * The names Terrain gives its own attributes in REFI-QDA files (variables of sources and cases, sets), read
 * back on import whatever their case and accents. French, as the app is; a few English aliases are accepted.
 */
import type { InterviewMode } from '../../shared/domain';

/** Lower case, no accents, straight apostrophes, single spaces: "Type d’acteur" -> "type d'acteur". */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/·/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type InterviewField = 'date' | 'place' | 'mode' | 'interviewer' | 'topic';
export type PersonField =
  'organisation' | 'actorType' | 'structureType' | 'position' | 'hierarchyLevel' | 'pseudonym';

export const INTERVIEW_VARIABLES: Record<
  InterviewField,
  { name: string; type: 'Text' | 'Date'; aliases: string[] }
> = {
  date: { name: 'Date de l’entretien', type: 'Date', aliases: ['date', 'interview date', 'date entretien'] },
  place: { name: 'Lieu', type: 'Text', aliases: ['place', 'location', 'lieu de l’entretien'] },
  mode: { name: 'Mode d’entretien', type: 'Text', aliases: ['mode', 'interview mode'] },
  interviewer: {
    name: 'Enquêteur·rice',
    type: 'Text',
    aliases: ['enqueteur', 'enquetrice', 'interviewer', 'intervieweur', 'intervieweuse'],
  },
  topic: { name: 'Thème', type: 'Text', aliases: ['theme', 'topic', 'sujet'] },
};

export const PERSON_VARIABLES: Record<PersonField, { name: string; aliases: string[] }> = {
  organisation: { name: 'Organisation', aliases: ['organization', 'structure', 'etablissement'] },
  actorType: { name: 'Type d’acteur', aliases: ['actor type', 'type acteur'] },
  structureType: { name: 'Type de structure', aliases: ['structure type'] },
  position: { name: 'Fonction', aliases: ['poste', 'position', 'role', 'job title'] },
  hierarchyLevel: { name: 'Niveau hiérarchique', aliases: ['hierarchy level', 'niveau'] },
  pseudonym: { name: 'Pseudonyme', aliases: ['pseudonym', 'alias'] },
};

function lookup<K extends string>(
  table: Record<K, { name: string; aliases: string[] }>,
  name: string,
): K | null {
  const f = fold(name);
  for (const [key, v] of Object.entries(table) as [K, { name: string; aliases: string[] }][]) {
    if (fold(v.name) === f || v.aliases.some((a) => fold(a) === f)) return key;
  }
  return null;
}

export const interviewField = (variableName: string) => lookup(INTERVIEW_VARIABLES, variableName);
export const personField = (variableName: string) => lookup(PERSON_VARIABLES, variableName);

export const MODE_LABELS: Record<InterviewMode, string> = {
  'on-site': 'Sur site',
  video: 'Visioconférence',
  phone: 'Téléphone',
};

export function modeFromLabel(label: string): InterviewMode | null {
  const f = fold(label);
  for (const [mode, l] of Object.entries(MODE_LABELS) as [InterviewMode, string][]) {
    if (fold(l) === f || fold(mode) === f) return mode;
  }
  if (['visio', 'video', 'visioconference', 'teams', 'zoom'].includes(f)) return 'video';
  if (['telephone', 'phone', 'tel'].includes(f)) return 'phone';
  if (['sur place', 'presentiel', 'on site', 'in person'].includes(f)) return 'on-site';
  return null;
}

export type HierarchyLevel = 'field' | 'middle' | 'strategic';

export const HIERARCHY_LABELS: Record<HierarchyLevel, string> = {
  field: 'Terrain',
  middle: 'Intermédiaire',
  strategic: 'Stratégique',
};

export function hierarchyFromLabel(label: string): HierarchyLevel | null {
  const f = fold(label);
  for (const [level, l] of Object.entries(HIERARCHY_LABELS) as [HierarchyLevel, string][]) {
    if (fold(l) === f || level === f) return level;
  }
  return null;
}

/** Sets Terrain writes: one per project, one per actor type (derived from the cases, not read back). */
export const PROJECT_SET_PREFIX = 'Projet : ';
export const ACTOR_TYPE_SET_PREFIX = 'Type d’acteur : ';

export function projectNameFromSet(setName: string): string | null {
  const m = /^\s*projet\s*:\s*(.+)$/i.exec(setName);
  return m ? m[1]!.trim() : null;
}

export function isActorTypeSet(setName: string): boolean {
  return fold(setName).startsWith(fold(ACTOR_TYPE_SET_PREFIX));
}

/** The attribute names of what has no column in Terrain. */
export const CASE_ATTRIBUTE = 'Cas';
export const SET_ATTRIBUTE = 'Ensemble';
export const USER_ATTRIBUTE = 'Utilisateur';
export const CODABLE_ATTRIBUTE = 'Codable';

/**
 * A code's REFI description from its Terrain fields: the definition, then inclusion, exclusion and example
 * as labelled paragraphs, which codeFieldsFromDescription reads back.
 */
const SECTION = { inclusion: 'Inclusion', exclusion: 'Exclusion', example: 'Exemple' } as const;

export function codeDescription(c: {
  definition: string | null;
  inclusion: string | null;
  exclusion: string | null;
  example: string | null;
}): string | null {
  const parts: string[] = [];
  if (c.definition?.trim()) parts.push(c.definition.trim());
  for (const [key, label] of Object.entries(SECTION) as [keyof typeof SECTION, string][]) {
    const v = c[key]?.trim();
    if (v) parts.push(`${label} : ${v}`);
  }
  return parts.length ? parts.join('\n\n') : null;
}

export function codeFieldsFromDescription(description: string | null): {
  definition: string | null;
  inclusion: string | null;
  exclusion: string | null;
  example: string | null;
} {
  const out = { definition: null, inclusion: null, exclusion: null, example: null } as {
    definition: string | null;
    inclusion: string | null;
    exclusion: string | null;
    example: string | null;
  };
  if (!description?.trim()) return out;
  const labels = Object.entries(SECTION) as [keyof typeof SECTION, string][];
  const pattern = new RegExp(`(?:^|\\n\\n)(${labels.map(([, l]) => l).join('|')}) : `, 'g');
  const marks: { key: keyof typeof SECTION; at: number; bodyAt: number }[] = [];
  for (let m = pattern.exec(description); m; m = pattern.exec(description)) {
    const key = labels.find(([, l]) => l === m![1])![0];
    marks.push({ key, at: m.index, bodyAt: m.index + m[0].length });
  }
  const head = description.slice(0, marks[0]?.at ?? description.length).trim();
  out.definition = head || null;
  marks.forEach((mark, i) => {
    const body = description.slice(mark.bodyAt, marks[i + 1]?.at ?? description.length).trim();
    if (body) out[mark.key] = body;
  });
  return out;
}
