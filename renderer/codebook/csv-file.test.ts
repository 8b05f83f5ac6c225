import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/csv';
import { extrasFromCsv } from './csv-file';

describe('extrasFromCsv', () => {
  it('reads inclusion, exclusion and example by code id from the export', () => {
    const csv = toCsv([
      [
        'id',
        'chemin',
        'nom',
        'nom_en',
        'couleur',
        'definition',
        'inclusion',
        'exclusion',
        'exemple',
        'cle_taxonomie',
      ],
      [
        'a',
        '',
        'Adoption',
        '',
        '#b03a2e',
        'Déf',
        'Quand, "vraiment"',
        '',
        'Ex.\nsur deux lignes',
        'adoption',
      ],
      ['b', 'Adoption', 'Patients', '', '', '', '', 'Jamais', '', ''],
    ]);
    const extras = extrasFromCsv(csv);
    expect(extras.get('a')).toEqual({
      inclusion: 'Quand, "vraiment"',
      exclusion: null,
      example: 'Ex.\nsur deux lignes',
    });
    expect(extras.get('b')).toEqual({ inclusion: null, exclusion: 'Jamais', example: null });
  });

  it('gives nothing for a file without ids', () => {
    expect(extrasFromCsv('nom\r\nX\r\n').size).toBe(0);
  });
});
