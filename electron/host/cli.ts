import pkg from '../../package.json';
import { TerrainError } from '../../shared/errors';
import { UsageError, type Command } from './cli/command';
import { init, serve, stats } from './cli/workspace-commands';
import { importCommand, search } from './cli/transcript-commands';
import { projects } from './cli/portfolio-commands';
import { matrix } from './cli/analysis-commands';
import { exportCommand } from './cli/refi-commands';
import { securityCommands } from './cli/security-commands';
import { report } from './cli/report-commands';

const COMMANDS: Command[] = [
  init,
  serve,
  stats,
  importCommand,
  search,
  projects,
  matrix,
  report,
  exportCommand,
  ...securityCommands,
];

/** Commands that change much at once: the workspace is backed up before they run. */
const BULK_COMMANDS: Record<string, string> = { import: 'bulk-import' };

function help(): string {
  const lines = [
    `terrain ${pkg.version} — espaces de travail Terrain en ligne de commande`,
    '',
    'Usage : terrain <commande> [options]',
    '',
    'Commandes :',
  ];
  for (const c of COMMANDS) {
    lines.push(`  ${c.help[0]}`);
    for (const l of c.help.slice(1)) lines.push(`      ${l}`);
  }
  lines.push('', 'Options générales :', '  -h, --help       cette aide', '  -v, --version    la version');
  lines.push('', 'Variables : TERRAIN_HOME remplace le dossier des données utilisateur ;');
  lines.push(
    '  TERRAIN_PASSPHRASE donne la phrase de passe d’un espace chiffré (sinon elle est demandée au terminal) ;',
  );
  lines.push('  TERRAIN_NEW_PASSPHRASE la nouvelle (passphrase set|change).');
  return lines.join('\n');
}

function parseArgs(argv: string[], valueFlags: Set<string>) {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (valueFlags.has(name)) flags.set(name, argv[++i] ?? '');
      else flags.set(name, true);
    } else if (arg === '-h') flags.set('help', true);
    else if (arg === '-v') flags.set('version', true);
    else positional.push(arg);
  }
  return { positional, flags };
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const print = (line: string) => out.write(line + '\n');
  const command = COMMANDS.find((c) => c.name === argv.find((a) => !a.startsWith('-')));
  const { positional, flags } = parseArgs(argv, new Set(command?.valueFlags ?? []));
  if (flags.has('version')) {
    print(pkg.version);
    return 0;
  }
  if (flags.has('help') || positional.length === 0) {
    print(help());
    return positional.length === 0 && !flags.has('help') ? 2 : 0;
  }
  if (!command) throw new UsageError(`Commande inconnue : ${positional[0]}. Voir « terrain --help ».`);
  return command.run({ args: positional.slice(1), flags, print, backupReason: BULK_COMMANDS[command.name] });
}

export function run(): void {
  // Piped into head or less and cut short: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
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
