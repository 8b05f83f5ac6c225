import fs from 'node:fs';
import path from 'node:path';
import pkg from '../../../package.json';
import type { ImportResult } from '../../../shared/api';
import type { RefiImportReport } from '../../../shared/api/refi';
import { TerrainError } from '../../../shared/errors';
import type { Db } from '../../../db/workspace';
import {
  exportRefiFile,
  externalSourceReader,
  importRefiBytes,
  workspaceName,
} from '../../api/handlers/refi';
import { isRefiFileName } from '../../formats/refi';
import { need, stringFlag, UsageError, withWorkspace, type Command } from './command';

/** A .qdpx may carry media: refuse only what is clearly too big to be a project worth reading. */
const MAX_REFI_BYTES = 1024 * 1024 * 1024;

export { isRefiFileName };

export type RefiCliResult = ImportResult & { refi?: RefiImportReport };

/**
 * `terrain import` on a .qdpx, .qdc or .qde file: merges it into the workspace and answers a per-file
 * result as the transcript importer does, with the REFI-QDA report attached.
 */
export function importRefiPath(db: Db, file: string): RefiCliResult {
  const fileName = path.basename(file);
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new Error('c’est un dossier');
    if (stat.size > MAX_REFI_BYTES)
      return { fileName, ok: false, reason: 'Fichier trop volumineux (plus de 1 Go)' };
    const report = importRefiBytes(db, fileName, fs.readFileSync(file), {
      resolveExternal: externalSourceReader(path.dirname(path.resolve(file))),
    });
    const warnings = [
      ...report.warnings,
      ...report.unplaced.map(
        (u) =>
          `Sélection non placée dans « ${u.source} » (${u.startPosition}–${u.endPosition}) : ${u.reason}`,
      ),
    ];
    return { fileName, ok: true, format: report.kind, warnings, refi: report };
  } catch (err) {
    if (err instanceof TerrainError) return { fileName, ok: false, reason: err.message };
    return { fileName, ok: false, reason: `Lecture impossible : ${(err as Error).message}` };
  }
}

/** One line for `terrain import`'s report. */
export function refiSummary(r: RefiImportReport): string {
  const t = r.totals;
  const parts = [
    `${t.codesAdded} code(s) ajouté(s), ${t.codesMerged} fusionné(s)`,
    `${t.interviews} entretien(s)`,
    `${t.segments} passage(s)`,
    `${t.codings} codage(s)`,
  ];
  if (t.memos) parts.push(`${t.memos} mémo(s)`);
  if (t.people) parts.push(`${t.people} personne(s)`);
  if (r.unplaced.length) parts.push(`${r.unplaced.length} sélection(s) non placée(s)`);
  return parts.join(', ');
}

export const exportCommand: Command = {
  name: 'export',
  help: [
    'export <fichier.terrain> --format qdpx|qdc --out <chemin> [--interviews id,id…] [--json]',
    'exporte au format REFI-QDA : le projet (.qdpx : codebook, transcriptions, codages, mémos, cas) ou le codebook seul (.qdc)',
  ],
  valueFlags: ['format', 'out', 'interviews'],
  run: (a) => {
    const format = stringFlag(a, 'format') ?? 'qdpx';
    if (format !== 'qdpx' && format !== 'qdc')
      throw new UsageError(`--format attend qdpx ou qdc (reçu : ${format}).`);
    const out = path.resolve(need(stringFlag(a, 'out'), 'Chemin de sortie (--out)'));
    const ids = stringFlag(a, 'interviews')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return withWorkspace(a, (ws) => {
      const result = exportRefiFile(ws.db, {
        format,
        interviewIds: ids,
        name: workspaceName(ws.path),
        version: pkg.version,
      });
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, result.bytes);
      const { bytes: _bytes, ...summary } = result;
      if (a.flags.has('json')) a.print(JSON.stringify({ ...summary, path: out, bytes: result.bytes.length }));
      else {
        a.print(`Exporté : ${out}`);
        a.print(
          format === 'qdc'
            ? `${result.codes} codes`
            : `${result.codes} codes, ${result.sources} sources, ${result.selections} passages, ${result.codings} codages`,
        );
        for (const w of result.warnings) a.print(`attention : ${w}`);
      }
      return 0;
    });
  },
};
