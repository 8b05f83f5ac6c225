import fs from 'node:fs';
import path from 'node:path';
import pkg from '../../package.json';
import { TerrainError } from '../../shared/errors';
import { createWorkspace } from '../../db/create';
import { openWorkspace } from '../../db/workspace';
import { workspaceStats } from '../../db/queries/stats';
import { WorkspaceSession } from '../api/session';
import { demoWorkspacePath, userDataDir } from '../api/paths';
import { startHost } from './server';
import type { ImportResult } from '../../shared/api';
import { importTranscriptFile } from '../api/transcript-import';
import { assertImportSize, ImportError } from '../formats';
import { HIT_END, HIT_START, search } from '../../db/search';

const HELP = `terrain ${pkg.version} — espaces de travail Terrain en ligne de commande

Usage : terrain <commande> [options]

Commandes :
  init <fichier.terrain> [--demo]        crée un espace de travail (codebook des taxonomies ;
                                         --demo ajoute le portefeuille et les entretiens d’exemple)
  serve [fichier.terrain] [--port N]     sert l’application sur http://127.0.0.1 (1re ligne : l’adresse) ;
                                         sans fichier, ouvre (ou crée) l’espace de démonstration
  stats <fichier.terrain> [--json]       compte entretiens, transcriptions, segments, codes, projets,
                                         organisations et personnes
  import <fichier.terrain> <chemins…> [--json]
                                         importe des transcriptions (.txt .md .docx .odt .vtt .srt),
                                         un nouvel entretien par fichier ; rapport par fichier
  search <fichier.terrain> <requête> [--json] [--limit N]
                                         recherche plein texte (sans accents : « societe » trouve « Société »)

Options générales :
  -h, --help       cette aide
  -v, --version    la version

Variables : TERRAIN_HOME remplace le dossier des données utilisateur.`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (name === 'port' || name === 'out' || name === 'limit') flags.set(name, argv[++i] ?? '');
      else flags.set(name, true);
    } else if (arg === '-h') flags.set('help', true);
    else if (arg === '-v') flags.set('version', true);
    else positional.push(arg);
  }
  return { positional, flags };
}

class UsageError extends Error {}

function need(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what} manquant. Voir « terrain --help ».`);
  return value;
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const [command, ...rest] = positional;
  const print = (line: string) => out.write(line + '\n');
  if (flags.has('version')) {
    print(pkg.version);
    return 0;
  }
  if (flags.has('help') || !command) {
    print(HELP);
    return command || flags.has('help') ? 0 : 2;
  }
  switch (command) {
    case 'init': {
      const file = path.resolve(need(rest[0], 'Fichier'));
      const ws = createWorkspace(file, { demo: flags.has('demo') });
      const stats = workspaceStats(ws.db);
      ws.close();
      print(`Espace de travail créé : ${file}`);
      print(
        `${stats.codes} codes, ${stats.organisations} organisations, ${stats.projects} projets, ${stats.interviews} entretiens`,
      );
      return 0;
    }
    case 'stats': {
      const file = path.resolve(need(rest[0], 'Fichier'));
      const ws = openWorkspace(file);
      try {
        const stats = workspaceStats(ws.db);
        if (flags.has('json')) print(JSON.stringify(stats));
        else for (const [k, v] of Object.entries(stats)) print(`${k.padEnd(14)} ${v}`);
      } finally {
        ws.close();
      }
      return 0;
    }
    case 'serve': {
      const session = new WorkspaceSession(userDataDir());
      const portFlag = flags.get('port');
      const port = typeof portFlag === 'string' ? Number(portFlag) : 0;
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`Port invalide : ${String(portFlag)}`);
      if (rest[0]) session.openOrCreate(rest[0], flags.has('demo'));
      else session.openOrCreate(demoWorkspacePath(session.dataDir), true);
      const host = await startHost({
        ctx: { session, shell: 'web', version: pkg.version },
        staticDir: path.join(__dirname, '..', 'renderer'),
        port,
      });
      print(host.url);
      print(
        `Terrain sert ${session.current!.path} — ouvrez l’adresse ci-dessus dans Chromium (Ctrl+C pour arrêter).`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await host.close();
      session.close();
      return 0;
    }
    case 'import': {
      const file = path.resolve(need(rest[0], 'Fichier'));
      const inputs = rest.slice(1);
      if (inputs.length === 0) throw new UsageError('Aucun fichier à importer.');
      const ws = openWorkspace(file);
      const results: ImportResult[] = [];
      try {
        for (const input of inputs) {
          let bytes: Uint8Array;
          try {
            const stat = fs.statSync(input);
            if (stat.isDirectory()) throw new Error('c’est un dossier');
            // Refused by size before it is read: a 50 MB file never lands in memory.
            assertImportSize(stat.size);
            bytes = fs.readFileSync(input);
          } catch (err) {
            const reason =
              err instanceof ImportError ? err.reason : `Lecture impossible : ${(err as Error).message}`;
            results.push({ fileName: path.basename(input), ok: false, reason });
            if (!flags.has('json')) print(`refusé  ${input} — ${reason}`);
            continue;
          }
          const result = importTranscriptFile(ws.db, { fileName: path.basename(input), bytes });
          results.push(result);
          if (!flags.has('json')) {
            print(
              result.ok
                ? `ok      ${input} — ${result.turns} tours de parole, ${result.words} mots${result.warnings?.length ? ` (${result.warnings.length} avertissement(s))` : ''}`
                : `refusé  ${input} — ${result.reason}`,
            );
          }
        }
      } finally {
        ws.close();
      }
      if (flags.has('json')) print(JSON.stringify(results));
      else
        print(
          `${results.filter((r) => r.ok).length} importé(s), ${results.filter((r) => !r.ok).length} refusé(s).`,
        );
      return results.every((r) => r.ok) ? 0 : 1;
    }
    case 'search': {
      const file = path.resolve(need(rest[0], 'Fichier'));
      const query = need(rest.slice(1).join(' ') || undefined, 'Requête');
      const limitFlag = flags.get('limit');
      const limit = typeof limitFlag === 'string' ? Number(limitFlag) : 50;
      const ws = openWorkspace(file);
      try {
        const result = search(ws.db, query, limit);
        if (flags.has('json')) print(JSON.stringify(result));
        else {
          print(`${result.total} résultat(s) pour « ${query} »`);
          for (const hit of result.hits) {
            const snippet = hit.snippet
              .replaceAll(HIT_START, '[')
              .replaceAll(HIT_END, ']')
              .replace(/\s+/g, ' ');
            print(`- ${hit.interviewTitle ?? 'Mémo'}${hit.speaker ? ` (${hit.speaker})` : ''} : ${snippet}`);
          }
        }
      } finally {
        ws.close();
      }
      return 0;
    }
    default:
      throw new UsageError(`Commande inconnue : ${command}. Voir « terrain --help ».`);
  }
}

export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof UsageError) {
        process.stderr.write(`terrain : ${err.message}\n`);
        process.exit(2);
      }
      if (err instanceof TerrainError) {
        process.stderr.write(`terrain : ${err.message}\n`);
        process.exit(1);
      }
      process.stderr.write(`terrain : erreur inattendue : ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
