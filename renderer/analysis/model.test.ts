import { describe, expect, it } from 'vitest';
import type { MatrixCell, MatrixResult, MatrixRow } from '../../shared/analysis';
import type { CodeNode } from '../../shared/domain';
import { chartRows, columnRows, shorten } from './charts';
import { cooccurrenceGrid, strongestPairs } from './cooccurrence-model';
import { frequencyRows } from './frequency-model';
import {
  DEFAULT_SETTINGS,
  HEAT_STEPS,
  NO_FILTER,
  cellValue,
  contrastRatio,
  descendantIds,
  dropsObservations,
  heatLegend,
  heatLevel,
  kindOfTab,
  matrixMax,
  normalised,
  parentIds,
  readSettings,
  resolveBranch,
  sortRows,
  toApiFilter,
  visibleRows,
} from './model';

const cell = (count: number, extra: Partial<MatrixCell> = {}): MatrixCell => ({
  count,
  fromObservations: 0,
  fromVerbatims: count,
  implied: 0,
  ...extra,
});

function row(
  codeId: string,
  parentId: string | null,
  total: number,
  cells: Record<string, number> = {},
): MatrixRow {
  return {
    codeId,
    parentId,
    depth: parentId ? 1 : 0,
    name: codeId,
    nameEn: null,
    taxonomyKey: codeId,
    color: null,
    total: cell(total),
    recurring: total >= 2,
    cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, cell(v)])),
  };
}

function code(id: string, parentId: string | null, taxonomyKey: string | null = null): CodeNode {
  return {
    id,
    parentId,
    name: id,
    nameEn: null,
    color: null,
    definition: null,
    kind: parentId ? 'challenge' : 'branch',
    taxonomyKey,
    order: 0,
    segmentCount: 0,
    interviewCount: 0,
  };
}

// The demo's challenge rows (domain §6.5), in tree order.
const demo = [
  row('ecosystem', null, 1),
  row('adoption', null, 3),
  row('adoption-patients', 'adoption', 1),
  row('adoption-professionals', 'adoption', 3),
  row('adoption-establishments', 'adoption', 1),
  row('business-model', null, 2),
  row('resilience', null, 1),
  row('data', null, 3),
  row('regulatory', null, 1),
  row('regulatory-review', 'regulatory', 0),
  row('clinical-validation', 'regulatory', 1),
];

describe('heat scale', () => {
  it('puts nothing at level 0 and the largest value at the top level', () => {
    expect(heatLevel(0, 3)).toBe(0);
    expect(heatLevel(5, 0)).toBe(0);
    expect(heatLevel(3, 3)).toBe(5);
    expect(heatLevel(1, 3)).toBe(2);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(150, 100)).toBe(5);
  });

  it('keeps every step readable: text on its background reaches WCAG AA (4.5:1)', () => {
    for (const step of HEAT_STEPS)
      expect(contrastRatio(step.fg, step.bg), step.bg).toBeGreaterThanOrEqual(4.5);
  });

  it('gets darker with each level', () => {
    const lum = (hex: string) => contrastRatio(hex, '#000000');
    for (let i = 1; i < HEAT_STEPS.length; i++)
      expect(lum(HEAT_STEPS[i]!.bg)).toBeLessThan(lum(HEAT_STEPS[i - 1]!.bg));
  });

  it('gives the legend the integer ranges each level covers', () => {
    expect(heatLegend(3)).toEqual([
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
      { level: 5, from: 3, to: 3 },
    ]);
    expect(heatLegend(10).map((l) => [l.from, l.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(heatLegend(0)).toEqual([]);
    // every integer from 1 to max falls in exactly one range, at the level heatLevel gives it
    for (const max of [1, 2, 7, 13, 100]) {
      for (let v = 1; v <= max; v++) {
        const hits = heatLegend(max).filter((l) => v >= l.from && v <= l.to);
        expect(
          hits.map((h) => h.level),
          `${v}/${max}`,
        ).toEqual([heatLevel(v, max)]);
      }
    }
  });
});

describe('normalisation by column size', () => {
  it('shows a count as a share of its column', () => {
    expect(normalised(1, 4)).toBe(25);
    expect(normalised(3, 3)).toBe(100);
    expect(normalised(2, 0)).toBeNull();
    expect(cellValue(cell(2), 8, true)).toBe(25);
    expect(cellValue(cell(2), 8, false)).toBe(2);
    expect(cellValue(undefined, 8, true)).toBe(0);
  });

  it('heats by share when normalising: a small column can be the hottest', () => {
    const rows = [row('a', null, 3, { big: 3, small: 1 })];
    const columns = [
      { key: 'big', size: 10 },
      { key: 'small', size: 1 },
    ];
    expect(matrixMax(rows, columns, false)).toBe(3);
    expect(matrixMax(rows, columns, true)).toBe(100);
  });
});

describe('row order', () => {
  it('keeps tree order by default', () => {
    expect(sortRows(demo, 'tree').map((r) => r.codeId)).toEqual(demo.map((r) => r.codeId));
  });

  it('sorts by total among siblings, children staying under their parent, ties in tree order', () => {
    expect(sortRows(demo, 'total').map((r) => r.codeId)).toEqual([
      'adoption',
      'adoption-professionals',
      'adoption-patients',
      'adoption-establishments',
      'data',
      'business-model',
      'ecosystem',
      'resilience',
      'regulatory',
      'clinical-validation',
      'regulatory-review',
    ]);
  });

  it('does not lose rows whose parent is not among the rows', () => {
    const rows = [row('orphan', 'missing', 1), row('top', null, 2)];
    expect(sortRows(rows, 'total').map((r) => r.codeId)).toEqual(['top', 'orphan']);
  });
});

describe('collapsing rows', () => {
  it('knows which rows have children', () => {
    expect([...parentIds(demo)].sort()).toEqual(['adoption', 'regulatory']);
  });

  it('hides the descendants of a collapsed row, at any depth, and nothing else', () => {
    expect(visibleRows(demo, new Set()).length).toBe(demo.length);
    const visible = visibleRows(demo, new Set(['adoption'])).map((r) => r.codeId);
    expect(visible).toEqual([
      'ecosystem',
      'adoption',
      'business-model',
      'resilience',
      'data',
      'regulatory',
      'regulatory-review',
      'clinical-validation',
    ]);
    const deep = [row('a', null, 1), row('b', 'a', 1), { ...row('c', 'b', 1), depth: 2 }, row('d', null, 1)];
    expect(visibleRows(deep, new Set(['a'])).map((r) => r.codeId)).toEqual(['a', 'd']);
    expect(visibleRows(deep, new Set(['b'])).map((r) => r.codeId)).toEqual(['a', 'b', 'd']);
  });
});

describe('branches', () => {
  const codes = [
    code('root-c', null, 'challenges'),
    code('c1', 'root-c', 'ecosystem'),
    code('root-l', null, 'levers'),
    code('l1', 'root-l'),
    code('l2', 'l1'),
    code('c2', 'root-c'),
  ];

  it('resolves a code id, a branch key, or falls back to the challenges', () => {
    expect(resolveBranch(codes, 'l1')).toBe('l1');
    expect(resolveBranch(codes, 'levers')).toBe('root-l');
    expect(resolveBranch(codes, 'challenges')).toBe('root-c');
    expect(resolveBranch(codes, 'deleted-code')).toBe('root-c');
    expect(resolveBranch(undefined, 'challenges')).toBeUndefined();
  });

  it('lists a branch’s descendants', () => {
    expect(descendantIds(codes, 'root-c')).toEqual(['c1', 'c2']);
    expect(descendantIds(codes, 'root-l')).toEqual(['l1', 'l2']);
    // a child listed before its parent is still found
    expect(descendantIds([code('x2', 'x1'), code('x1', 'x0'), code('x0', null)], 'x0').sort()).toEqual([
      'x1',
      'x2',
    ]);
  });
});

describe('filters', () => {
  it('send nothing when untouched and only what is set otherwise', () => {
    expect(toApiFilter(NO_FILTER)).toEqual({});
    expect(
      toApiFilter({
        ...NO_FILTER,
        dateFrom: '2021-01-01',
        projectIds: ['b', 'a'],
        interviewStatuses: ['coded'],
      }),
    ).toEqual({ dateFrom: '2021-01-01', projectIds: ['a', 'b'], interviewStatuses: ['coded'] });
  });

  it('say when project observations drop out (interview-level filters)', () => {
    expect(dropsObservations(NO_FILTER)).toBe(false);
    expect(dropsObservations({ ...NO_FILTER, projectIds: ['p'] })).toBe(false);
    expect(dropsObservations({ ...NO_FILTER, actorTypes: ['investors'] })).toBe(true);
    expect(dropsObservations({ ...NO_FILTER, dateTo: '2022-01-01' })).toBe(true);
  });
});

describe('saved settings', () => {
  it('read back what was saved', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      tab: 'actors' as const,
      filters: { ...NO_FILTER, projectIds: ['p1'] },
      matrix: { ...DEFAULT_SETTINGS.matrix, columns: 'years' as const, threshold: 3, collapsed: ['x'] },
    };
    expect(readSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });

  it('fill anything missing or malformed with defaults', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(
      readSettings({ tab: 'nope', matrix: { columns: 'planets', threshold: -2, unit: 'segments' } }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      matrix: { ...DEFAULT_SETTINGS.matrix, unit: 'segments' },
    });
  });

  it('file the chart tabs under the matrix kind', () => {
    expect(kindOfTab('actors')).toBe('matrix');
    expect(kindOfTab('years')).toBe('matrix');
    expect(kindOfTab('cooccurrence')).toBe('cooccurrence');
    expect(kindOfTab('frequencies')).toBe('frequencies');
  });
});

describe('chart data', () => {
  const data: MatrixResult = {
    rowsRoot: { id: 'root', name: 'Enjeux' },
    unit: 'interviewees',
    threshold: 2,
    columns: [
      { key: 'a', label: 'A', labelEn: null, total: 2, size: 4 },
      { key: 'b', label: 'B', labelEn: null, total: 1, size: 1 },
    ],
    rows: [row('p', null, 3, { a: 2, b: 1 }), row('c', 'p', 1, { a: 1 }), row('z', null, 0)],
  };

  it('makes one bar row per row with evidence, children marked', () => {
    const rows = chartRows(data, { normalise: false, lang: 'fr' });
    expect(rows.map((r) => [r.label, r.values])).toEqual([
      ['p', { a: 2, b: 1 }],
      ['↳ c', { a: 1, b: 0 }],
    ]);
    expect(chartRows(data, { normalise: true, lang: 'fr' })[0]!.values).toEqual({ a: 50, b: 100 });
  });

  it('turns the matrix on its side for an evolution chart', () => {
    expect(columnRows(data, { normalise: false, rowIds: ['p', 'c'] })).toEqual([
      { key: 'a', label: 'A', values: { p: 2, c: 1 } },
      { key: 'b', label: 'B', values: { p: 1, c: 0 } },
    ]);
  });

  it('shortens long axis labels', () => {
    expect(shorten('court')).toBe('court');
    expect(shorten('Interopérabilité, confidentialité et sécurité des données', 20)).toBe(
      'Interopérabilité, c…',
    );
  });
});

describe('co-occurrence', () => {
  const pairs = [
    { a: 'x', b: 'y', count: 2 },
    { a: 'y', b: 'z', count: 5 },
    { a: 'w', b: 'x', count: 1 },
  ];

  it('builds a symmetric grid in codebook order', () => {
    const grid = cooccurrenceGrid(pairs, ['z', 'y', 'x', 'w']);
    expect(grid.ids).toEqual(['z', 'y', 'x', 'w']);
    expect(grid.count('y', 'x')).toBe(2);
    expect(grid.count('x', 'y')).toBe(2);
    expect(grid.count('z', 'w')).toBe(0);
    expect(grid.max).toBe(5);
  });

  it('lists the strongest pairs first', () => {
    expect(strongestPairs(pairs, 2).map((p) => p.count)).toEqual([5, 2]);
  });
});

describe('frequencies', () => {
  it('list a branch’s codes, most frequent first among siblings, children under their parent', () => {
    const codes = [
      code('root', null, 'challenges'),
      code('a', 'root'),
      code('a1', 'a'),
      code('a2', 'a'),
      code('b', 'root'),
      code('other', null),
    ];
    const rows = frequencyRows(
      codes,
      'root',
      [
        { codeId: 'a', segments: 3, interviews: 2 },
        { codeId: 'a1', segments: 1, interviews: 1 },
        { codeId: 'a2', segments: 2, interviews: 1 },
        { codeId: 'b', segments: 5, interviews: 4 },
        { codeId: 'other', segments: 9, interviews: 9 },
      ],
      (c) => c.name,
    );
    expect(rows.map((r) => [r.codeId, r.depth, r.segments])).toEqual([
      ['b', 0, 5],
      ['a', 0, 3],
      ['a2', 1, 2],
      ['a1', 1, 1],
    ]);
    expect(rows[2]!.label).toBe('↳ a2');
  });
});
