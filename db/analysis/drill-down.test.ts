import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DrillDown, MatrixColumns, MatrixRequest, MatrixUnit } from '../../shared/analysis';
import { MATRIX_COLUMNS, MATRIX_UNITS } from '../../shared/analysis';
import { generateWorkspace } from '../../bench/generate';
import { tempDir } from '../../test/support/temp';
import { tempWorkspace } from '../../test/support/workspace';
import { openWorkspace, type Db } from '../workspace';
import { evidenceCte } from '../../bench/evidence-sql';
import { drillDown, recurrenceMatrix, rowCodes } from './matrix';

const COLUMN: Record<MatrixColumns, string> = {
  projects: 'ev.project',
  'actor-types': 'ev.actor',
  organisations: 'ev.org',
  interviews: 'ev.interview',
  interviewees: 'ev.person',
  years: 'CAST(ev.year AS TEXT)',
  regions: 'ev.region',
};
const UNIT: Record<MatrixUnit, string> = {
  projects: 'ev.project',
  interviews: 'ev.interview',
  interviewees: 'ev.person',
  segments: 'ev.seg',
};

/**
 * The same question asked of the tables in one SQL query (the way the drill-down was first written), to check
 * the evidence store against: unit → the evidence (source, segment or observation, code) found for it.
 */
function referenceDrillDown(
  db: Db,
  req: MatrixRequest & { rowCodeId?: string; column?: string },
): Map<string, Set<string>> {
  const { codes } = rowCodes(db, req.rows);
  const parent = new Map(codes.map((c) => [c.id, c.parentId]));
  const inRow = codes
    .filter((c) => {
      for (let r: string | null | undefined = c.id; r && parent.has(r); r = parent.get(r))
        if (!req.rowCodeId || r === req.rowCodeId) return true;
      return false;
    })
    .map((c) => c.id);
  const ev = evidenceCte(req.filter);
  const rows = db
    .prepare(
      `WITH ${ev.sql}
       SELECT DISTINCT ${UNIT[req.unit]} AS unit, ev.src, coalesce(ev.seg, ev.obs) AS ref, ev.code, ev.strength
       FROM ev WHERE ev.code IN (SELECT value FROM json_each(@codes)) AND ${UNIT[req.unit]} IS NOT NULL
         AND ${req.column === undefined ? `${COLUMN[req.columns]} IS NOT NULL` : `${COLUMN[req.columns]} = @column`}`,
    )
    .all({ ...ev.params, codes: JSON.stringify(inRow), column: req.column }) as {
    unit: string;
    src: string;
    ref: string;
    code: string;
    strength: string;
  }[];
  const counted = new Set(
    rows
      .filter((r) => r.src === 'verbatim' || r.strength === 'explicit' || req.includeImplied)
      .map((r) => r.unit),
  );
  const out = new Map<string, Set<string>>();
  for (const r of rows)
    if (counted.has(r.unit))
      out.set(r.unit, (out.get(r.unit) ?? new Set()).add(`${r.src} ${r.ref} ${r.code}`));
  return out;
}

function asMap(d: DrillDown): Map<string, Set<string>> {
  return new Map(
    d.groups.map((g) => [
      g.unitKey,
      new Set(g.items.map((i) => `${i.source} ${i.segmentId ?? i.observationId} ${i.codeId}`)),
    ]),
  );
}

function checkAll(db: Db, filter?: MatrixRequest['filter']) {
  let compared = 0;
  let groups = 0;
  for (const unit of MATRIX_UNITS)
    for (const columns of MATRIX_COLUMNS) {
      const m = recurrenceMatrix(db, { columns, unit, filter });
      const ask = (extra: { rowCodeId?: string; column?: string }) => {
        const req = { columns, unit, filter, ...extra };
        const got = drillDown(db, req);
        expect(asMap(got), `${unit}/${columns}/${JSON.stringify(extra)}`).toEqual(
          referenceDrillDown(db, req),
        );
        compared++;
        groups += got.groups.length;
        return got.groups.length;
      };
      for (const row of m.rows.filter((r) => r.total.count > 0).slice(0, 4)) {
        expect(ask({ rowCodeId: row.codeId })).toBe(row.total.count);
        for (const [col, cell] of Object.entries(row.cells).slice(0, 3))
          expect(ask({ rowCodeId: row.codeId, column: col })).toBe(cell.count);
      }
      for (const column of m.columns.slice(0, 3)) expect(ask({ column: column.key })).toBe(column.total);
    }
  // A filter that left nothing would prove nothing.
  expect(groups).toBeGreaterThan(0);
  return compared;
}

describe('drill-down: the evidence behind a number, the same as the tables say', () => {
  it('on the demo, for every column kind and unit', () => {
    const ws = tempWorkspace({ demo: true });
    expect(checkAll(ws.db)).toBeGreaterThan(300);
    ws.close();
  });

  it('on a generated workspace, with and without filters', () => {
    const file = path.join(tempDir(), 'gen.terrain');
    generateWorkspace(file, 'S', 5);
    const ws = openWorkspace(file);
    checkAll(ws.db);
    const actor = ws.db
      .prepare(
        `SELECT o.actor_type FROM interview_participants ip JOIN people p ON p.id = ip.person_id
         JOIN organisations o ON o.id = p.organisation_id WHERE ip.role = 'interviewee' LIMIT 1`,
      )
      .pluck()
      .get() as string;
    const project = ws.db.prepare('SELECT id FROM projects LIMIT 1').pluck().get() as string;
    checkAll(ws.db, { actorTypes: [actor], dateFrom: '2022-01-01' });
    checkAll(ws.db, { projectIds: [project] });
    ws.close();
  });
});
