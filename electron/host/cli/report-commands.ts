import fs from 'node:fs';
import path from 'node:path';
import {
  REPORT_FORMATS,
  REPORT_KINDS,
  type ReportFormat,
  type ReportKind,
} from '../../../shared/api/reports';
import { listInterviews } from '../../../db/queries/interviews';
import { listProjects } from '../../../db/queries/projects';
import { generateReport } from '../../reports/generate';
import { need, stringFlag, UsageError, withWorkspace, type Command } from './command';

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Ids, or names as the user types them ("Octopize x Roche x CHU de Brest", any case, with or without accents). */
function resolve(
  list: string | undefined,
  known: { id: string; name: string }[],
  what: string,
): string[] | undefined {
  if (!list) return undefined;
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((token) => {
      const hit =
        known.find((k) => k.id === token) ??
        known.find((k) => fold(k.name) === fold(token)) ??
        (known.filter((k) => fold(k.name).includes(fold(token))).length === 1
          ? known.find((k) => fold(k.name).includes(fold(token)))
          : undefined);
      if (!hit) throw new UsageError(`${what} introuvable : ${token}.`);
      return hit.id;
    });
}

export const report: Command = {
  name: 'report',
  help: [
    'report <fichier.terrain> --format pdf|docx|xlsx|csv|html --out <fichier> [--kind portfolio|interviews] [--projects id|nom,...] [--interviews id|titre,...] [--analysis <id>] [--lang fr|en] [--pseudonymise] [--no-quotes] [--title <titre>] [--author <nom>]',
    'écrit le rapport de portefeuille (par défaut) ou la synthèse des entretiens ; --pseudonymise remplace les noms des personnes par leurs pseudonymes, verbatims compris ; le format csv écrit une archive ZIP de fichiers CSV (un par tableau)',
  ],
  valueFlags: ['kind', 'format', 'out', 'projects', 'interviews', 'analysis', 'lang', 'title', 'author'],
  run: (a) => {
    const kind = (stringFlag(a, 'kind') ?? 'portfolio') as ReportKind;
    if (!REPORT_KINDS.includes(kind))
      throw new UsageError(`--kind inconnu : ${kind} (portfolio ou interviews).`);
    const format = need(stringFlag(a, 'format'), 'Format (--format)') as ReportFormat;
    if (!REPORT_FORMATS.includes(format))
      throw new UsageError(`--format inconnu : ${format} (${REPORT_FORMATS.join(', ')}).`);
    const out = path.resolve(need(stringFlag(a, 'out'), 'Fichier de sortie (--out)'));
    const lang = stringFlag(a, 'lang') ?? 'fr';
    if (lang !== 'fr' && lang !== 'en') throw new UsageError(`--lang inconnu : ${lang} (fr ou en).`);
    return withWorkspace(a, async (ws) => {
      const projectIds = resolve(stringFlag(a, 'projects'), listProjects(ws.db), 'Projet');
      const interviewIds = resolve(
        stringFlag(a, 'interviews'),
        listInterviews(ws.db).map((i) => ({ id: i.id, name: i.title })),
        'Entretien',
      );
      const started = Date.now();
      const file = await generateReport(
        ws.db,
        {
          kind,
          format,
          projectIds,
          interviewIds,
          analysisId: stringFlag(a, 'analysis'),
          lang,
          withQuotes: !a.flags.has('no-quotes'),
          pseudonymise: a.flags.has('pseudonymise'),
          title: stringFlag(a, 'title'),
          author: stringFlag(a, 'author'),
        },
        { workspacePath: ws.path },
      );
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, file.bytes);
      for (const w of file.warnings) process.stderr.write(`terrain : ${w}\n`);
      a.print(`${out} (${file.bytes.length} octets, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return 0;
    });
  },
};
