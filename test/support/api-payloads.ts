import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { api, methodNames, type MethodName } from '../../shared/api';
import type { ApiEnvelope, ApiErrorCode } from '../../shared/errors';
import { createWorkspace } from '../../db/create';
import type { Db } from '../../db/workspace';
import { deleteInterview } from '../../db/interviews-edit';
import { saveAnalysis } from '../../db/saved-analyses';
import { updateCode } from '../../db/codebook-edit';
import { undo } from '../../db/history';
import { exportCodebookCsv } from '../../db/codebook-csv';

/**
 * Payloads for every API method, for the tests that call them all (read-only refusals, hostile input):
 * a valid payload built from the workspace's real ids (hand-written where the shape alone is not enough,
 * derived from the method's schema otherwise, so methods added later are covered too), and generators of
 * garbage and of mutations.
 */

export const ERROR_CODES: ApiErrorCode[] = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'no_workspace',
  'workspace_refused',
  'conflict',
  'forbidden',
  'internal',
];

/** A structured answer: a value, or an error with a known code and a message. */
export function isEnvelope(answer: unknown): answer is ApiEnvelope<unknown> {
  if (typeof answer !== 'object' || answer === null) return false;
  const a = answer as Record<string, unknown>;
  if (a.ok === true) return 'value' in a;
  if (a.ok !== false) return false;
  const e = a.error as Record<string, unknown> | undefined;
  return (
    !!e &&
    ERROR_CODES.includes(e.code as ApiErrorCode) &&
    typeof e.message === 'string' &&
    (e.message as string).length > 0
  );
}

/** A hash of every row of every table (indexes and FTS shadow tables included), whatever the row order. */
export function checksum(db: Db): string {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const h = createHash('sha256');
  for (const t of tables) {
    const rows = (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r, (_k, v: unknown) =>
        Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v,
      ),
    );
    rows.sort();
    h.update(`${t}\u0000${rows.join('\u0001')}\u0002`);
  }
  return h.digest('hex');
}

export function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

export interface Ids {
  interview: string;
  interview2: string;
  transcript: string;
  turn: string;
  segment: string;
  code: string;
  code2: string;
  leafCode: string;
  challengeCode: string;
  axis: string;
  organisation: string;
  organisation2: string;
  project: string;
  partner: string;
  site: string;
  observation: string;
  person: string;
  savedAnalysis: string;
  deletedInterview: string;
  stepKey: string;
  stepStatus: string;
  linkedProject: boolean;
  csv: string;
}

/**
 * The demo workspace with a little of everything the methods need: a saved analysis, an interview in the
 * trash, an action to undo and one to redo. Written and closed: tests copy or open it.
 */
export function makeFixtureWorkspace(dir: string): string {
  const file = path.join(dir, 'fixture.terrain');
  const ws = createWorkspace(file, { demo: true });
  const db = ws.db;
  saveAnalysis(db, { name: 'Analyse enregistrée', kind: 'matrix', settings: { columns: 'projects' } });
  const doomed = (
    db.prepare('SELECT id FROM interviews WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1').get() as {
      id: string;
    }
  ).id;
  deleteInterview(db, doomed);
  const code =
    (db.prepare("SELECT id FROM codes WHERE kind = 'free' AND deleted_at IS NULL LIMIT 1").get() as
      { id: string } | undefined) ??
    (db.prepare('SELECT id FROM codes WHERE deleted_at IS NULL LIMIT 1').get() as { id: string });
  updateCode(db, code.id, { definition: 'Première définition' });
  updateCode(db, code.id, { definition: 'Deuxième définition' });
  undo(db);
  ws.close();
  return file;
}

export function fixtureIds(db: Db): Ids {
  const one = (sql: string, ...args: unknown[]) => {
    const row = db.prepare(sql).get(...args) as { id: string } | undefined;
    if (!row) throw new Error(`fixture: nothing for ${sql}`);
    return row.id;
  };
  const segment = db
    .prepare(
      `SELECT s.id, s.transcript_id AS transcriptId, sc.code_id AS codeId FROM segments s
       JOIN segment_codes sc ON sc.segment_id = s.id AND sc.deleted_at IS NULL
       JOIN transcripts t ON t.id = s.transcript_id AND t.deleted_at IS NULL
       JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
       WHERE s.deleted_at IS NULL LIMIT 1`,
    )
    .get() as { id: string; transcriptId: string; codeId: string };
  const interview = one('SELECT interview_id AS id FROM transcripts WHERE id = ?', segment.transcriptId);
  const project = one(
    'SELECT p.id FROM projects p JOIN project_partners pp ON pp.project_id = p.id WHERE p.deleted_at IS NULL LIMIT 1',
  );
  const stepKey = one(
    "SELECT key AS id FROM reference_items WHERE taxonomy = 'deployment-step' AND deleted_at IS NULL ORDER BY sort_order LIMIT 1",
  );
  const stepStatus = (
    db
      .prepare(
        'SELECT status FROM project_steps WHERE project_id = ? AND step_key = ? AND deleted_at IS NULL',
      )
      .get(project, stepKey) as { status: string } | undefined
  )?.status;
  return {
    interview,
    interview2: one('SELECT id FROM interviews WHERE deleted_at IS NULL AND id <> ? LIMIT 1', interview),
    transcript: segment.transcriptId,
    turn: one('SELECT id FROM speaker_turns WHERE transcript_id = ? LIMIT 1', segment.transcriptId),
    segment: segment.id,
    code: segment.codeId,
    code2: one(
      "SELECT id FROM codes WHERE deleted_at IS NULL AND id <> ? AND kind <> 'branch' AND parent_id IS NOT NULL LIMIT 1",
      segment.codeId,
    ),
    leafCode: one(
      'SELECT c.id FROM codes c WHERE c.deleted_at IS NULL AND c.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM codes k WHERE k.parent_id = c.id) LIMIT 1',
    ),
    // A challenge not observed yet for the project.
    challengeCode: one(
      `SELECT c.id FROM codes c JOIN codes b ON b.id = c.parent_id AND b.taxonomy_key = 'challenges'
       WHERE c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM challenge_observations o
         WHERE o.project_id = ? AND o.code_id = c.id AND o.deleted_at IS NULL) LIMIT 1`,
      project,
    ),
    axis: one('SELECT id FROM guide_axes WHERE deleted_at IS NULL LIMIT 1'),
    organisation: one('SELECT id FROM organisations WHERE deleted_at IS NULL ORDER BY id LIMIT 1'),
    organisation2: one('SELECT id FROM organisations WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1'),
    project,
    partner: one(
      'SELECT id FROM project_partners WHERE project_id = ? AND deleted_at IS NULL LIMIT 1',
      project,
    ),
    site: one('SELECT id FROM deployment_sites WHERE deleted_at IS NULL LIMIT 1'),
    observation: one('SELECT id FROM challenge_observations WHERE deleted_at IS NULL LIMIT 1'),
    person: one('SELECT id FROM people WHERE deleted_at IS NULL LIMIT 1'),
    savedAnalysis: one('SELECT id FROM saved_analyses WHERE deleted_at IS NULL LIMIT 1'),
    deletedInterview: one('SELECT id FROM interviews WHERE deleted_at IS NOT NULL LIMIT 1'),
    stepKey,
    stepStatus: stepStatus === 'blocked' ? 'done' : 'blocked',
    linkedProject: !!db
      .prepare(
        'SELECT 1 FROM segment_projects WHERE segment_id = ? AND project_id = ? AND deleted_at IS NULL',
      )
      .get(segment.id, project),
    csv: exportCodebookCsv(db),
  };
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** Payloads the schema alone cannot make valid (real ids that must fit together, a range in a text, a file). */
const HAND_MADE: Partial<Record<MethodName, (ids: Ids) => unknown>> = {
  'interviews.get': (i) => ({ id: i.interview }),
  'interviews.update': (i) => ({ id: i.interview, title: 'Titre modifié' }),
  'interviews.delete': (i) => ({ id: i.interview }),
  'interviews.setAxisNote': (i) => ({ id: i.interview, axisId: i.axis, note: 'Note d’axe' }),
  'guides.save': () => ({ name: 'Guide essai', axes: [{ labelFr: 'Axe', labelEn: 'Axis' }] }),
  'transcripts.import': () => ({
    fileName: 'essai.txt',
    contentBase64: b64('Intervieweuse : Bonjour.\nMarie : Bonjour, je suis infirmière.\n'),
  }),
  'transcripts.paste': (i) => ({
    interviewId: i.interview,
    text: 'Intervieweuse : Bonjour.\nMarie : Bonjour.',
  }),
  'transcripts.setTurnSpeaker': (i) => ({ turnId: i.turn, speaker: 'Autre locuteur', role: 'other' }),
  'segments.code': (i) => ({ transcriptId: i.transcript, start: 0, end: 12, codeIds: [i.code2] }),
  'segments.setCodes': (i) => ({ segmentId: i.segment, add: [i.code2] }),
  'segments.update': (i) => ({ segmentId: i.segment, memo: 'Mémo modifié' }),
  'segments.uncode': (i) => ({ segmentId: i.segment }),
  'segments.linkProject': (i) => ({ segmentId: i.segment, projectId: i.project, linked: !i.linkedProject }),
  'search.codeRanges': (i) => ({
    codeId: i.code2,
    ranges: [{ transcriptId: i.transcript, start: 0, end: 12 }],
  }),
  'search.query': () => ({ q: 'hopital' }),
  'search.codingCandidates': () => ({ q: 'patient', scope: 'sentence' }),
  'codes.create': () => ({ parentId: null, name: 'Code essai' }),
  'codes.update': (i) => ({ id: i.code, name: 'Code renommé' }),
  'codes.move': (i) => ({ id: i.leafCode, parentId: null, index: 0 }),
  'codes.merge': (i) => ({ sourceId: i.code, targetId: i.code2 }),
  'codes.delete': (i) => ({ id: i.code }),
  'codes.importCsv': (i) => ({ csv: `${i.csv.trimEnd()}\n,Code importé,Code importé,,,,,,,\n` }),
  'organisations.save': () => ({ name: 'Organisation essai' }),
  'organisations.delete': (i) => ({ id: i.organisation }),
  'organisations.merge': (i) => ({ duplicateId: i.organisation, keptId: i.organisation2 }),
  'projects.get': (i) => ({ id: i.project }),
  'projects.save': () => ({ name: 'Projet essai' }),
  'projects.delete': (i) => ({ id: i.project }),
  'projects.savePartner': (i) => ({ projectId: i.project, organisationId: i.organisation2, role: 'other' }),
  'projects.removePartner': (i) => ({ id: i.partner }),
  'projects.saveSite': (i) => ({ projectId: i.project, organisationId: i.organisation2 }),
  'projects.removeSite': (i) => ({ id: i.site }),
  'projects.setStep': (i) => ({ projectId: i.project, stepKey: i.stepKey, status: i.stepStatus }),
  'projects.saveObservation': (i) => ({ projectId: i.project, codeId: i.challengeCode, notes: 'Observé' }),
  'projects.deleteObservation': (i) => ({ id: i.observation }),
  'analysis.matrix': () => ({ columns: 'projects', unit: 'projects' }),
  'analysis.drillDown': () => ({ columns: 'projects', unit: 'projects' }),
  'analysis.cooccurrenceEvidence': (i) => ({ a: i.code, b: i.code2 }),
  'analysis.save': () => ({ name: 'Analyse essai', kind: 'matrix', settings: {} }),
  'analysis.deleteSaved': (i) => ({ id: i.savedAnalysis }),
  'trash.restore': (i) => ({ kind: 'interview', id: i.deletedInterview }),
  'people.getConsent': (i) => ({ id: i.person }),
  'people.setConsent': (i) => ({ id: i.person, consentDate: '2024-02-01', consentScope: 'Citations' }),
  'people.export': (i) => ({ id: i.person }),
  'people.erasePreview': (i) => ({ id: i.person }),
  'people.erase': (i) => ({ id: i.person, confirm: true }),
  'passphrase.set': () => ({ passphrase: 'une phrase de passe' }),
  'passphrase.change': () => ({ current: 'une phrase de passe', next: 'une autre phrase' }),
  'passphrase.remove': () => ({ current: 'une phrase de passe' }),
  'backup.setSettings': () => ({ keep: 7 }),
  'backup.restore': () => ({ name: '20240101-000000-manual.terrain' }),
  'reports.preview': () => ({ kind: 'portfolio', format: 'html' }),
  'reports.generate': () => ({ kind: 'portfolio', format: 'csv' }),
};

type Json = Record<string, unknown>;

export function jsonSchema(method: MethodName): Json {
  return z.toJSONSchema(api[method].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
}

const ID_TABLE: Record<string, keyof Ids> = {
  interviewId: 'interview',
  transcriptId: 'transcript',
  segmentId: 'segment',
  turnId: 'turn',
  codeId: 'code',
  rowCodeId: 'code',
  sourceId: 'code',
  targetId: 'code2',
  parentId: 'code2',
  axisId: 'axis',
  organisationId: 'organisation',
  keptId: 'organisation2',
  duplicateId: 'organisation',
  projectId: 'project',
  personId: 'person',
  guideId: 'axis',
};

/** A value that satisfies a JSON schema (required properties only), ids taken from the fixture. */
export function fromSchema(schema: Json, key: string, ids: Ids): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.anyOf)) {
    const variants = schema.anyOf as Json[];
    return fromSchema(variants.find((v) => v.type !== 'null') ?? variants[0]!, key, ids);
  }
  switch (schema.type) {
    case 'object': {
      const out: Json = {};
      const props = (schema.properties ?? {}) as Record<string, Json>;
      for (const k of (schema.required ?? []) as string[]) out[k] = fromSchema(props[k] ?? {}, k, ids);
      return out;
    }
    case 'array': {
      const n = (schema.minItems as number | undefined) ?? 0;
      const singular = key.endsWith('Ids') ? key.slice(0, -1) : key;
      return Array.from({ length: n }, () => fromSchema((schema.items ?? {}) as Json, singular, ids));
    }
    case 'integer':
    case 'number':
      return (schema.minimum as number | undefined) ?? 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string': {
      const pattern = schema.pattern as string | undefined;
      if (pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2024-03-01';
      if (pattern?.includes('#')) return '#336699';
      if (pattern?.includes('qdpx')) return 'projet.qdpx';
      if (pattern) return 'essai';
      const idKey = ID_TABLE[key];
      if (idKey) return ids[idKey];
      if (key === 'id') return ids.interview;
      const min = (schema.minLength as number | undefined) ?? 0;
      return 'Essai'.padEnd(Math.max(min, 5), '-');
    }
    default:
      return {};
  }
}

export function validPayload(method: MethodName, ids: Ids): unknown {
  const hand = HAND_MADE[method];
  if (hand) return hand(ids);
  return fromSchema(jsonSchema(method), '', ids);
}

export { methodNames };

// ---- Garbage --------------------------------------------------------------------------------------------

/** A small deterministic random generator (mulberry32), so a failing payload can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  '‮gnp.exe',
  '\u200b\u200b',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  "'; DROP TABLE interviews; --",
  '" OR 1=1 --',
  '%00%2e%2e%2f',
  '<script>alert(1)</script>',
  '${process.exit()}',
  '{{7*7}}',
  'NEAR(a b) OR * "',
  '\\',
  '😀'.repeat(40),
  'é'.repeat(600),
  'x'.repeat(5000),
  '2024-13-45',
  '-1',
  'NaN',
  '__proto__',
  'constructor',
];

const NASTY_NUMBERS = [
  -1,
  -0,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 31,
  1_000_000_001,
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** Any value at all: what a broken or hostile client could send. */
export function randomValue(r: () => number, depth = 0): unknown {
  const kind = Math.floor(r() * (depth > 3 ? 6 : 9));
  switch (kind) {
    case 0:
      return pick(r, NASTY_STRINGS);
    case 1:
      return pick(r, NASTY_NUMBERS);
    case 2:
      return r() < 0.5;
    case 3:
      return null;
    case 4:
      return Math.floor(r() * 1000);
    case 5:
      return BigInt(Math.floor(r() * 1e6));
    case 6:
      return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    case 7: {
      const o: Json = {};
      for (let i = 0; i < 1 + Math.floor(r() * 4); i++)
        o[pick(r, [...NASTY_STRINGS, 'id', 'path', 'q'])] = randomValue(r, depth + 1);
      return o;
    }
    default: {
      // Prototype pollution attempts, as JSON.parse would build them.
      return JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      ) as Json;
    }
  }
}

/** Pure garbage: never a valid input for any method (not an object, or an object with unknown keys). */
export function garbage(r: () => number): unknown {
  const v = randomValue(r);
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)
    return { zzz: 1 };
  return v === undefined ? 'undefined' : v;
}

/** Wrong types in a valid payload: each must be refused by the schema. */
export function typeMutation(valid: unknown, r: () => number): unknown {
  if (typeof valid !== 'object' || valid === null || Array.isArray(valid)) return garbage(r);
  const keys = Object.keys(valid);
  const out: Json = { ...(valid as Json) };
  const choice = Math.floor(r() * 3);
  if (choice === 0 || keys.length === 0) {
    out[`extra_${Math.floor(r() * 100)}`] = randomValue(r); // strict schemas refuse unknown keys
    return out;
  }
  const key = pick(r, keys);
  const current = out[key];
  // Wrong for the field whatever its schema (null is left out: nullable fields accept it).
  const wrong: unknown[] =
    typeof current === 'string'
      ? [12, true, [current], { value: current }]
      : typeof current === 'number'
        ? [String(current), true, [current], Number.NaN, Number.POSITIVE_INFINITY]
        : typeof current === 'boolean'
          ? ['true', 1, [current]]
          : Array.isArray(current)
            ? ['texte', 1, { length: current.length }, [Number.NaN]]
            : current === null
              ? [42, true, {}]
              : ['texte', 1, [current]];
  out[key] = pick(r, wrong);
  return out;
}

/** Valid shapes with hostile contents: unknown ids, ranges out of the text, odd strings and numbers. */
export function semanticMutation(valid: unknown, r: () => number): unknown {
  if (typeof valid !== 'object' || valid === null || Array.isArray(valid)) return valid;
  const out: Json = { ...(valid as Json) };
  for (const key of Object.keys(out)) {
    const v = out[key];
    if (r() < 0.4) continue;
    if (typeof v === 'string') {
      out[key] =
        /id$|Id$/.test(key) || key === 'id'
          ? `0190${Math.floor(r() * 1e12).toString(16)}-inconnu`
          : pick(
              r,
              NASTY_STRINGS.filter((s) => s.length > 0),
            );
    } else if (typeof v === 'number') {
      out[key] = pick(r, [0, 1, 999_999_999, 1_000_000_000, 7, 100_000]);
    } else if (Array.isArray(v)) {
      out[key] = v.map((x) => (typeof x === 'string' ? `inconnu-${Math.floor(r() * 1e9)}` : x));
    }
  }
  return out;
}
