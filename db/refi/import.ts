/**
 * A REFI-QDA project or codebook into the open workspace: merged, never replacing what is there.
 *
 * - Codes are matched by GUID (one imported before, or a Terrain id: a file Terrain wrote), then by name
 *   under the same parent, then by a name unique on both sides; the rest are added under their parent.
 * - Each text source becomes an interview (title = source name) holding one transcript with its speaker
 *   turns. A source imported before (same GUID, same text) is merged: only new selections and codings are
 *   added. Selections become segments (those sharing a range become one segment), codings segment_codes.
 * - Notes become memos on what they annotate ('segment', 'code', 'source' = the transcript, 'workspace').
 * - Cases become people when they are people (a known GUID, a name in the directory, or a file Terrain
 *   wrote); otherwise their name and variables are kept as attributes of their interviews. Source variables
 *   Terrain knows fill the interview's fields; the others become attributes. Sets named after a project link
 *   its interviews to that project; other sets become attributes of their members.
 *
 * The same code path previews (dryRun: reads only, answers what would be written) and imports (one
 * transaction: a failure leaves nothing written).
 */
import type { RefiImportReport, RefiPreview } from '../../shared/api/refi';
import { TerrainError } from '../../shared/errors';
import type {
  RefiCode,
  RefiCodebook,
  RefiCoding,
  RefiFile,
  RefiNote,
  RefiProject,
  RefiSet,
  RefiTextSource,
  RefiVariable,
  RefiVariableValue,
} from '../../electron/formats/refi/model';
import type { Db } from '../workspace';
import { newId } from '../ids';
import { insertRow } from '../rows';
import { insertTranscript } from '../transcripts';
import { findByGuid, nameGuid, rememberGuid, type Entity } from './external-ids';
import {
  CASE_ATTRIBUTE,
  CODABLE_ATTRIBUTE,
  SET_ATTRIBUTE,
  USER_ATTRIBUTE,
  codeFieldsFromDescription,
  fold,
  hierarchyFromLabel,
  interviewField,
  isActorTypeSet,
  modeFromLabel,
  personField,
  projectNameFromSet,
} from './vocabulary';

type Value = string | number | null;

interface LiveCode {
  id: string;
  parent_id: string | null;
  name: string;
  kind: string;
  color: string | null;
  definition: string | null;
  inclusion: string | null;
  exclusion: string | null;
  example: string | null;
}

interface MemoTarget {
  type: 'segment' | 'code' | 'source' | 'workspace';
  id: string | null;
  /** A word on what the note was attached to, for the memo title when the note has no name. */
  hint?: string;
}

const DEFAULT_COLOR = '#5d6d7e';

function flatten(
  codes: readonly RefiCode[],
): { code: RefiCode; parentGuid: string | null; path: string[] }[] {
  const out: { code: RefiCode; parentGuid: string | null; path: string[] }[] = [];
  const walk = (list: readonly RefiCode[], parentGuid: string | null, path: string[]) => {
    for (const c of list) {
      const here = [...path, c.name];
      out.push({ code: c, parentGuid, path: here });
      walk(c.children, c.guid, here);
    }
  };
  walk(codes, null, []);
  return out;
}

class Importer {
  readonly preview: RefiPreview;
  readonly interviewIds: string[] = [];
  private readonly codeIds = new Map<string, string>();
  /** Source GUID -> interview id (new or merged), for cases and sets. */
  private readonly interviewBySource = new Map<string, string>();
  /** Source GUID -> transcript id. */
  private readonly transcriptBySource = new Map<string, string>();
  /** Selection GUID -> source GUID. */
  private readonly sourceBySelection = new Map<string, string>();
  /** Attributes written by this import (a preview writes none, yet must not count one twice). */
  private readonly attributeKeys = new Set<string>();
  /** Notes to write, each with every target that refers to it. */
  private readonly noteTargets = new Map<string, MemoTarget[]>();
  private readonly memoByNote = new Map<string, string>();
  private readonly variables = new Map<string, RefiVariable>();
  private liveCodes: LiveCode[] = [];
  private defaultGuide: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly dryRun: boolean,
    fileName: string,
    kind: 'qdpx' | 'qdc',
    private readonly fromTerrain: boolean,
  ) {
    this.preview = {
      kind,
      fileName,
      projectName: null,
      origin: null,
      codes: [],
      sources: [],
      cases: [],
      sets: [],
      totals: {
        codesAdded: 0,
        codesMerged: 0,
        interviews: 0,
        segments: 0,
        codings: 0,
        memos: 0,
        people: 0,
        organisations: 0,
        projects: 0,
        attributes: 0,
        users: 0,
      },
      unplaced: [],
      warnings: [],
    };
  }

  // ------------------------------------------------------------------------------------------ writes

  private insert(table: string, values: Record<string, Value | undefined>): string {
    const id = newId();
    if (!this.dryRun) insertRow(this.db, table, { ...values, id });
    return id;
  }

  private update(table: string, id: string, values: Record<string, Value>): void {
    if (this.dryRun || Object.keys(values).length === 0) return;
    const cols = Object.keys(values);
    this.db
      .prepare(
        `UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @updated_at WHERE id = @id`,
      )
      .run({ ...values, updated_at: new Date().toISOString(), id });
  }

  private remember(entity: Entity, id: string, guid: string): void {
    if (!this.dryRun) rememberGuid(this.db, entity, id, guid);
  }

  private attribute(
    targetType: string,
    targetId: string | null,
    name: string,
    value: string | null,
    source: string,
  ): void {
    const key = JSON.stringify([targetType, targetId, name, value, source]);
    if (this.attributeKeys.has(key)) return;
    this.attributeKeys.add(key);
    const exists = this.db
      .prepare(
        `SELECT 1 FROM attributes WHERE target_type = ? AND target_id IS ? AND name = ? AND value IS ? AND source IS ?
         AND deleted_at IS NULL`,
      )
      .get(targetType, targetId, name, value, source);
    if (exists) return;
    this.insert('attributes', { target_type: targetType, target_id: targetId, name, value, source });
    this.preview.totals.attributes++;
  }

  private addNoteTarget(noteGuids: readonly string[], target: MemoTarget): void {
    for (const g of noteGuids) {
      const list = this.noteTargets.get(g) ?? [];
      if (!list.some((t) => t.type === target.type && t.id === target.id)) list.push(target);
      this.noteTargets.set(g, list);
    }
  }

  // ------------------------------------------------------------------------------------------- codes

  private loadCodes(): void {
    this.liveCodes = this.db
      .prepare(
        `SELECT id, parent_id, name, kind, color, definition, inclusion, exclusion, example FROM codes
         WHERE deleted_at IS NULL`,
      )
      .all() as LiveCode[];
  }

  private childKind(parentId: string | null): string {
    if (!parentId) return 'free';
    const parent = this.liveCodes.find((c) => c.id === parentId);
    if (!parent) return 'free';
    if (parent.kind !== 'branch') return parent.kind;
    return this.liveCodes.find((c) => c.parent_id === parentId && c.kind !== 'branch')?.kind ?? 'free';
  }

  importCodes(roots: readonly RefiCode[]): void {
    this.loadCodes();
    const all = flatten(roots);
    const nameCount = new Map<string, number>();
    for (const { code } of all) nameCount.set(fold(code.name), (nameCount.get(fold(code.name)) ?? 0) + 1);
    const liveNameCount = new Map<string, number>();
    for (const c of this.liveCodes)
      liveNameCount.set(fold(c.name), (liveNameCount.get(fold(c.name)) ?? 0) + 1);
    const created = new Set<string>();

    for (const { code, parentGuid, path } of all) {
      const parentId = parentGuid ? (this.codeIds.get(parentGuid) ?? null) : null;
      let target: LiveCode | undefined;
      let action: 'add' | 'merge-guid' | 'merge-name' = 'add';
      const byGuid = findByGuid(this.db, 'code', code.guid) ?? this.codeIds.get(code.guid);
      if (byGuid) {
        target = this.liveCodes.find((c) => c.id === byGuid);
        action = 'merge-guid';
      }
      if (!target && !(parentId && created.has(parentId))) {
        const f = fold(code.name);
        target = this.liveCodes.find((c) => c.parent_id === parentId && fold(c.name) === f);
        if (!target && nameCount.get(f) === 1 && liveNameCount.get(f) === 1) {
          target = this.liveCodes.find((c) => fold(c.name) === f);
        }
        if (target) action = 'merge-name';
      }
      if (target) {
        this.codeIds.set(code.guid, target.id);
        this.remember('code', target.id, code.guid);
        // Merging fills what the workspace lacks and never overwrites the user's wording.
        const fields = codeFieldsFromDescription(code.description);
        const fill: Record<string, Value> = {};
        if (!target.color && code.color) fill.color = code.color;
        for (const k of ['definition', 'inclusion', 'exclusion', 'example'] as const) {
          if (!target[k] && fields[k]) fill[k] = fields[k];
        }
        this.update('codes', target.id, fill);
        this.preview.codes.push({
          guid: code.guid,
          name: code.name,
          path,
          action,
          targetId: target.id,
          targetName: target.name,
        });
        this.preview.totals.codesMerged++;
        continue;
      }
      const parent = parentId ? this.liveCodes.find((c) => c.id === parentId) : undefined;
      const siblings = this.liveCodes.filter((c) => c.parent_id === parentId).length;
      const fields = codeFieldsFromDescription(code.description);
      const row: LiveCode = {
        id: '',
        parent_id: parentId,
        name: code.name,
        kind: this.childKind(parentId),
        color: code.color ?? parent?.color ?? DEFAULT_COLOR,
        ...fields,
      };
      row.id = this.insert('codes', {
        parent_id: row.parent_id,
        name: row.name,
        kind: row.kind,
        color: row.color,
        definition: row.definition,
        inclusion: row.inclusion,
        exclusion: row.exclusion,
        example: row.example,
        sort_order: siblings,
      });
      this.liveCodes.push(row);
      created.add(row.id);
      this.codeIds.set(code.guid, row.id);
      this.remember('code', row.id, code.guid);
      if (!code.isCodable) this.attribute('code', row.id, CODABLE_ATTRIBUTE, 'false', 'refi');
      this.preview.codes.push({ guid: code.guid, name: code.name, path, action: 'add' });
      this.preview.totals.codesAdded++;
    }
    for (const { code } of all)
      this.addNoteTarget(code.noteGuids, {
        type: 'code',
        id: this.codeIds.get(code.guid)!,
        hint: `code « ${code.name} »`,
      });
  }

  // ----------------------------------------------------------------------------------------- sources

  private guide(): string | null {
    if (this.defaultGuide === null) {
      const row = this.db
        .prepare('SELECT id FROM interview_guides WHERE is_default = 1 AND deleted_at IS NULL')
        .get() as { id: string } | undefined;
      this.defaultGuide = row?.id ?? '';
    }
    return this.defaultGuide || null;
  }

  private variableName(v: RefiVariableValue): string | null {
    return this.variables.get(v.variableGuid)?.name ?? null;
  }

  /** The interview fields a source's variables fill; the other variables, for attributes. */
  private interviewFields(values: readonly RefiVariableValue[]): {
    fields: Record<string, Value>;
    rest: { name: string; value: string }[];
  } {
    const fields: Record<string, Value> = {};
    const rest: { name: string; value: string }[] = [];
    for (const v of values) {
      const name = this.variableName(v);
      if (!name || !v.value.trim()) continue;
      const field = interviewField(name);
      const value = v.value.trim();
      if (field === 'date' && /^\d{4}-\d{2}-\d{2}/.test(value)) fields.date = value.slice(0, 10);
      else if (field === 'mode' && modeFromLabel(value)) fields.mode = modeFromLabel(value);
      else if (field === 'place' || field === 'interviewer' || field === 'topic') fields[field] = value;
      else rest.push({ name, value });
    }
    return { fields, rest };
  }

  private existingSource(
    source: RefiTextSource,
  ): { transcriptId: string; interviewId: string; text: string } | null {
    const id = findByGuid(this.db, 'transcript', source.guid);
    if (!id) return null;
    return (
      (this.db
        .prepare(
          `SELECT t.id AS transcriptId, t.interview_id AS interviewId, t.text FROM transcripts t
           JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL WHERE t.id = ?`,
        )
        .get(id) as { transcriptId: string; interviewId: string; text: string } | undefined) ?? null
    );
  }

  importSource(source: RefiTextSource): void {
    const existing = this.existingSource(source);
    const merge = existing !== null && existing.text === source.text;
    if (existing && !merge) {
      this.preview.warnings.push(
        `La source « ${source.name} » a déjà été importée mais son texte a changé : elle est importée comme un nouvel entretien.`,
      );
    }
    const codings = source.selections.reduce((n, s) => n + s.codings.length, 0) + source.codings.length;
    const plan: RefiPreview['sources'][number] = {
      guid: source.guid,
      name: source.name,
      action: merge ? 'merge' : 'add',
      characters: source.text.length,
      selections: source.selections.length,
      codings,
      newSegments: 0,
      newCodings: 0,
      positions: source.offsets ? describe(source.offsets) : 'texte intégré au projet',
      speakerTurns: source.turns?.length ?? 0,
    };
    this.preview.sources.push(plan);

    let interviewId: string;
    let transcriptId: string;
    let turnStarts: { start: number; id: string }[] = [];
    const { fields, rest } = this.interviewFields(source.values);
    const willCode = source.selections.some((s) => s.codings.length > 0) || source.codings.length > 0;
    if (merge) {
      interviewId = existing.interviewId;
      transcriptId = existing.transcriptId;
      plan.interviewId = interviewId;
      turnStarts = (
        this.db
          .prepare(
            'SELECT id, start_offset AS start FROM speaker_turns WHERE transcript_id = ? AND deleted_at IS NULL ORDER BY start_offset',
          )
          .all(transcriptId) as { id: string; start: number }[]
      ).map((t) => ({ start: t.start, id: t.id }));
    } else {
      interviewId = this.insert('interviews', {
        title: source.name.slice(0, 300) || 'Source sans nom',
        status: willCode ? 'coded' : 'transcribed',
        guide_id: this.guide(),
        notes: source.description,
        ...fields,
      });
      plan.interviewId = interviewId;
      this.interviewIds.push(interviewId);
      this.preview.totals.interviews++;
      const turns = (source.turns ?? []).map((t) => ({
        speaker: t.speaker ?? '',
        role: t.role,
        start: t.start,
        end: t.end,
      }));
      if (this.dryRun) {
        transcriptId = newId();
      } else {
        const written = insertTranscript(this.db, {
          interviewId,
          title: source.name.slice(0, 300) || 'Source sans nom',
          text: source.text,
          sourceName: source.plainTextPath?.split(/[\\/]/).pop() ?? source.name,
          sourceFormat: 'refi-qda',
          turns,
        });
        transcriptId = written.transcriptId;
        turnStarts = turns.map((t, i) => ({ start: t.start, id: written.turnIds[i]! }));
      }
      this.remember('transcript', transcriptId, source.guid);
    }
    this.interviewBySource.set(source.guid, interviewId);
    this.transcriptBySource.set(source.guid, transcriptId);
    for (const r of rest) this.attribute('interview', interviewId, r.name, r.value, 'refi');
    this.addNoteTarget(source.noteGuids, {
      type: 'source',
      id: transcriptId,
      hint: `source « ${source.name} »`,
    });

    const turnAt = (offset: number): string | null => {
      let lo = 0;
      let hi = turnStarts.length - 1;
      let found: string | null = null;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (turnStarts[mid]!.start <= offset) {
          found = turnStarts[mid]!.id;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    };

    // Segments of this transcript by range (those already there when merging, and those added now).
    const byRange = new Map<
      string,
      { id: string; codes: Set<string>; memo: string | null; isNew: boolean }
    >();
    if (merge) {
      const rows = this.db
        .prepare(
          'SELECT id, start_offset AS s, end_offset AS e, memo FROM segments WHERE transcript_id = ? AND deleted_at IS NULL',
        )
        .all(transcriptId) as { id: string; s: number; e: number; memo: string | null }[];
      const codesOf = this.db.prepare(
        'SELECT code_id FROM segment_codes WHERE segment_id = ? AND deleted_at IS NULL',
      );
      for (const r of rows) {
        byRange.set(`${r.s}:${r.e}`, {
          id: r.id,
          codes: new Set((codesOf.all(r.id) as { code_id: string }[]).map((c) => c.code_id)),
          memo: r.memo,
          isNew: false,
        });
      }
    }

    const place = (
      guid: string,
      start: number,
      end: number,
      description: string | null,
      codingList: readonly RefiCoding[],
      noteGuids: readonly string[],
    ) => {
      if (
        !(start >= 0 && end > start && end <= source.text.length) ||
        !source.text.slice(start, end).trim()
      ) {
        this.preview.unplaced.push({
          source: source.name,
          selection: guid,
          startPosition: start,
          endPosition: end,
          codings: codingList.length,
          reason: 'passage hors du texte ou vide',
        });
        return;
      }
      const key = `${start}:${end}`;
      let seg = byRange.get(key);
      const known = merge ? findByGuid(this.db, 'segment', guid) : null;
      if (!seg && known) {
        seg = [...byRange.values()].find((s) => s.id === known);
      }
      if (!seg) {
        const id = this.insert('segments', {
          transcript_id: transcriptId,
          start_offset: start,
          end_offset: end,
          quote: source.text.slice(start, end),
          memo: description,
          speaker_turn_id: turnAt(start),
        });
        seg = { id, codes: new Set(), memo: description, isNew: true };
        byRange.set(key, seg);
        plan.newSegments++;
        this.preview.totals.segments++;
      } else if (description && !(seg.memo ?? '').includes(description)) {
        seg.memo = seg.memo ? `${seg.memo}\n\n${description}` : description;
        this.update('segments', seg.id, { memo: seg.memo });
      }
      this.sourceBySelection.set(guid, source.guid);
      this.remember('segment', seg.id, guid);
      for (const c of codingList) {
        const codeId = this.codeIds.get(c.codeGuid);
        if (!codeId) continue;
        this.addNoteTarget(c.noteGuids, { type: 'segment', id: seg.id, hint: 'codage' });
        if (seg.codes.has(codeId)) continue;
        const scId = this.insert('segment_codes', { segment_id: seg.id, code_id: codeId });
        seg.codes.add(codeId);
        this.remember('segment_code', scId, c.guid);
        plan.newCodings++;
        this.preview.totals.codings++;
      }
      this.addNoteTarget(noteGuids, { type: 'segment', id: seg.id, hint: 'passage' });
    };

    for (const sel of source.selections) {
      place(sel.guid, sel.start, sel.end, sel.description, sel.codings, sel.noteGuids);
    }
    if (source.codings.length) {
      // A coding of the whole source: a segment over the whole text (its blank edges left out).
      const start = source.text.length - source.text.trimStart().length;
      const end = source.text.trimEnd().length;
      place(nameGuid('whole-source', source.guid), start, end, null, source.codings, []);
      this.preview.warnings.push(
        `La source « ${source.name} » est codée en entier : un passage couvrant tout le texte porte ces codes.`,
      );
    }
    if (merge && willCode && plan.newCodings > 0) {
      const status = (
        this.db.prepare('SELECT status FROM interviews WHERE id = ?').get(interviewId) as { status: string }
      ).status;
      if (status === 'planned' || status === 'conducted' || status === 'transcribed') {
        this.update('interviews', interviewId, { status: 'coded' });
      }
    }
  }

  // ------------------------------------------------------------------------------------------- cases

  private findPersonByName(name: string): { id: string; full_name: string } | null {
    const f = fold(name);
    const people = this.db
      .prepare(
        `SELECT p.id, p.full_name FROM people p WHERE p.deleted_at IS NULL
         UNION SELECT p.id, a.alias FROM person_aliases a JOIN people p ON p.id = a.person_id
           WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL`,
      )
      .all() as { id: string; full_name: string }[];
    const hit = people.find((p) => fold(p.full_name) === f);
    if (!hit) return null;
    return this.db.prepare('SELECT id, full_name FROM people WHERE id = ?').get(hit.id) as {
      id: string;
      full_name: string;
    };
  }

  private organisation(name: string, actorType: string | null, structureType: string | null): string {
    const f = fold(name);
    const orgs = this.db
      .prepare(
        `SELECT id, name FROM organisations WHERE deleted_at IS NULL
         UNION SELECT o.id, a.alias FROM organisation_aliases a JOIN organisations o ON o.id = a.organisation_id
           WHERE a.deleted_at IS NULL AND o.deleted_at IS NULL`,
      )
      .all() as { id: string; name: string }[];
    const hit = orgs.find((o) => fold(o.name) === f) ?? this.newOrgs.get(f);
    if (hit) return typeof hit === 'string' ? hit : hit.id;
    const id = this.insert('organisations', {
      name: name.trim(),
      actor_type: actorType,
      structure_type: structureType,
    });
    this.newOrgs.set(f, id);
    this.preview.totals.organisations++;
    return id;
  }

  private readonly newOrgs = new Map<string, string>();
  private readonly newPeople = new Map<string, string>();

  /** A reference list key from its label (French or English) or key; null when the list does not hold it. */
  private referenceKey(taxonomy: string, label: string): string | null {
    const f = fold(label);
    const rows = this.db
      .prepare(
        'SELECT key, label_fr, label_en FROM reference_items WHERE taxonomy = ? AND deleted_at IS NULL',
      )
      .all(taxonomy) as { key: string; label_fr: string; label_en: string }[];
    return (
      rows.find((r) => fold(r.key) === f || fold(r.label_fr) === f || fold(r.label_en) === f)?.key ?? null
    );
  }

  importCase(kase: RefiProject['cases'][number]): void {
    const name = kase.name?.trim() || null;
    const interviews = [
      ...new Set(kase.sourceGuids.map((g) => this.interviewBySource.get(g)).filter((x): x is string => !!x)),
    ];
    for (const g of kase.selectionGuids) {
      const sourceGuid = this.sourceBySelection.get(g);
      const iid = sourceGuid ? this.interviewBySource.get(sourceGuid) : undefined;
      if (iid && !interviews.includes(iid)) interviews.push(iid);
    }
    let personId = findByGuid(this.db, 'person', kase.guid);
    let action: 'person' | 'new-person' | 'attributes' = personId ? 'person' : 'attributes';
    let targetName: string | undefined;
    if (!personId && name) {
      const found = this.findPersonByName(name);
      if (found) {
        personId = found.id;
        action = 'person';
        targetName = found.full_name;
      } else if (this.newPeople.has(fold(name))) {
        personId = this.newPeople.get(fold(name))!;
        action = 'person';
      }
    }
    // Person fields from the case's variables.
    const mapped: Partial<Record<NonNullable<ReturnType<typeof personField>>, string>> = {};
    const rest: { name: string; value: string }[] = [];
    for (const v of kase.values) {
      const vname = this.variableName(v);
      if (!vname || !v.value.trim()) continue;
      const field = personField(vname);
      if (field && !(field in mapped)) mapped[field] = v.value.trim();
      else rest.push({ name: vname, value: v.value.trim() });
    }
    if (!personId && name && this.fromTerrain) {
      action = 'new-person';
      const actorType = mapped.actorType ? this.referenceKey('actor-type', mapped.actorType) : null;
      const structureType = mapped.structureType
        ? this.referenceKey('structure-type', mapped.structureType)
        : null;
      if (mapped.actorType && !actorType) rest.push({ name: 'Type d’acteur', value: mapped.actorType });
      if (mapped.structureType && !structureType)
        rest.push({ name: 'Type de structure', value: mapped.structureType });
      const orgId = mapped.organisation
        ? this.organisation(mapped.organisation, actorType, structureType)
        : null;
      const level = mapped.hierarchyLevel ? hierarchyFromLabel(mapped.hierarchyLevel) : null;
      if (mapped.hierarchyLevel && !level)
        rest.push({ name: 'Niveau hiérarchique', value: mapped.hierarchyLevel });
      personId = this.insert('people', {
        full_name: name.slice(0, 200),
        pseudonym: mapped.pseudonym ?? null,
        position: mapped.position ?? null,
        organisation_id: orgId,
        hierarchy_level: level,
      });
      this.newPeople.set(fold(name), personId);
      this.preview.totals.people++;
    } else if (personId && action === 'person') {
      // An existing person: the case's values fill what the directory lacks.
      const p = this.db
        .prepare('SELECT position, pseudonym, organisation_id, hierarchy_level FROM people WHERE id = ?')
        .get(personId) as
        | {
            position: string | null;
            pseudonym: string | null;
            organisation_id: string | null;
            hierarchy_level: string | null;
          }
        | undefined;
      if (p) {
        const fill: Record<string, Value> = {};
        if (!p.position && mapped.position) fill.position = mapped.position;
        if (!p.pseudonym && mapped.pseudonym) fill.pseudonym = mapped.pseudonym;
        const level = mapped.hierarchyLevel ? hierarchyFromLabel(mapped.hierarchyLevel) : null;
        if (!p.hierarchy_level && level) fill.hierarchy_level = level;
        this.update('people', personId, fill);
      }
    }
    this.preview.cases.push({
      guid: kase.guid,
      name: name ?? kase.guid,
      action,
      targetName: action === 'person' ? (targetName ?? name ?? undefined) : undefined,
      sources: interviews.length,
    });
    if (personId && action !== 'attributes') {
      this.remember('person', personId, kase.guid);
      const linked = this.db.prepare(
        'SELECT 1 FROM interview_participants WHERE interview_id = ? AND person_id = ? AND deleted_at IS NULL',
      );
      for (const iid of interviews) {
        if (!linked.get(iid, personId))
          this.insert('interview_participants', {
            interview_id: iid,
            person_id: personId,
            role: 'interviewee',
          });
      }
      for (const r of rest) this.attribute('person', personId, r.name, r.value, 'refi');
      return;
    }
    // Not a person Terrain can tell: its name and variables stay with its interviews, grouped by its GUID.
    const source = `refi-case:${kase.guid}`;
    const targets: [string, string | null][] = interviews.length
      ? interviews.map((i) => ['interview', i])
      : [['workspace', null]];
    const values = [
      ...rest,
      ...Object.entries(mapped).map(([k, v]) => ({ name: personFieldName(k), value: v as string })),
    ];
    for (const [type, id] of targets) {
      this.attribute(type, id, CASE_ATTRIBUTE, name ?? kase.guid, source);
      for (const r of values) this.attribute(type, id, r.name, r.value, source);
    }
  }

  // -------------------------------------------------------------------------------------------- sets

  importSet(set: RefiSet): void {
    const plan: RefiPreview['sets'][number] = {
      guid: set.guid,
      name: set.name,
      action: 'attributes',
      members: set.codeGuids.length + set.sourceGuids.length + set.noteGuids.length,
    };
    this.preview.sets.push(plan);
    if (this.fromTerrain && isActorTypeSet(set.name)) {
      plan.action = 'ignored';
      return;
    }
    const interviews = [
      ...new Set(set.sourceGuids.map((g) => this.interviewBySource.get(g)).filter((x): x is string => !!x)),
    ];
    // A set of sources (or an empty one) may stand for a project; a set of codes never does.
    const ofSources = set.sourceGuids.length > 0 || set.codeGuids.length === 0;
    let projectId = ofSources ? findByGuid(this.db, 'project', set.guid) : null;
    const projectName = projectNameFromSet(set.name);
    if (!projectId && ofSources) {
      const wanted = fold(projectName ?? set.name);
      const row = (
        this.db.prepare('SELECT id, name FROM projects WHERE deleted_at IS NULL').all() as {
          id: string;
          name: string;
        }[]
      ).find((p) => fold(p.name) === wanted);
      projectId = row?.id ?? this.newProjects.get(wanted) ?? null;
    }
    if (projectId) plan.action = 'project';
    else if (projectName && ofSources) {
      projectId = this.insert('projects', { name: projectName.slice(0, 300), summary: set.description });
      this.newProjects.set(fold(projectName), projectId);
      plan.action = 'new-project';
      this.preview.totals.projects++;
    }
    if (projectId) {
      this.remember('project', projectId, set.guid);
      const linked = this.db.prepare(
        'SELECT 1 FROM interview_projects WHERE interview_id = ? AND project_id = ? AND deleted_at IS NULL',
      );
      for (const iid of interviews) {
        if (!linked.get(iid, projectId))
          this.insert('interview_projects', { interview_id: iid, project_id: projectId });
      }
      return;
    }
    const source = `refi-set:${set.guid}`;
    let members = 0;
    for (const iid of interviews) {
      this.attribute('interview', iid, SET_ATTRIBUTE, set.name, source);
      members++;
    }
    for (const g of set.codeGuids) {
      const codeId = this.codeIds.get(g);
      if (!codeId) continue;
      this.attribute('code', codeId, SET_ATTRIBUTE, set.name, source);
      members++;
    }
    for (const g of set.noteGuids) {
      const memoId = this.memoByNote.get(g);
      if (!memoId) continue;
      this.attribute('memo', memoId, SET_ATTRIBUTE, set.name, source);
      members++;
    }
    if (members === 0) this.attribute('workspace', null, SET_ATTRIBUTE, set.name, source);
  }

  private readonly newProjects = new Map<string, string>();

  // ------------------------------------------------------------------------------------------- notes

  importNotes(notes: readonly RefiNote[], projectNoteGuids: readonly string[]): void {
    this.addNoteTarget(projectNoteGuids, { type: 'workspace', id: null, hint: 'projet' });
    for (const note of notes) {
      if (findByGuid(this.db, 'memo', note.guid)) continue; // imported before
      const targets = this.noteTargets.get(note.guid) ?? [{ type: 'workspace' as const, id: null }];
      const body = note.text.trim() ? note.text : (note.description ?? '');
      targets.forEach((t, i) => {
        const id = this.insert('memos', {
          target_type: t.type,
          target_id: t.id,
          title: (note.name ?? (t.hint ? `Note (${t.hint})` : 'Note')).slice(0, 300),
          body,
        });
        if (i === 0) {
          this.memoByNote.set(note.guid, id);
          this.remember('memo', id, note.guid);
        }
        this.preview.totals.memos++;
      });
    }
  }

  importProjectDescription(project: RefiProject): void {
    if (!project.description?.trim()) return;
    const title = `Description du projet « ${project.name} »`.slice(0, 300);
    const exists = this.db
      .prepare(
        "SELECT 1 FROM memos WHERE target_type = 'workspace' AND title = ? AND body = ? AND deleted_at IS NULL",
      )
      .get(title, project.description);
    if (exists) return;
    this.insert('memos', { target_type: 'workspace', target_id: null, title, body: project.description });
    this.preview.totals.memos++;
  }

  importUsers(project: RefiProject): void {
    for (const u of project.users) {
      const before = this.preview.totals.attributes;
      this.attribute('workspace', null, USER_ATTRIBUTE, u.name ?? u.guid, `refi-user:${u.guid}`);
      if (this.preview.totals.attributes > before) this.preview.totals.users++;
    }
  }

  /** Variables with no Terrain field keep their GUID and type, so an export writes them back as they were. */
  registerVariables(variables: readonly RefiVariable[]): void {
    for (const v of variables) {
      this.variables.set(v.guid, v);
      if (interviewField(v.name) || personField(v.name)) continue;
      const known = this.db
        .prepare(
          "SELECT 1 FROM attributes WHERE target_type = 'variable' AND target_id = ? AND deleted_at IS NULL",
        )
        .get(v.guid);
      if (!known) {
        this.insert('attributes', {
          target_type: 'variable',
          target_id: v.guid,
          name: v.name,
          value: v.type,
          source: 'refi',
        });
      }
    }
  }
}

function personFieldName(key: string): string {
  const names: Record<string, string> = {
    organisation: 'Organisation',
    actorType: 'Type d’acteur',
    structureType: 'Type de structure',
    position: 'Fonction',
    hierarchyLevel: 'Niveau hiérarchique',
    pseudonym: 'Pseudonyme',
  };
  return names[key] ?? key;
}

function describe(r: NonNullable<RefiTextSource['offsets']>): string {
  const parts = [r.unit === 'codepoint' ? 'points de code Unicode' : 'unités UTF-16'];
  if (r.crlf === 'two') parts.push('CRLF compté pour deux caractères');
  if (r.crlf === 'one') parts.push('CRLF compté pour un caractère');
  if (r.bomCounted) parts.push('BOM compté');
  return parts.join(', ');
}

function run(db: Db, fileName: string, file: RefiFile, dryRun: boolean): RefiImportReport {
  const fromTerrain =
    file.kind === 'qdpx'
      ? /^terrain\b/i.test(file.project.origin ?? '')
      : /^terrain\b/i.test(file.codebook.origin ?? '');
  const importer = new Importer(db, dryRun, fileName, file.kind, fromTerrain);
  const p = importer.preview;
  p.warnings.push(...file.report.warnings);
  p.unplaced.push(
    ...file.report.unplaced.map((u) => ({
      source: u.sourceName,
      selection: u.selectionGuid,
      startPosition: u.startPosition,
      endPosition: u.endPosition,
      codings: u.codings,
      reason: u.reason,
    })),
  );
  if (file.kind === 'qdc') {
    const cb: RefiCodebook = file.codebook;
    p.origin = cb.origin;
    importer.importCodes(cb.codes);
    for (const s of cb.sets) importer.importSet({ ...s, sourceGuids: [], noteGuids: [] });
    return { ...p, interviewIds: importer.interviewIds };
  }
  const project = file.project;
  p.projectName = project.name;
  p.origin = project.origin;
  importer.registerVariables(project.variables);
  importer.importUsers(project);
  importer.importCodes(project.codes);
  for (const source of project.sources) importer.importSource(source);
  for (const kase of project.cases) importer.importCase(kase);
  importer.importNotes(project.notes, project.noteGuids);
  for (const set of project.sets) importer.importSet(set);
  importer.importProjectDescription(project);
  return { ...p, interviewIds: importer.interviewIds };
}

/** What importing the file would add or merge; writes nothing. */
export function previewRefi(db: Db, fileName: string, file: RefiFile): RefiPreview {
  const { interviewIds: _ids, ...preview } = run(db, fileName, file, true);
  return preview;
}

/**
 * Imports the file into the workspace in one transaction; answers what was added, merged or left out. With
 * `intoNew`, a workspace that already holds interviews is refused (an import meant for a new workspace).
 */
export function importRefi(
  db: Db,
  fileName: string,
  file: RefiFile,
  options: { intoNew?: boolean } = {},
): RefiImportReport {
  if (db.readonly) throw new TerrainError('forbidden', 'Cet espace de travail est ouvert en lecture seule.');
  if (options.intoNew && db.prepare('SELECT 1 FROM interviews WHERE deleted_at IS NULL LIMIT 1').get()) {
    throw new TerrainError(
      'conflict',
      'L’espace de travail ouvert contient déjà des entretiens : créez un nouvel espace pour y importer ce projet, ou choisissez de le fusionner.',
    );
  }
  return db.transaction(() => run(db, fileName, file, false))();
}
