import ExcelJS from 'exceljs';
import { toCsv } from '../../shared/csv';
import { PORTFOLIO_FIELDS, type PortfolioEntity } from '../../shared/portfolio-fields';
import type { Db } from '../../db/workspace';
import { listOrganisations } from '../../db/queries/directory';
import { getProject, listProjects } from '../../db/queries/projects';

export const SHEET_NAMES: Record<PortfolioEntity, string> = {
  organisations: 'Organisations',
  projects: 'Projets',
  partners: 'Partenaires',
};

type Value = string | number | Date | null;

/** The rows of one entity in the column order of PORTFOLIO_FIELDS, so an export imports back as it is. */
export function portfolioRows(db: Db, entity: PortfolioEntity): Value[][] {
  const label = (taxonomy: string, key: string | null) =>
    key === null
      ? null
      : ((
          db
            .prepare('SELECT label_fr FROM reference_items WHERE taxonomy = ? AND key = ?')
            .get(taxonomy, key) as { label_fr: string } | undefined
        )?.label_fr ?? key);
  const dateOf = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
  if (entity === 'organisations') {
    return listOrganisations(db).map((o) => [
      o.name,
      o.aliases.join('; '),
      label('actor-type', o.actorType),
      label('structure-type', o.structureType),
      o.region,
      o.sector === 'public' ? 'public' : o.sector === 'private' ? 'privé' : null,
      o.city,
      o.notes,
    ]);
  }
  const projects = listProjects(db).map((p) => getProject(db, p.id));
  if (entity === 'projects') {
    const statusFr: Record<string, string> = {
      active: 'actif',
      paused: 'en pause',
      closed: 'clos',
      'not-deployed': 'non déployé',
    };
    return projects.map((p) => [
      p.name,
      p.solution,
      p.partners.find((x) => x.organisationId === p.providerOrganisationId)?.organisation ?? null,
      p.theme,
      p.callYear,
      null,
      label('method-step', p.methodStep),
      label('lifecycle-stage', p.lifecycleStage),
      statusFr[p.status] ?? p.status,
      label('dta-category', p.dtaCategory),
      null,
      p.region,
      dateOf(p.startDate),
      dateOf(p.endDate),
      p.summary,
    ]);
  }
  const roleFr: Record<string, string> = {
    startup: 'startup',
    industrial: 'industriel',
    establishment: 'établissement',
    institution: 'institution',
    other: 'autre',
  };
  return projects.flatMap((p) =>
    p.partners.map((x) => [p.name, x.organisation, roleFr[x.role] ?? x.role, x.fundingEur]),
  );
}

/** CSV for one entity, as French Excel opens it (UTF-8 with BOM, semicolons). */
export function portfolioCsv(db: Db, entity: PortfolioEntity): Buffer {
  const header = PORTFOLIO_FIELDS[entity].map((f) => f.labelFr);
  const rows = portfolioRows(db, entity).map((r) =>
    r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  );
  return Buffer.from('\ufeff' + toCsv([header, ...rows], ';'), 'utf8');
}

/** One workbook, a sheet per entity, with real numbers (euros) and real dates. */
export async function portfolioXlsx(db: Db): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Terrain';
  wb.created = new Date();
  for (const entity of ['organisations', 'projects', 'partners'] as PortfolioEntity[]) {
    const sheet = wb.addWorksheet(SHEET_NAMES[entity]);
    const fields = PORTFOLIO_FIELDS[entity];
    sheet.columns = fields.map((f) => ({
      header: f.labelFr,
      key: f.key,
      width: Math.max(12, f.labelFr.length + 4),
      style: f.type === 'money' ? { numFmt: '#,##0 "€"' } : f.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of portfolioRows(db, entity)) sheet.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
