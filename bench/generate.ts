import fs from 'node:fs';
import { createWorkspace } from '../db/create';
import type { Db } from '../db/workspace';
import { newId, nowIso } from '../db/ids';
import { insertTranscript } from '../db/transcripts';
import { taxonomies } from '../shared/taxonomies';
import { prng, sentence } from './french-text';

export type Size = 'S' | 'M' | 'L';

export const SIZES: Record<
  Size,
  { interviews: number; segments: number; projects: number; codes: number; words: number }
> = {
  S: { interviews: 50, segments: 2_000, projects: 10, codes: 100, words: 2_500 },
  M: { interviews: 1_000, segments: 50_000, projects: 100, codes: 120, words: 2_000 },
  L: { interviews: 10_000, segments: 1_000_000, projects: 500, codes: 150, words: 1_200 },
};

const ROLES: [string, string][] = [
  ['startup', 'private-digital-companies'],
  ['industrial', 'health-industrials'],
  ['industrial', 'health-industrials'],
  ['establishment', 'health-establishments'],
];
const INTERVIEWERS = ['Solène Kerbrat', 'Marc Delorme', 'Aïcha Benali', 'Thomas Guérin', 'Claire Fontaine'];
const REGIONS = [
  'Bretagne',
  'Île-de-France',
  'Auvergne-Rhône-Alpes',
  'Occitanie',
  'Hauts-de-France',
  'Grand Est',
  'Normandie',
];

/**
 * A deterministic synthetic workspace of the given size: the same size always gives the same data, so
 * benchmark runs compare like with like. Written straight into the tables (one transaction) with the
 * same full-text indexing as an import.
 */
export type Spec = (typeof SIZES)[Size];

export function generateWorkspace(file: string, size: Size | Spec, seed = 7): { seconds: number } {
  const spec = typeof size === 'string' ? SIZES[size] : size;
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const t0 = Date.now();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const ws = createWorkspace(file);
  const db = ws.db;
  const now = nowIso();
  const insert = (table: string, cols: string[]) => {
    const stmt = db.prepare(
      `INSERT INTO ${table} (id, created_at, updated_at, ${cols.join(', ')}) VALUES (?, ?, ?, ${cols.map(() => '?').join(', ')})`,
    );
    return (...values: unknown[]): string => {
      const id = newId();
      stmt.run(id, now, now, ...values);
      return id;
    };
  };
  db.transaction(() => fill(db))();
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
  return { seconds: (Date.now() - t0) / 1000 };

  function fill(db: Db): void {
    // Codes: the seeded taxonomies, plus sub-codes until the size's count.
    const codeRows = db
      .prepare('SELECT id, kind, taxonomy_key FROM codes WHERE deleted_at IS NULL')
      .all() as {
      id: string;
      kind: string;
      taxonomy_key: string | null;
    }[];
    const challengeParents = codeRows.filter((c) => c.kind === 'challenge');
    const addCode = insert('codes', ['parent_id', 'name', 'kind', 'color', 'sort_order']);
    for (let i = codeRows.length; i < spec.codes; i++) {
      const parent = pick(challengeParents);
      codeRows.push({
        id: addCode(parent.id, `Sous-enjeu ${i}`, 'challenge', '#b03a2e', i),
        kind: 'challenge',
        taxonomy_key: null,
      });
    }
    const codable = codeRows.filter((c) => c.kind !== 'branch');
    const challenges = codeRows.filter((c) => c.kind === 'challenge');

    // Organisations and people.
    const addOrg = insert('organisations', ['name', 'actor_type', 'region', 'sector']);
    const orgs: Record<string, string[]> = {};
    const actorTypes = taxonomies.actorTypes.map((a) => a.id);
    const orgCount = spec.projects * 2 + 50;
    for (let i = 0; i < orgCount; i++) {
      const actor = i < ROLES.length * 10 ? ROLES[i % ROLES.length]![1] : pick(actorTypes);
      (orgs[actor] ??= []).push(
        addOrg(`Organisation ${i + 1}`, actor, pick(REGIONS), rand() < 0.5 ? 'public' : 'private'),
      );
    }
    const allOrgs = Object.values(orgs).flat();
    const addPerson = insert('people', ['full_name', 'pseudonym', 'organisation_id', 'position']);
    const people: string[] = [];
    const personCount = Math.max(10, Math.floor(spec.interviews * 0.7));
    for (let i = 0; i < personCount; i++) {
      people.push(
        addPerson(`Personne ${i + 1}`, `P${String(i + 1).padStart(5, '0')}`, pick(allOrgs), 'Responsable'),
      );
    }

    // Projects with partners, steps and observations.
    const addProject = insert('projects', [
      'name',
      'theme',
      'call_year',
      'status',
      'method_step',
      'lifecycle_stage',
      'region',
    ]);
    const addPartner = insert('project_partners', ['project_id', 'organisation_id', 'role', 'funding_eur']);
    const addStep = insert('project_steps', ['project_id', 'step_key', 'status']);
    const addObservation = insert('challenge_observations', ['project_id', 'code_id', 'strength', 'status']);
    const projects: string[] = [];
    const statuses = ['active', 'active', 'active', 'paused', 'closed', 'not-deployed'];
    for (let i = 0; i < spec.projects; i++) {
      const id = addProject(
        `Projet ${i + 1}`,
        pick(['Télésuivi', 'Données de santé', 'Parcours de soins', 'Prévention']),
        2020 + Math.floor(rand() * 5),
        pick(statuses),
        pick(['selection', 'pitch', 'workshops', 'deployment', 'deployment']),
        pick(taxonomies.lifecycleStages).id,
        pick(REGIONS),
      );
      projects.push(id);
      for (const [role, actor] of ROLES) {
        addPartner(
          id,
          pick(orgs[actor]!),
          role,
          role === 'industrial' ? 30_000 + Math.floor(rand() * 25_000) : null,
        );
      }
      for (const step of taxonomies.deploymentSteps.slice(0, Math.floor(rand() * 8)))
        addStep(id, step.id, 'done');
      const seen = new Set<string>();
      for (let k = 0; k < 2 + Math.floor(rand() * 5); k++) {
        const code = pick(challenges).id;
        if (seen.has(code)) continue;
        seen.add(code);
        addObservation(id, code, rand() < 0.8 ? 'explicit' : 'implied', 'open');
      }
    }

    // Interviews, transcripts (indexed for search) and dense, overlapping coded segments.
    const addInterview = insert('interviews', ['title', 'date', 'mode', 'interviewer', 'status']);
    const addParticipant = insert('interview_participants', ['interview_id', 'person_id', 'role']);
    const addLink = insert('interview_projects', ['interview_id', 'project_id']);
    const addSegment = insert('segments', [
      'transcript_id',
      'start_offset',
      'end_offset',
      'quote',
      'speaker_turn_id',
    ]);
    const addCoding = insert('segment_codes', ['segment_id', 'code_id']);
    const addSegmentProject = insert('segment_projects', ['segment_id', 'project_id']);
    const perInterview = Math.round(spec.segments / spec.interviews);
    for (let i = 0; i < spec.interviews; i++) {
      const date = `${2021 + Math.floor(rand() * 3)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const interview = addInterview(
        `Entretien ${i + 1}`,
        date,
        pick(['on-site', 'video', 'phone']),
        pick(INTERVIEWERS),
        'coded',
      );
      const person = pick(people);
      addParticipant(interview, person, 'interviewee');
      const project = pick(projects);
      addLink(interview, project);

      // Turns of 3–9 sentences, alternating; sentence offsets kept to cut segments on.
      let text = '';
      const turns: {
        speaker: string;
        role: 'interviewer' | 'interviewee';
        start: number;
        end: number;
        personId: string | null;
      }[] = [];
      const sentenceSpans: { start: number; end: number; turn: number }[] = [];
      let words = 0;
      let asking = true;
      while (words < spec.words) {
        if (text) text += '\n\n';
        const start = text.length;
        const speaker = asking ? 'Intervieweuse' : 'Répondant';
        text += `${speaker} : `;
        const n = asking ? 1 : 3 + Math.floor(rand() * 7);
        for (let k = 0; k < n; k++) {
          const s = sentence(rand);
          if (k > 0) text += ' ';
          if (!asking)
            sentenceSpans.push({ start: text.length, end: text.length + s.length, turn: turns.length });
          text += s;
          words += s.split(' ').length;
        }
        turns.push({
          speaker,
          role: asking ? 'interviewer' : 'interviewee',
          start,
          end: text.length,
          personId: asking ? null : person,
        });
        asking = !asking;
      }
      const { transcriptId, turnIds } = insertTranscript(db, {
        interviewId: interview,
        title: `Entretien ${i + 1}`,
        text,
        turns,
      });
      for (let k = 0; k < perInterview && sentenceSpans.length > 0; k++) {
        const first = Math.floor(rand() * sentenceSpans.length);
        const last = Math.min(sentenceSpans.length - 1, first + Math.floor(rand() * 3));
        const a = sentenceSpans[first]!;
        const b = sentenceSpans[sentenceSpans[last]!.turn === a.turn ? last : first]!;
        const seg = addSegment(transcriptId, a.start, b.end, text.slice(a.start, b.end), turnIds[a.turn]!);
        const c1 = rand() < 0.5 ? pick(challenges).id : pick(codable).id;
        addCoding(seg, c1);
        if (rand() < 0.3) {
          const c2 = pick(codable).id;
          if (c2 !== c1) addCoding(seg, c2);
        }
        if (rand() < 0.3) addSegmentProject(seg, project);
      }
    }
  }
}
