import type { Workspace } from '../../../db/workspace';
import { openWorkspace } from '../../../db/workspace';

export class UsageError extends Error {}

export interface CommandArgs {
  /** Positional arguments after the command name. */
  args: string[];
  flags: Map<string, string | true>;
  print(line: string): void;
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

/** Opens the workspace named by the first argument, runs fn, and always closes it. */
export async function withWorkspace<T>(a: CommandArgs, fn: (ws: Workspace) => T | Promise<T>): Promise<T> {
  const ws = openWorkspace(need(a.args[0], 'Fichier'));
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}
