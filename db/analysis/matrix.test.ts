import { describe, expect, it } from 'vitest';
import { drillDown, recurrenceMatrix } from './matrix';
import { seedExamples } from '../../shared/taxonomies';
import { listProjects } from '../queries/projects';
import { tempWorkspace } from '../../test/support/workspace';

describe('the recurrence matrix on the demo workspace', () => {
  it('reproduces the thesis’s challenge × project table (§6.5), computed from the data', () => {
    const ws = tempWorkspace({ demo: true });
    const m = recurrenceMatrix(ws.db, { rows: 'challenges', columns: 'projects', unit: 'projects' });
    const projects = listProjects(ws.db);
    const seedIdOf = (projectId: string) => {
      const name = projects.find((p) => p.id === projectId)!.name;
      return seedExamples.projects.find((p) => name.startsWith(p.name.split(' ')[0]!))!.id;
    };
    for (const [key, expected] of Object.entries(seedExamples.challengeMatrix.rows)) {
      const row = m.rows.find((r) => r.taxonomyKey === key)!;
      expect(row, key).toBeDefined();
      expect(row.total.count, key).toBe(expected.explicit_count);
      for (const column of m.columns) {
        const mark = expected.cells[seedIdOf(column.key)] ?? null;
        const cell = row.cells[column.key];
        expect(cell?.count ?? 0, `${key} × ${column.label}`).toBe(mark === 'explicit' ? 1 : 0);
        expect(cell?.implied ?? 0, `${key} × ${column.label} (implied)`).toBe(mark === 'implied' ? 1 : 0);
      }
    }
    const recurring = m.rows
      .filter((r) => r.recurring)
      .map((r) => r.taxonomyKey)
      .sort();
    expect(recurring).toEqual(
      [
        'adoption-health-professionals',
        'business-model',
        'data-interoperability-privacy-security',
        'end-user-adoption',
      ].sort(),
    );
    const directo = m.columns.find((c) => c.label.startsWith('DirectoSanté'))!;
    expect(directo.total).toBe(0);
    ws.close();
  });

  it('shows where each count comes from: observations and verbatims', () => {
    const ws = tempWorkspace({ demo: true });
    const m = recurrenceMatrix(ws.db, { columns: 'projects', unit: 'projects' });
    const row = m.rows.find((r) => r.taxonomyKey === 'adoption-health-professionals')!;
    expect(row.total).toMatchObject({ count: 3, fromObservations: 3 });
    expect(row.total.fromVerbatims).toBe(3);
    ws.close();
  });

  it('drills down to exactly as many groups of evidence as the cell counts', () => {
    const ws = tempWorkspace({ demo: true });
    for (const unit of ['projects', 'interviews', 'interviewees', 'segments'] as const) {
      for (const columns of ['projects', 'actor-types', 'interviews'] as const) {
        const m = recurrenceMatrix(ws.db, { columns, unit });
        for (const row of m.rows) {
          const rowDrill = drillDown(ws.db, { columns, unit, rowCodeId: row.codeId });
          expect(rowDrill.groups.length, `${unit}/${columns}/${row.name}`).toBe(row.total.count);
          for (const [col, cell] of Object.entries(row.cells)) {
            const d = drillDown(ws.db, { columns, unit, rowCodeId: row.codeId, column: col });
            expect(d.groups.length, `${unit}/${columns}/${row.name}/${col}`).toBe(cell.count);
          }
        }
        for (const column of m.columns) {
          expect(drillDown(ws.db, { columns, unit, column: column.key }).groups.length).toBe(column.total);
        }
      }
    }
    ws.close();
  });
});
