import fs from 'node:fs';
import path from 'node:path';
import { TerrainError } from '../../../shared/errors';
import type { BackupInfo, ErasurePreview } from '../../../shared/api/workspace';
import {
  changePassphrase,
  openWorkspace,
  removePassphrase,
  setPassphrase,
  type Workspace,
} from '../../../db/workspace';
import { backupDirFor, backupNow, listBackupsIn } from '../../../db/backup';
import { erasePerson, previewErasure } from '../../../db/erasure';
import { exportPerson, findPerson, getConsent, setConsent } from '../../../db/people-rights';
import { WorkspaceSession } from '../../api/session';
import { userDataDir } from '../../api/paths';
import { need, stringFlag, UsageError, type Command, type CommandArgs } from './command';
import {
  currentPassphrase,
  newPassphrase,
  PASSPHRASE_TRIES,
  promptHidden,
  withPassphrase,
} from './passphrase';

/** Opens the workspace named by args[1] (args[0] is the sub-command), asking its passphrase if needed. */
async function openSecured(a: CommandArgs): Promise<{ ws: Workspace; passphrase: string | null }> {
  const file = need(a.args[1], 'Fichier');
  return withPassphrase(file, (passphrase) => ({
    ws: openWorkspace(file, { passphrase, backupRoot: userDataDir() }),
    passphrase,
  }));
}

async function using<T>(a: CommandArgs, fn: (ws: Workspace, passphrase: string | null) => T | Promise<T>) {
  const { ws, passphrase } = await openSecured(a);
  try {
    return await fn(ws, passphrase);
  } finally {
    ws.close();
  }
}

function sub(a: CommandArgs, allowed: string[]): string {
  const s = need(a.args[0], 'Sous-commande');
  if (!allowed.includes(s))
    throw new UsageError(`Sous-commande inconnue : ${s} (attendu : ${allowed.join(', ')}).`);
  return s;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} Ko` : `${(bytes / 1024 / 1024).toFixed(1)} Mo`;
}

export const passphrase: Command = {
  name: 'passphrase',
  help: [
    'passphrase set|change|remove <fichier.terrain>',
    'chiffre l’espace de travail (et ses sauvegardes) par une phrase de passe, la change ou la retire ; phrase actuelle : TERRAIN_PASSPHRASE ou saisie, nouvelle : TERRAIN_NEW_PASSPHRASE ou saisie deux fois',
  ],
  run: async (a) => {
    const action = sub(a, ['set', 'change', 'remove']);
    const file = need(a.args[1], 'Fichier');
    return using(a, async (ws, opened) => {
      let result;
      if (action === 'set') {
        if (ws.encrypted)
          throw new TerrainError(
            'conflict',
            `${path.basename(file)} est déjà chiffré : utilisez « passphrase change ».`,
          );
        result = setPassphrase(ws, await newPassphrase());
      } else {
        if (!ws.encrypted) throw new TerrainError('conflict', `${path.basename(file)} n’est pas chiffré.`);
        const current = opened ?? (await currentPassphrase(file));
        result =
          action === 'change'
            ? changePassphrase(ws, current, await newPassphrase())
            : removePassphrase(ws, current);
      }
      a.print(
        action === 'remove'
          ? `${path.basename(file)} n’est plus chiffré.`
          : `${path.basename(file)} est chiffré par la ${action === 'set' ? '' : 'nouvelle '}phrase de passe.`,
      );
      if (result.backup) a.print(`Sauvegarde faite avant : ${result.backup}`);
      a.print(
        `${result.backupsRekeyed} sauvegarde(s) mise(s) en accord${result.backupsSkipped ? `, ${result.backupsSkipped} laissée(s) telle(s) quelle(s) (autre phrase de passe)` : ''}.`,
      );
      return 0;
    });
  },
};

function printBackups(a: CommandArgs, folder: string, backups: BackupInfo[]): void {
  if (a.flags.has('json')) {
    a.print(JSON.stringify({ folder, backups }));
    return;
  }
  a.print(`${backups.length} sauvegarde(s) dans ${folder}`);
  for (const b of backups) a.print(`  ${b.name}  ${size(b.sizeBytes)}`);
}

export const backup: Command = {
  name: 'backup',
  help: [
    'backup list|create|restore <fichier.terrain> [sauvegarde] [--json]',
    'les sauvegardes de l’espace de travail (dans le dossier des données) : les lister, en faire une, ou revenir à l’une (la plus récente par défaut ; l’état actuel est sauvegardé d’abord ; TERRAIN_BACKUP_PASSPHRASE si elle a été chiffrée sous une autre phrase de passe)',
  ],
  run: async (a) => {
    const action = sub(a, ['list', 'create', 'restore']);
    const file = path.resolve(need(a.args[1], 'Fichier'));
    if (action === 'list') {
      // Read from the folder alone: works while the workspace is open elsewhere.
      const folder = backupDirFor(userDataDir(), file);
      printBackups(a, folder, listBackupsIn(folder));
      return 0;
    }
    if (action === 'create') {
      return using(a, (ws) => {
        const made = backupNow(ws, 'manual')!;
        if (a.flags.has('json')) a.print(JSON.stringify(made));
        else a.print(`Sauvegarde faite : ${made.path}`);
        return 0;
      });
    }
    const session = new WorkspaceSession(userDataDir(), { autoBackup: false });
    await withPassphrase(file, (passphrase) => session.open(file, { passphrase }));
    try {
      const backups = session.backups().backups;
      const name = a.args[2] ?? backups[0]?.name;
      if (!name) throw new TerrainError('not_found', 'Aucune sauvegarde de cet espace de travail.');
      let result;
      for (let n = 1; ; n++) {
        try {
          result = session.restore(
            name,
            n === 1
              ? (process.env.TERRAIN_BACKUP_PASSPHRASE ?? null)
              : await promptHidden(`Phrase de passe de la sauvegarde ${name} : `),
          );
          break;
        } catch (err) {
          const retry =
            err instanceof TerrainError &&
            (err.reason === 'wrong_passphrase' || err.reason === 'passphrase_required');
          if (!retry || !process.stdin.isTTY || n >= PASSPHRASE_TRIES) throw err;
        }
      }
      if (a.flags.has('json')) a.print(JSON.stringify(result));
      else {
        a.print(`Restauré : ${result.restored.name}`);
        if (result.safetyBackup) a.print(`L’état précédent est sauvegardé : ${result.safetyBackup.name}`);
      }
      return 0;
    } finally {
      session.close();
    }
  },
};

function printPreview(a: CommandArgs, p: ErasurePreview): void {
  a.print(`Effacement de ${p.fullName}${p.pseudonym ? ` (${p.pseudonym})` : ''} :`);
  a.print(`  noms recherchés       ${p.terms.join(', ')}`);
  a.print(`  tours de parole       ${p.turns} effacés`);
  a.print(`  mentions              ${p.mentions} dans ${p.transcripts} transcription(s)`);
  a.print(`  segments codés        ${p.segmentsDeleted} supprimés, ${p.segmentsChanged} modifiés`);
  a.print(`  mémos                 ${p.memosChanged} modifiés ; autres textes : ${p.otherTextsChanged}`);
  a.print(
    `  liens retirés         ${p.links.interviews} entretien(s), ${p.links.aliases} alias, ${p.links.turns} tour(s), ${p.links.attributes} attribut(s)`,
  );
  a.print(`  historique vidé       ${p.historyEntries} action(s)`);
  a.print(
    `  sauvegardes           ${p.backups.count} (${size(p.backups.bytes)}) contiennent encore ces données`,
  );
  for (const w of p.warnings) a.print(`⚠ ${w}`);
}

export const person: Command = {
  name: 'person',
  help: [
    'person export|erase|consent <fichier.terrain> <id ou pseudonyme> [--out fichier.json] [--yes] [--purge-backups] [--date AAAA-MM-JJ] [--scope texte] [--withdrawn AAAA-MM-JJ] [--json]',
    'droits des personnes (RGPD) : export de tout ce que l’espace détient sur elle, effacement (aperçu sans --yes), consentement',
  ],
  valueFlags: ['out', 'date', 'scope', 'withdrawn'],
  run: async (a) => {
    const action = sub(a, ['export', 'erase', 'consent']);
    const who = need(a.args[2], 'Personne (id ou pseudonyme)');
    return using(a, (ws) => {
      const id = findPerson(ws.db, who);
      if (action === 'export') {
        const out = exportPerson(ws.db, id, path.basename(ws.path, '.terrain'));
        const target = path.resolve(stringFlag(a, 'out') ?? out.fileName);
        // Personal data: readable by the user only.
        fs.writeFileSync(target, out.content, { mode: 0o600 });
        if (a.flags.has('json')) a.print(JSON.stringify({ file: target, counts: out.counts }));
        else
          a.print(
            `Export écrit : ${target} (${out.counts.interviews} entretien(s), ${out.counts.turns} tour(s) de parole, ${out.counts.segments} segment(s), ${out.counts.memos} mémo(s), ${out.counts.mentions} mention(s))`,
          );
        return 0;
      }
      if (action === 'consent') {
        const date = stringFlag(a, 'date');
        const withdrawn = stringFlag(a, 'withdrawn');
        const scope = stringFlag(a, 'scope');
        for (const [flag, v] of [
          ['date', date],
          ['withdrawn', withdrawn],
        ] as const) {
          if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v))
            throw new UsageError(`--${flag} attend une date AAAA-MM-JJ.`);
        }
        const c =
          date === undefined && withdrawn === undefined && scope === undefined
            ? getConsent(ws.db, id)
            : setConsent(ws.db, {
                id,
                consentDate: date,
                consentScope: scope,
                consentWithdrawnAt: withdrawn,
              });
        if (a.flags.has('json')) a.print(JSON.stringify(c));
        else
          a.print(
            `${c.pseudonym ?? c.id} : consentement ${c.consentDate ?? '—'}${c.consentScope ? ` (${c.consentScope})` : ''}${c.consentWithdrawnAt ? `, retiré le ${c.consentWithdrawnAt}` : ''}`,
          );
        return 0;
      }
      if (!a.flags.has('yes')) {
        const preview = previewErasure(ws, id);
        if (a.flags.has('json')) a.print(JSON.stringify(preview));
        else {
          printPreview(a, preview);
          a.print(
            'Rien n’a été effacé : relancez avec --yes pour effacer (ajoutez --purge-backups pour les sauvegardes).',
          );
        }
        return 1;
      }
      const report = erasePerson(ws, id, { purgeBackups: a.flags.has('purge-backups') });
      if (a.flags.has('json')) a.print(JSON.stringify(report));
      else {
        printPreview(a, report);
        a.print(
          `Effacé. ${report.backupsDeleted ? `${report.backupsDeleted} sauvegarde(s) supprimée(s).` : ''}`,
        );
      }
      return 0;
    });
  },
};

export const securityCommands: Command[] = [passphrase, backup, person];
