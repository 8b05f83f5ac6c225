import { MATRIX_COLUMNS, MATRIX_UNITS, type MatrixColumns, type MatrixUnit } from '../../../shared/analysis';
import { recurrenceMatrix } from '../../../db/analysis/matrix';
import { numberFlag, stringFlag, UsageError, withWorkspace, type Command } from './command';

export const matrix: Command = {
  name: 'matrix',
  help: [
    'matrix <fichier.terrain> [--rows <id de code ou branche>] [--cols projects|actor-types|organisations|interviews|interviewees|years|regions] [--unit projects|interviews|interviewees|segments] [--threshold N] [--json]',
    'la matrice de récurrence des enjeux (par défaut : enjeux × projets, en projets distincts, seuil 2)',
  ],
  valueFlags: ['rows', 'cols', 'unit', 'threshold'],
  run: (a) => {
    const cols = stringFlag(a, 'cols') ?? 'projects';
    const unit = stringFlag(a, 'unit') ?? 'projects';
    if (!MATRIX_COLUMNS.includes(cols as MatrixColumns)) throw new UsageError(`--cols inconnu : ${cols}.`);
    if (!MATRIX_UNITS.includes(unit as MatrixUnit)) throw new UsageError(`--unit inconnu : ${unit}.`);
    const threshold = numberFlag(a, 'threshold', 2);
    return withWorkspace(a, (ws) => {
      const m = recurrenceMatrix(ws.db, {
        rows: stringFlag(a, 'rows') ?? 'challenges',
        columns: cols as MatrixColumns,
        unit: unit as MatrixUnit,
        threshold,
      });
      if (a.flags.has('json')) {
        a.print(JSON.stringify(m));
        return 0;
      }
      a.print(`${m.rowsRoot.name} × ${cols} (${unit}, récurrent à partir de ${m.threshold})`);
      for (const row of m.rows) {
        const cells = m.columns
          .map((c) => {
            const cell = row.cells[c.key];
            // ○: only implied by an observation, not counted.
            return (cell?.count ? String(cell.count) : cell?.implied ? '○' : '·').padStart(3);
          })
          .join('');
        a.print(
          `${row.recurring ? '●' : ' '} ${'  '.repeat(row.depth)}${row.name.slice(0, 48).padEnd(50 - 2 * row.depth)}${cells}  = ${row.total.count}`,
        );
      }
      a.print(`colonnes : ${m.columns.map((c, i) => `${i + 1}. ${c.label}`).join(' ; ')}`);
      return 0;
    });
  },
};
