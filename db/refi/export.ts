/**
 * The workspace (or some of its interviews) as a REFI-QDA project model, and its codebook as a REFI-QDA
 * codebook model; electron/formats/refi writes them out. Reads only.
 *
 * - Codes keep their hierarchy, colour and wording (definition, then inclusion, exclusion and example as
 *   labelled paragraphs of the Description); the taxonomy branches are not codable.
 * - Each transcript is a TextSource named after its interview, with the interview's date, place, mode,
 *   interviewer and theme as variables; segments are PlainTextSelections (their memo as Description), each
 *   code of a segment a Coding. Memos are Notes attached where they belong.
 * - Interviewees are Cases (their organisation, actor type, structure type, position, hierarchy level and
 *   pseudonym as variables), projects and actor types are Sets of sources, so other tools keep them.
 * - What an earlier import kept as attributes (unmapped cases, sets, variables, users) is written back.
 *
 * GUIDs are stable: a row imported from a REFI-QDA file keeps its GUID (external_ids), any other row is
 * known by its own id (a UUIDv7, a valid GUID); Terrain's variables and actor-type sets have GUIDs derived
 * from their names.
 */
import { TerrainError } from '../../shared/errors';
import type {
  RefiCase,
  RefiCode,
  RefiCodebook,
  RefiCoding,
  RefiNote,
  RefiProject,
  RefiSelection,
  RefiSet,
  RefiTextSource,
  RefiVariable,
  RefiVariableValue,
  VariableType,
} from '../../electron/formats/refi/model';
import type { InterviewMode } from '../../shared/domain';
import type { Db } from '../workspace';
import { canonical, guidMap, nameGuid } from './external-ids';
import {
  ACTOR_TYPE_SET_PREFIX,
  CASE_ATTRIBUTE,
  CODABLE_ATTRIBUTE,
  HIERARCHY_LABELS,
  INTERVIEW_VARIABLES,
  MODE_LABELS,
  PERSON_VARIABLES,
  PROJECT_SET_PREFIX,
  SET_ATTRIBUTE,
  USER_ATTRIBUTE,
  codeDescription,
  type HierarchyLevel,
  type InterviewField,
  type PersonField,
} from './vocabulary';

/** The user Terrain writes as the author of what it exports (one GUID for every workspace). */
export const TERRAIN_USER = { guid: nameGuid('user', 'Terrain'), name: 'Terrain' };

export interface ExportOptions {
  /** The project's name (the workspace's file name). */
  name: string;
  /** Written as the project's origin ("Terrain 0.1.0"). */
  origin: string;
  /** Only these interviews; all of them when absent. */
  interviewIds?: string[];
}

export interface ExportStats {
  codes: number;
  sources: number;
  selections: number;
  codings: number;
  warnings: string[];
}

interface CodeRow {
  id: string;
  parent_id: string | null;
  name: string;
  color: string | null;
  definition: string | null;
  inclusion: string | null;
  exclusion: string | null;
  example: string | null;
  kind: string;
  sort_order: number;
}

interface AttributeRow {
  target_type: string;
  target_id: string | null;
  name: string;
  value: string | null;
  source: string | null;
}

class Builder {
  readonly codeGuid = new Map<string, string>();
  readonly guids: Record<
    'code' | 'transcript' | 'segment' | 'segment_code' | 'memo' | 'person' | 'project',
    Map<string, string>
  >;
  private readonly variables = new Map<string, RefiVariable>();
  private readonly attributes: AttributeRow[];

  constructor(private readonly db: Db) {
    this.guids = {
      code: guidMap(db, 'code'),
      transcript: guidMap(db, 'transcript'),
      segment: guidMap(db, 'segment'),
      segment_code: guidMap(db, 'segment_code'),
      memo: guidMap(db, 'memo'),
      person: guidMap(db, 'person'),
      project: guidMap(db, 'project'),
    };
    this.attributes = db
      .prepare(
        'SELECT target_type, target_id, name, value, source FROM attributes WHERE deleted_at IS NULL ORDER BY created_at, id',
      )
      .all() as AttributeRow[];
    // Variables an import kept, with their GUID and type.
    for (const a of this.attributes) {
      if (a.target_type !== 'variable' || !a.target_id) continue;
      const guid = canonical(a.target_id);
      if (!guid || [...this.variables.values()].some((v) => v.name === a.name)) continue;
      const type =
        (['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'] as const).find((t) => t === a.value) ??
        'Text';
      this.variables.set(a.name, { guid, name: a.name, type, description: null });
    }
  }

  guid(entity: keyof Builder['guids'], id: string): string {
    return this.guids[entity].get(id) ?? canonical(id) ?? nameGuid(entity, id);
  }

  /** A value of a variable, declaring the variable on first use. */
  value(name: string, value: string, type: VariableType = 'Text'): RefiVariableValue {
    let v = this.variables.get(name);
    if (!v) {
      v = { guid: nameGuid('variable', name), name, type, description: null };
      this.variables.set(name, v);
    }
    return { variableGuid: v.guid, type: v.type, value };
  }

  usedVariables(values: RefiVariableValue[][]): RefiVariable[] {
    const used = new Set(values.flat().map((v) => v.variableGuid));
    return [...this.variables.values()].filter((v) => used.has(v.guid));
  }

  attributesOf(
    targetType: string,
    targetId: string | null,
    source: (s: string | null) => boolean,
  ): AttributeRow[] {
    return this.attributes.filter(
      (a) => a.target_type === targetType && a.target_id === targetId && source(a.source),
    );
  }

  grouped(prefix: string): Map<string, AttributeRow[]> {
    const out = new Map<string, AttributeRow[]>();
    for (const a of this.attributes) {
      if (!a.source?.startsWith(prefix)) continue;
      const list = out.get(a.source) ?? [];
      list.push(a);
      out.set(a.source, list);
    }
    return out;
  }

  codes(): { roots: RefiCode[]; count: number } {
    const rows = this.db
      .prepare(
        `SELECT id, parent_id, name, color, definition, inclusion, exclusion, example, kind, sort_order FROM codes
         WHERE deleted_at IS NULL`,
      )
      .all() as CodeRow[];
    const notCodable = new Set(
      this.attributes
        .filter((a) => a.target_type === 'code' && a.name === CODABLE_ATTRIBUTE && a.value === 'false')
        .map((a) => a.target_id),
    );
    const ids = new Set(rows.map((r) => r.id));
    const byParent = new Map<string | null, CodeRow[]>();
    for (const r of rows) {
      const parent = r.parent_id && ids.has(r.parent_id) ? r.parent_id : null;
      const list = byParent.get(parent) ?? [];
      list.push(r);
      byParent.set(parent, list);
    }
    const build = (parent: string | null): RefiCode[] =>
      (byParent.get(parent) ?? [])
        .sort(
          (a, b) =>
            a.sort_order - b.sort_order || a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id),
        )
        .map((r) => {
          const guid = this.guid('code', r.id);
          this.codeGuid.set(r.id, guid);
          return {
            guid,
            name: r.name,
            isCodable: r.kind !== 'branch' && !notCodable.has(r.id),
            color: r.color && /^#[0-9a-fA-F]{6}$/.test(r.color) ? r.color.toLowerCase() : null,
            description: codeDescription(r),
            noteGuids: [],
            children: build(r.id),
          };
        });
    return { roots: build(null), count: rows.length };
  }
}

/** The interviews an export covers, refusing ids that name none. */
function interviewsFor(
  db: Db,
  ids: string[] | undefined,
): {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  mode: InterviewMode | null;
  interviewer: string | null;
  topic: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}[] {
  const all = db
    .prepare(
      `SELECT id, title, date, place, mode, interviewer, topic, notes, created_at, updated_at FROM interviews
       WHERE deleted_at IS NULL ORDER BY coalesce(date, ''), created_at, id`,
    )
    .all() as ReturnType<typeof interviewsFor>;
  if (!ids) return all;
  const wanted = new Set(ids);
  const found = all.filter((i) => wanted.has(i.id));
  if (found.length !== wanted.size)
    throw new TerrainError('not_found', 'Entretien introuvable (supprimé ?).');
  return found;
}

export function buildRefiProject(
  db: Db,
  options: ExportOptions,
): { project: RefiProject; stats: ExportStats } {
  const b = new Builder(db);
  const warnings: string[] = [];
  const { roots, count: codeCount } = b.codes();
  const codeByGuid = new Map<string, RefiCode>();
  const walk = (list: RefiCode[]) => list.forEach((c) => (codeByGuid.set(c.guid, c), walk(c.children)));
  walk(roots);

  const interviews = interviewsFor(db, options.interviewIds);
  const transcriptsOf = db.prepare(
    'SELECT id, title, text, created_at, updated_at FROM transcripts WHERE interview_id = ? AND deleted_at IS NULL ORDER BY created_at, id',
  );
  const segmentsOf = db.prepare(
    `SELECT id, start_offset AS start, end_offset AS "end", quote, memo, created_at FROM segments
     WHERE transcript_id = ? AND deleted_at IS NULL ORDER BY start_offset, end_offset, id`,
  );
  const codingsOf = db.prepare(
    `SELECT sc.id, sc.code_id, sc.created_at FROM segment_codes sc JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
     WHERE sc.segment_id = ? AND sc.deleted_at IS NULL ORDER BY sc.created_at, sc.id`,
  );

  const sources: RefiTextSource[] = [];
  const sourcesByInterview = new Map<string, string[]>();
  const selectionGuidBySegment = new Map<string, string>();
  const sourceGuidByTranscript = new Map<string, string>();
  let selectionCount = 0;
  let codingCount = 0;
  for (const iv of interviews) {
    const transcripts = transcriptsOf.all(iv.id) as {
      id: string;
      title: string;
      text: string;
      created_at: string;
      updated_at: string;
    }[];
    const values: RefiVariableValue[] = [];
    const fieldValue: Record<InterviewField, string | null> = {
      date: iv.date,
      place: iv.place,
      mode: iv.mode ? MODE_LABELS[iv.mode] : null,
      interviewer: iv.interviewer,
      topic: iv.topic,
    };
    for (const [field, value] of Object.entries(fieldValue) as [InterviewField, string | null][]) {
      if (value?.trim())
        values.push(b.value(INTERVIEW_VARIABLES[field].name, value.trim(), INTERVIEW_VARIABLES[field].type));
    }
    for (const a of b.attributesOf('interview', iv.id, (s) => s === 'refi' || s === null)) {
      if (a.value !== null) values.push(b.value(a.name, a.value));
    }
    for (const t of transcripts) {
      const guid = b.guid('transcript', t.id);
      sourceGuidByTranscript.set(t.id, guid);
      sourcesByInterview.set(iv.id, [...(sourcesByInterview.get(iv.id) ?? []), guid]);
      const selections: RefiSelection[] = [];
      for (const s of segmentsOf.all(t.id) as {
        id: string;
        start: number;
        end: number;
        quote: string;
        memo: string | null;
        created_at: string;
      }[]) {
        if (s.end > t.text.length || t.text.slice(s.start, s.end) !== s.quote) {
          warnings.push(
            `« ${iv.title} » : un passage ne correspond plus au texte de la transcription (${s.start}–${s.end}) ; il n’est pas exporté.`,
          );
          continue;
        }
        const codings: RefiCoding[] = (
          codingsOf.all(s.id) as { id: string; code_id: string; created_at: string }[]
        )
          .filter((c) => b.codeGuid.has(c.code_id))
          .map((c) => ({
            guid: b.guid('segment_code', c.id),
            codeGuid: b.codeGuid.get(c.code_id)!,
            creatingUser: TERRAIN_USER.guid,
            creationDateTime: c.created_at,
            noteGuids: [],
          }));
        const selGuid = b.guid('segment', s.id);
        selectionGuidBySegment.set(s.id, selGuid);
        selections.push({
          guid: selGuid,
          name: null,
          start: s.start,
          end: s.end,
          description: s.memo?.trim() ? s.memo : null,
          codings,
          noteGuids: [],
          creatingUser: TERRAIN_USER.guid,
          creationDateTime: s.created_at,
        });
        selectionCount++;
        codingCount += codings.length;
      }
      sources.push({
        guid,
        name: transcripts.length > 1 ? `${iv.title} — ${t.title}` : iv.title,
        description: iv.notes?.trim() ? iv.notes : null,
        text: t.text,
        plainTextPath: null,
        selections,
        codings: [],
        noteGuids: [],
        values: [...values],
        creatingUser: TERRAIN_USER.guid,
        creationDateTime: t.created_at,
        modifiedDateTime: t.updated_at,
      });
    }
  }
  const withoutText = interviews.filter((i) => !sourcesByInterview.has(i.id)).length;
  if (withoutText) {
    warnings.push(
      `${withoutText} entretien(s) sans transcription ne sont pas exportés : une source REFI-QDA est un texte.`,
    );
  }
  const sourceByGuid = new Map(sources.map((s) => [s.guid, s]));
  const selectionByGuid = new Map(
    sources.flatMap((s) => s.selections.map((sel) => [sel.guid, sel] as const)),
  );
  const exportedInterviews = new Set(interviews.map((i) => i.id));

  // Interviewees as cases.
  const cases: RefiCase[] = [];
  const people = db
    .prepare(
      `SELECT p.id, p.full_name, p.pseudonym, p.position, p.hierarchy_level, o.name AS organisation, o.actor_type,
         o.structure_type, group_concat(ip.interview_id) AS interviews
       FROM interview_participants ip
       JOIN people p ON p.id = ip.person_id AND p.deleted_at IS NULL
       LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL
       WHERE ip.deleted_at IS NULL AND ip.role = 'interviewee'
       GROUP BY p.id ORDER BY p.full_name COLLATE NOCASE, p.id`,
    )
    .all() as {
    id: string;
    full_name: string;
    pseudonym: string | null;
    position: string | null;
    hierarchy_level: HierarchyLevel | null;
    organisation: string | null;
    actor_type: string | null;
    structure_type: string | null;
    interviews: string;
  }[];
  const label = (taxonomy: string, key: string | null) =>
    key
      ? ((
          db
            .prepare(
              'SELECT label_fr FROM reference_items WHERE taxonomy = ? AND key = ? AND deleted_at IS NULL',
            )
            .get(taxonomy, key) as { label_fr: string } | undefined
        )?.label_fr ?? key)
      : null;
  const actorTypeSources = new Map<string, Set<string>>();
  for (const p of people) {
    const ivs = p.interviews.split(',').filter((i) => exportedInterviews.has(i));
    if (ivs.length === 0) continue;
    const sourceGuids = ivs.flatMap((i) => sourcesByInterview.get(i) ?? []);
    if (sourceGuids.length === 0) continue; // a case groups sources: none here
    const actorType = label('actor-type', p.actor_type);
    const fields: Record<PersonField, string | null> = {
      organisation: p.organisation,
      actorType,
      structureType: label('structure-type', p.structure_type),
      position: p.position,
      hierarchyLevel: p.hierarchy_level ? HIERARCHY_LABELS[p.hierarchy_level] : null,
      pseudonym: p.pseudonym,
    };
    const values: RefiVariableValue[] = [];
    for (const [field, value] of Object.entries(fields) as [PersonField, string | null][]) {
      if (value?.trim()) values.push(b.value(PERSON_VARIABLES[field].name, value.trim()));
    }
    for (const a of b.attributesOf('person', p.id, (s) => s === 'refi' || s === null)) {
      if (a.value !== null) values.push(b.value(a.name, a.value));
    }
    if (actorType) {
      const set = actorTypeSources.get(actorType) ?? new Set<string>();
      for (const g of sourceGuids) set.add(g);
      actorTypeSources.set(actorType, set);
    }
    cases.push({
      guid: b.guid('person', p.id),
      name: p.full_name,
      description: null,
      codeGuids: [],
      values,
      sourceGuids,
      selectionGuids: [],
    });
  }
  // Cases an import kept as attributes.
  for (const [source, rows] of b.grouped('refi-case:')) {
    const guid = canonical(source.slice('refi-case:'.length));
    if (!guid) continue;
    const targets = rows.filter((r) => r.target_type === 'interview');
    const exported = targets.filter((r) => r.target_id && exportedInterviews.has(r.target_id));
    if (targets.length > 0 && exported.length === 0) continue;
    const name = rows.find((r) => r.name === CASE_ATTRIBUTE)?.value ?? null;
    const seen = new Set<string>();
    const values: RefiVariableValue[] = [];
    for (const r of rows) {
      if (r.name === CASE_ATTRIBUTE || r.value === null || seen.has(r.name)) continue;
      seen.add(r.name);
      values.push(b.value(r.name, r.value));
    }
    cases.push({
      guid,
      name,
      description: null,
      codeGuids: [],
      values,
      sourceGuids: [...new Set(exported.flatMap((r) => sourcesByInterview.get(r.target_id!) ?? []))],
      selectionGuids: [],
    });
  }

  // Memos as notes, attached where they belong.
  const notes: RefiNote[] = [];
  const projectNoteGuids: string[] = [];
  const memos = db
    .prepare(
      'SELECT id, target_type, target_id, title, body, created_at FROM memos WHERE deleted_at IS NULL ORDER BY created_at, id',
    )
    .all() as {
    id: string;
    target_type: string;
    target_id: string | null;
    title: string | null;
    body: string;
    created_at: string;
  }[];
  const codeGuidById = b.codeGuid;
  const noteGuidByMemo = new Map<string, string>();
  for (const m of memos) {
    const guid = b.guid('memo', m.id);
    let holder: { noteGuids: string[] } | undefined;
    if (m.target_type === 'segment' && m.target_id) {
      const g = selectionGuidBySegment.get(m.target_id);
      holder = g ? selectionByGuid.get(g) : undefined;
      if (!holder) continue; // a passage outside this export
    } else if (m.target_type === 'code' && m.target_id) {
      const g = codeGuidById.get(m.target_id);
      holder = g ? codeByGuid.get(g) : undefined;
      if (!holder) continue;
    } else if (m.target_type === 'source' && m.target_id) {
      const g = sourceGuidByTranscript.get(m.target_id);
      holder = g ? sourceByGuid.get(g) : undefined;
      if (!holder) continue;
    } else if (m.target_type === 'interview' && m.target_id) {
      const g = sourcesByInterview.get(m.target_id)?.[0];
      holder = g ? sourceByGuid.get(g) : undefined;
      if (!holder) continue;
    } else if (m.target_type !== 'workspace') {
      continue;
    }
    notes.push({
      guid,
      name: m.title,
      description: null,
      text: m.body,
      creatingUser: TERRAIN_USER.guid,
      creationDateTime: m.created_at,
    });
    noteGuidByMemo.set(m.id, guid);
    if (holder) holder.noteGuids.push(guid);
    else projectNoteGuids.push(guid);
  }

  // Projects and actor types as sets of sources; sets an import kept as attributes.
  const sets: RefiSet[] = [];
  const projectRows = db
    .prepare(
      `SELECT p.id, p.name, p.summary, group_concat(ip.interview_id) AS interviews FROM projects p
       JOIN interview_projects ip ON ip.project_id = p.id AND ip.deleted_at IS NULL
       WHERE p.deleted_at IS NULL GROUP BY p.id ORDER BY p.name COLLATE NOCASE, p.id`,
    )
    .all() as { id: string; name: string; summary: string | null; interviews: string }[];
  for (const p of projectRows) {
    const members = p.interviews
      .split(',')
      .filter((i) => exportedInterviews.has(i))
      .flatMap((i) => sourcesByInterview.get(i) ?? []);
    if (members.length === 0) continue;
    sets.push({
      guid: b.guid('project', p.id),
      name: `${PROJECT_SET_PREFIX}${p.name}`,
      description: p.summary?.trim() ? p.summary : null,
      codeGuids: [],
      sourceGuids: [...new Set(members)],
      noteGuids: [],
    });
  }
  for (const [actorType, members] of [...actorTypeSources].sort(([a], [b2]) => a.localeCompare(b2, 'fr'))) {
    sets.push({
      guid: nameGuid('actor-type-set', actorType),
      name: `${ACTOR_TYPE_SET_PREFIX}${actorType}`,
      description: null,
      codeGuids: [],
      sourceGuids: [...members],
      noteGuids: [],
    });
  }
  for (const [source, rows] of b.grouped('refi-set:')) {
    const guid = canonical(source.slice('refi-set:'.length));
    if (!guid) continue;
    const name = rows.find((r) => r.name === SET_ATTRIBUTE)?.value ?? 'Ensemble';
    const sourceGuids = rows
      .filter((r) => r.target_type === 'interview' && r.target_id && exportedInterviews.has(r.target_id))
      .flatMap((r) => sourcesByInterview.get(r.target_id!) ?? []);
    const codeGuids = rows
      .filter((r) => r.target_type === 'code' && r.target_id && codeGuidById.has(r.target_id))
      .map((r) => codeGuidById.get(r.target_id!)!);
    const noteGuids = rows
      .filter((r) => r.target_type === 'memo' && r.target_id && noteGuidByMemo.has(r.target_id))
      .map((r) => noteGuidByMemo.get(r.target_id!)!);
    const hadSources = rows.some((r) => r.target_type === 'interview');
    if (hadSources && sourceGuids.length === 0 && codeGuids.length === 0 && noteGuids.length === 0) continue;
    sets.push({
      guid,
      name,
      description: null,
      codeGuids,
      sourceGuids: [...new Set(sourceGuids)],
      noteGuids,
    });
  }

  const users = [TERRAIN_USER];
  for (const [source, rows] of b.grouped('refi-user:')) {
    const guid = canonical(source.slice('refi-user:'.length));
    if (guid && guid !== TERRAIN_USER.guid)
      users.push({ guid, name: rows.find((r) => r.name === USER_ATTRIBUTE)?.value ?? guid });
  }

  const variables = b.usedVariables([...sources.map((s) => s.values), ...cases.map((c) => c.values)]);
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const project: RefiProject = {
    name: options.name,
    origin: options.origin,
    description: null,
    creatingUserGuid: TERRAIN_USER.guid,
    creationDateTime: now,
    modifiedDateTime: now,
    basePath: null,
    users,
    codes: roots,
    variables,
    cases,
    sources,
    notes,
    sets,
    noteGuids: projectNoteGuids,
  };
  return {
    project,
    stats: {
      codes: codeCount,
      sources: sources.length,
      selections: selectionCount,
      codings: codingCount,
      warnings,
    },
  };
}

export function buildRefiCodebook(
  db: Db,
  options: { origin: string },
): { codebook: RefiCodebook; stats: ExportStats } {
  const b = new Builder(db);
  const { roots, count } = b.codes();
  if (count === 0) throw new TerrainError('invalid_input', 'Le codebook est vide : rien à exporter.');
  const sets: RefiSet[] = [];
  for (const [source, rows] of b.grouped('refi-set:')) {
    const guid = canonical(source.slice('refi-set:'.length));
    const codeGuids = rows
      .filter((r) => r.target_type === 'code' && r.target_id && b.codeGuid.has(r.target_id))
      .map((r) => b.codeGuid.get(r.target_id!)!);
    if (!guid || codeGuids.length === 0) continue;
    const name = rows.find((r) => r.name === SET_ATTRIBUTE)?.value ?? 'Ensemble';
    sets.push({ guid, name, description: null, codeGuids, sourceGuids: [], noteGuids: [] });
  }
  return {
    codebook: { origin: options.origin, codes: roots, sets },
    stats: { codes: count, sources: 0, selections: 0, codings: 0, warnings: [] },
  };
}
