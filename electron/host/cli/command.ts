import type { Workspace } from '../../../db/workspace';
import { openWorkspace } from '../../../db/workspace';
import { backupNow } from '../../../db/backup';
import { userDataDir } from '../../api/paths';
import { withPassphrase } from './passphrase';

export class UsageError extends Error {}

export interface CommandArgs {
  /** Positional arguments after the command name. */
  args: string[];
  flags: Map<string, string | true>;
  print(line: string): void;
  /** Set by the command line for bulk commands: the workspace is backed up (reason) once opened. */
  backupReason?: string;
}

export interface Command {
  name: string;
  /** Help lines: the synopsis first, then what it does. */
  help: string[];
  /** Flags that take a value (`--port 8080`). */
  valueFlags?: string[];
  run(a: CommandArgs): Promise<number> | number;
}

export function need(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what} manquant. Voir « terrain --help ».`);
  return value;
}

export function numberFlag(a: CommandArgs, name: string, fallback: number): number {
  const v = a.flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(n)) throw new UsageError(`--${name} attend un nombre.`);
  return n;
}

export function stringFlag(a: CommandArgs, name: string): string | undefined {
  const v = a.flags.get(name);
  if (v === true) throw new UsageError(`--${name} attend une valeur.`);
  return v;
}

/** Anything a backup would save: interviews, projects or undoable actions (a new workspace has none). */
function holdsUserData(ws: Workspace): boolean {
  const row = ws.db
    .prepare(
      'SELECT (SELECT count(*) FROM interviews) + (SELECT count(*) FROM projects) + (SELECT count(*) FROM history) AS n',
    )
    .get() as { n: number };
  return row.n > 0;
}

/**
 * Opens the workspace named by the first argument, runs fn, and always closes it. An encrypted workspace
 * takes its passphrase from TERRAIN_PASSPHRASE or the terminal (see withPassphrase). Migrations and bulk
 * commands back the workspace up in the user data folder first.
 */
export async function withWorkspace<T>(a: CommandArgs, fn: (ws: Workspace) => T | Promise<T>): Promise<T> {
  const file = need(a.args[0], 'Fichier');
  const ws = await withPassphrase(file, (passphrase) =>
    openWorkspace(file, { passphrase, backupRoot: userDataDir() }),
  );
  try {
    if (a.backupReason && holdsUserData(ws)) {
      try {
        backupNow(ws, a.backupReason);
      } catch (err) {
        process.stderr.write(
          `terrain : sauvegarde impossible avant l’opération : ${(err as Error).message}\n`,
        );
      }
    }
    return await fn(ws);
  } finally {
    ws.close();
  }
}
