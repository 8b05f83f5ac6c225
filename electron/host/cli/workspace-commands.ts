import path from 'node:path';
import pkg from '../../../package.json';
import { createWorkspace } from '../../../db/create';
import { workspaceStats } from '../../../db/queries/stats';
import { WorkspaceSession } from '../../api/session';
import { demoWorkspacePath, userDataDir } from '../../api/paths';
import { startHost } from '../server';
import { need, numberFlag, UsageError, withWorkspace, type Command } from './command';
import { withPassphrase } from './passphrase';

export const init: Command = {
  name: 'init',
  help: [
    'init <fichier.terrain> [--demo]',
    'crée un espace de travail (codebook des taxonomies ; --demo ajoute le portefeuille et les entretiens d’exemple)',
  ],
  run(a) {
    const file = path.resolve(need(a.args[0], 'Fichier'));
    const ws = createWorkspace(file, { demo: a.flags.has('demo') });
    const stats = workspaceStats(ws.db);
    ws.close();
    a.print(`Espace de travail créé : ${file}`);
    a.print(
      `${stats.codes} codes, ${stats.organisations} organisations, ${stats.projects} projets, ${stats.interviews} entretiens`,
    );
    return 0;
  },
};

export const stats: Command = {
  name: 'stats',
  help: [
    'stats <fichier.terrain> [--json]',
    'compte entretiens, transcriptions, segments, codes, projets, organisations et personnes',
  ],
  run: (a) =>
    withWorkspace(a, (ws) => {
      const s = workspaceStats(ws.db);
      if (a.flags.has('json')) a.print(JSON.stringify(s));
      else for (const [k, v] of Object.entries(s)) a.print(`${k.padEnd(14)} ${v}`);
      return 0;
    }),
};

export const serve: Command = {
  name: 'serve',
  help: [
    'serve [fichier.terrain] [--port N] [--demo]',
    'sert l’application sur http://127.0.0.1 (1re ligne : l’adresse) ; sans fichier, ouvre (ou crée) l’espace de démonstration',
  ],
  valueFlags: ['port'],
  async run(a) {
    const port = numberFlag(a, 'port', 0);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Port invalide : ${port}`);
    const session = new WorkspaceSession(userDataDir(), { warmAnalyses: true });
    const file = a.args[0];
    // An encrypted workspace: passphrase from TERRAIN_PASSPHRASE or the terminal.
    if (file)
      await withPassphrase(file, (passphrase) =>
        session.openOrCreate(file, a.flags.has('demo'), { passphrase }),
      );
    else session.openOrCreate(demoWorkspacePath(session.dataDir), true);
    const host = await startHost({
      ctx: { session, shell: 'web', version: pkg.version },
      staticDir: path.join(__dirname, '..', 'renderer'),
      port,
    });
    a.print(host.url);
    a.print(
      `Terrain sert ${session.current!.path} — ouvrez l’adresse ci-dessus dans Chromium (Ctrl+C pour arrêter).`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await host.close();
    session.close();
    return 0;
  },
};
