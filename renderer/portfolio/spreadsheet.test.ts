import { describe, expect, it } from 'vitest';
import { columnName, importableRows, missingRequired } from './spreadsheet';

describe('spreadsheet import helpers', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('lists the required fields left unmapped', () => {
    expect(missingRequired('partners', { project: 0, organisation: null, role: 2 })).toEqual([
      'organisation',
    ]);
    expect(missingRequired('projects', { name: 0 })).toEqual([]);
    expect(missingRequired('organisations', {})).toEqual(['name']);
  });

  it('counts the lines an import would write', () => {
    expect(
      importableRows({
        created: 2,
        updated: 1,
        errors: [{ line: 4, message: 'x' }],
        rows: [
          { line: 2, action: 'create', label: 'a' },
          { line: 3, action: 'update', label: 'b' },
          { line: 4, action: 'error', label: 'c', message: 'x' },
          { line: 5, action: 'create', label: 'd' },
        ],
      }),
    ).toBe(3);
    expect(importableRows({ created: 0, updated: 0, errors: [], rows: [] })).toBe(0);
  });
});
