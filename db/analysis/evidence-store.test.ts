import { describe, expect, it } from 'vitest';
import type { MatrixColumns, MatrixUnit } from '../../shared/analysis';
import { MATRIX_COLUMNS, MATRIX_UNITS } from '../../shared/analysis';
import { codePassage, linkSegmentToProject, setSegmentCodes } from '../coding';
import { deleteInterview } from '../interviews-edit';
import { deleteProject } from '../portfolio-edit';
import { redo, undo } from '../history';
import { restoreFromTrash } from '../trash';
import { codeTree } from '../queries/codebook';
import { erasePerson } from '../erasure';
import { openWorkspace, setPassphrase } from '../workspace';
import { tempWorkspace, codeIdByKey } from '../../test/support/workspace';
import type { Db } from '../workspace';
import { forgetEvidence, warmEvidence } from './evidence-store';
import { drillDown, recurrenceMatrix } from './matrix';
import { cooccurrence, cooccurrenceEvidence } from './cooccurrence';
import { codeFrequencies } from './frequencies';
import { prng } from '../../bench/french-text';

/** Everything the analyses answer, for a comparison between the store kept up to date and a fresh one. */
function answers(db: Db) {
  const matrices: Record<string, unknown> = {};
  for (const columns of MATRIX_COLUMNS)
    for (const unit of MATRIX_UNITS)
      matrices[`${columns}/${unit}`] = recurrenceMatrix(db, {
        columns,
        unit,
        includeImplied: unit === 'projects',
      });
  return {
    matrices,
    filtered: recurrenceMatrix(db, {
      columns: 'actor-types',
      unit: 'interviews',
      filter: { dateFrom: '2023-01-01', interviewStatuses: ['coded', 'transcribed'] },
    }),
    cooccurrence: cooccurrence(db),
    frequencies: codeFrequencies(db, { rollUp: true }),
    tree: codeTree(db).map((c) => [c.id, c.segmentCount, c.interviewCount]),
  };
}

function rebuilt(db: Db) {
  forgetEvidence(db);
  return answers(db);
}

const one = <T>(db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as T;
const all = <T>(db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .all(...params) as T[];

describe('the evidence store follows every write without being told', () => {
  it('a passage coded and linked to a project appears in the matrix at once', () => {
    const ws = tempWorkspace({ demo: true });
    const m = (columns: MatrixColumns = 'projects', unit: MatrixUnit = 'projects') =>
      recurrenceMatrix(ws.db, { columns, unit });
    const directo = m().columns.find((c) => c.label.startsWith('DirectoSanté'))!;
    expect(directo.total).toBe(0);
    const adoption = codeIdByKey(ws, 'adoption-health-professionals');
    const row = () => m().rows.find((r) => r.codeId === adoption)!;
    const before = row().total.count;
    const transcriptId = one<string>(ws.db, 'SELECT id FROM transcripts WHERE deleted_at IS NULL LIMIT 1');
    const seg = codePassage(ws.db, { transcriptId, start: 0, end: 12, codeIds: [adoption] });
    linkSegmentToProject(ws.db, { segmentId: seg.id, projectId: directo.key, linked: true });
    expect(row().cells[directo.key]?.count).toBe(1);
    expect(row().total.count).toBe(before + 1);
    expect(m().columns.find((c) => c.key === directo.key)!.total).toBe(1);
    const inCodebook = () => codeTree(ws.db).find((c) => c.id === adoption)!.segmentCount;
    const used = inCodebook();
    undo(ws.db);
    expect(row().cells[directo.key]).toBeUndefined();
    redo(ws.db);
    expect(row().cells[directo.key]?.count).toBe(1);
    setSegmentCodes(ws.db, { segmentId: seg.id, remove: [adoption] });
    expect(row().cells[directo.key]).toBeUndefined();
    expect(inCodebook()).toBe(used - 1);
    ws.close();
  });

  it('after a random series of edits, what the store answers equals a store built afresh', () => {
    const ws = tempWorkspace({ demo: true });
    const db = ws.db;
    answers(db);
    const rand = prng(7);
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
    const codes = all<string>(db, "SELECT id FROM codes WHERE deleted_at IS NULL AND kind <> 'branch'");
    const edits: [string, () => void][] = [
      [
        'code a passage',
        () => {
          const t = pick(all<string>(db, 'SELECT id FROM transcripts WHERE deleted_at IS NULL'));
          const length = one<number>(db, 'SELECT length(text) FROM transcripts WHERE id = ?', t);
          const start = Math.floor(rand() * (length - 40));
          codePassage(db, {
            transcriptId: t,
            start,
            end: start + 5 + Math.floor(rand() * 300),
            codeIds: [pick(codes)],
          });
        },
      ],
      [
        'link a segment to a project',
        () => {
          const s = pick(all<string>(db, 'SELECT id FROM segments WHERE deleted_at IS NULL'));
          const p = pick(all<string>(db, 'SELECT id FROM projects WHERE deleted_at IS NULL'));
          linkSegmentToProject(db, { segmentId: s, projectId: p, linked: rand() < 0.7 });
        },
      ],
      [
        'add or remove a code',
        () => {
          const s = pick(all<string>(db, 'SELECT id FROM segments WHERE deleted_at IS NULL'));
          if (rand() < 0.5) setSegmentCodes(db, { segmentId: s, add: [pick(codes)] });
          else {
            const own = all<string>(
              db,
              'SELECT code_id FROM segment_codes WHERE segment_id = ? AND deleted_at IS NULL',
              s,
            );
            setSegmentCodes(db, { segmentId: s, remove: [pick(own)] });
          }
        },
      ],
      [
        'delete then maybe restore an interview',
        () => {
          const i = pick(all<string>(db, 'SELECT id FROM interviews WHERE deleted_at IS NULL'));
          deleteInterview(db, i);
          if (rand() < 0.5) restoreFromTrash(db, 'interview', i);
        },
      ],
      [
        'move a person to another organisation',
        () => {
          const p = pick(all<string>(db, 'SELECT id FROM people WHERE deleted_at IS NULL'));
          const o = pick(all<string>(db, 'SELECT id FROM organisations WHERE deleted_at IS NULL'));
          db.prepare('UPDATE people SET organisation_id = ? WHERE id = ?').run(o, p);
        },
      ],
      [
        'delete a project',
        () => deleteProject(db, pick(all<string>(db, 'SELECT id FROM projects WHERE deleted_at IS NULL'))),
      ],
      ['undo', () => undo(db)],
      ['redo', () => redo(db)],
    ];
    let applied = 0;
    for (let step = 0; step < 40; step++) {
      const [name, edit] = pick(edits);
      try {
        edit();
      } catch {
        continue; // an edit refused by the rules (nothing to undo, a range already coded…) changes nothing
      }
      applied++;
      const kept = answers(db);
      expect(kept, `step ${step}: ${name}`).toEqual(rebuilt(db));
    }
    expect(applied).toBeGreaterThan(25);
    ws.close();
  });

  it('stays right after erasing a person and setting a passphrase (both rewrite the file)', () => {
    const ws = tempWorkspace({ demo: true });
    const before = answers(ws.db);
    const pair = cooccurrence(ws.db).pairs[0]!;
    const evidence = cooccurrenceEvidence(ws.db, pair.a, pair.b);
    expect(evidence.segmentIds).toHaveLength(pair.count);
    setPassphrase(ws, 'une phrase de passe assez longue');
    expect(answers(ws.db)).toEqual(before);
    expect(cooccurrenceEvidence(ws.db, pair.a, pair.b)).toEqual(evidence);
    const person = one<string>(
      ws.db,
      "SELECT person_id FROM interview_participants WHERE role = 'interviewee' AND deleted_at IS NULL LIMIT 1",
    );
    erasePerson(ws, person);
    const after = answers(ws.db);
    expect(after).toEqual(rebuilt(ws.db));
    for (const group of drillDown(ws.db, { columns: 'interviewees', unit: 'interviewees' }).groups)
      expect(group.unitKey).not.toBe(person);
    ws.close();
  });

  it('warmed up in slices with edits in between, it answers like a store built at once', () => {
    const ws = tempWorkspace({ demo: true });
    const db = ws.db;
    const interviews = all<string>(db, 'SELECT id FROM interviews WHERE deleted_at IS NULL');
    const adoption = codeIdByKey(ws, 'adoption-health-professionals');
    let slices = 0;
    while (!warmEvidence(db, 2)) {
      slices++;
      // Edits land on interviews already read and on ones still to read.
      const t = one<string>(
        db,
        'SELECT id FROM transcripts WHERE interview_id = ? AND deleted_at IS NULL',
        interviews.find((i) => one(db, 'SELECT 1 FROM transcripts WHERE interview_id = ?', i))!,
      );
      codePassage(db, { transcriptId: t, start: slices * 20, end: slices * 20 + 10, codeIds: [adoption] });
      if (slices === 2) deleteInterview(db, interviews[interviews.length - 1]!);
    }
    expect(slices).toBe(Math.ceil(interviews.length / 2) - 1);
    const warmed = answers(db);
    expect(warmed).toEqual(rebuilt(db));
    ws.close();
  });

  it('answers on a read-only workspace', () => {
    const ws = tempWorkspace({ demo: true });
    const file = ws.path;
    const expected = answers(ws.db);
    ws.close();
    const ro = openWorkspace(file, { readOnly: true });
    expect(ro.readOnly).toBe(true);
    expect(answers(ro.db)).toEqual(expected);
    ro.close();
  });
});
