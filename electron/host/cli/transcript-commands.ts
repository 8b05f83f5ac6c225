import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../../shared/api';
import { HIT_END, HIT_START, search as searchWorkspace } from '../../../db/search';
import { importTranscriptFile } from '../../api/transcript-import';
import { assertImportSize, ImportError } from '../../formats';
import { need, numberFlag, UsageError, withWorkspace, type Command } from './command';
import { importRefiPath, isRefiFileName, refiSummary } from './refi-commands';

export const importCommand: Command = {
  name: 'import',
  help: [
    'import <fichier.terrain> <chemins…> [--json]',
    'importe des transcriptions (.txt .md .docx .odt .vtt .srt), un nouvel entretien par fichier, ou un projet REFI-QDA (.qdpx, .qdc) fusionné dans l’espace ; rapport par fichier',
  ],
  run: (a) => {
    const inputs = a.args.slice(1);
    if (inputs.length === 0) throw new UsageError('Aucun fichier à importer.');
    const json = a.flags.has('json');
    return withWorkspace(a, (ws) => {
      const results: ImportResult[] = [];
      for (const input of inputs) {
        let result: ImportResult;
        if (isRefiFileName(input)) {
          // REFI-QDA projects and codebooks (.qdpx, .qdc, .qde) are merged into the workspace.
          const refi = importRefiPath(ws.db, input);
          results.push(refi);
          if (!json)
            a.print(
              refi.ok ? `ok      ${input} — ${refiSummary(refi.refi!)}` : `refusé  ${input} — ${refi.reason}`,
            );
          continue;
        }
        try {
          const stat = fs.statSync(input);
          if (stat.isDirectory()) throw new Error('c’est un dossier');
          // Refused by size before it is read: a 50 MB file never lands in memory.
          assertImportSize(stat.size);
          result = importTranscriptFile(ws.db, {
            fileName: path.basename(input),
            bytes: fs.readFileSync(input),
          });
        } catch (err) {
          const reason =
            err instanceof ImportError ? err.reason : `Lecture impossible : ${(err as Error).message}`;
          result = { fileName: path.basename(input), ok: false, reason };
        }
        results.push(result);
        if (!json) {
          const warnings = result.warnings?.length ? ` (${result.warnings.length} avertissement(s))` : '';
          a.print(
            result.ok
              ? `ok      ${input} — ${result.turns} tours de parole, ${result.words} mots${warnings}`
              : `refusé  ${input} — ${result.reason}`,
          );
        }
      }
      if (json) a.print(JSON.stringify(results));
      else
        a.print(
          `${results.filter((r) => r.ok).length} importé(s), ${results.filter((r) => !r.ok).length} refusé(s).`,
        );
      return results.every((r) => r.ok) ? 0 : 1;
    });
  },
};

export const search: Command = {
  name: 'search',
  help: [
    'search <fichier.terrain> <requête> [--json] [--limit N]',
    'recherche plein texte (sans accents : « societe » trouve « Société » ; "phrase", préfixe*, OU, SAUF)',
  ],
  valueFlags: ['limit'],
  run: (a) => {
    const query = need(a.args.slice(1).join(' ') || undefined, 'Requête');
    const limit = numberFlag(a, 'limit', 50);
    return withWorkspace(a, (ws) => {
      const result = searchWorkspace(ws.db, query, limit);
      if (a.flags.has('json')) a.print(JSON.stringify(result));
      else {
        a.print(`${result.total}${result.capped ? '+' : ''} résultat(s) pour « ${query} »`);
        for (const hit of result.hits) {
          const snippet = hit.snippet
            .replaceAll(HIT_START, '[')
            .replaceAll(HIT_END, ']')
            .replace(/\s+/g, ' ');
          a.print(`- ${hit.interviewTitle ?? 'Mémo'}${hit.speaker ? ` (${hit.speaker})` : ''} : ${snippet}`);
        }
      }
      return 0;
    });
  },
};
