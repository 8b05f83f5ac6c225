import { getProject, listProjects } from '../../../db/queries/projects';
import { withWorkspace, type Command } from './command';

export const projects: Command = {
  name: 'projects',
  help: [
    'projects <fichier.terrain> [--json]',
    'les projets avec partenaires, financements, sites, étapes de déploiement et enjeux observés',
  ],
  run: (a) =>
    withWorkspace(a, (ws) => {
      const all = listProjects(ws.db).map((p) => getProject(ws.db, p.id));
      if (a.flags.has('json')) {
        a.print(JSON.stringify(all));
        return 0;
      }
      const euros = new Intl.NumberFormat('fr-FR', {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      });
      for (const p of all) {
        a.print(`${p.name} — ${p.status}, appel ${p.callYear ?? '—'}, ${euros.format(p.totalFundingEur)}`);
        for (const partner of p.partners) {
          a.print(
            `    ${partner.role.padEnd(13)} ${partner.organisation}${partner.fundingEur ? ` (${euros.format(partner.fundingEur)})` : ''}`,
          );
        }
        a.print(
          `    étapes faites : ${p.stepsDone}/8 ; enjeux : ${p.observations.map((o) => o.challenge).join(', ') || 'aucun'}`,
        );
        for (const w of p.composition.warnings) a.print(`    ⚠ ${w}`);
      }
      return 0;
    }),
};
