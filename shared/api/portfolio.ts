import { z } from 'zod';
import type { Organisation, Person, ProjectDetail, ProjectSummary } from '../domain';
import type { PseudonymDirectory } from '../pseudonymise';
import { PARTNER_ROLES, PROJECT_STATUSES, STEP_STATUSES } from '../domain';
import type { Dashboard } from '../dashboard';
import { empty, id, isoDate, longText, returns, shortText } from './method';
import { PORTFOLIO_ENTITIES, type PortfolioEntity } from '../portfolio-fields';

export interface PortfolioImportReport {
  created: number;
  updated: number;
  errors: { line: number; message: string }[];
  rows: { line: number; action: 'create' | 'update' | 'error'; label: string; message?: string }[];
}

export interface PortfolioImportPreview {
  entity: PortfolioEntity;
  header: string[];
  /** For each field key, the spreadsheet column it is read from (index into header) or null. */
  mapping: Record<string, number | null>;
  sample: string[][];
  /** What the import would do, row by row: nothing is written by a preview. */
  report: PortfolioImportReport;
}

const spreadsheetFile = {
  entity: z.enum(PORTFOLIO_ENTITIES),
  fileName: z.string().min(1).max(500),
  contentBase64: z.string().max(64 * 1024 * 1024),
  mapping: z.record(z.string(), z.number().int().min(0).max(1000).nullable()).optional(),
};

const organisationFields = {
  actorType: z.string().max(100).nullable().optional(),
  structureType: z.string().max(100).nullable().optional(),
  region: z.string().max(100).nullable().optional(),
  sector: z.enum(['public', 'private']).nullable().optional(),
  parentId: id.nullable().optional(),
  city: z.string().max(200).nullable().optional(),
  notes: longText.nullable().optional(),
  aliases: z.array(z.string().min(1).max(300)).max(50).optional(),
};

const projectFields = {
  solution: shortText.nullable().optional(),
  providerOrganisationId: id.nullable().optional(),
  summary: longText.nullable().optional(),
  theme: z.string().max(300).nullable().optional(),
  callYear: z.number().int().min(1990).max(2100).nullable().optional(),
  wave: z.string().max(100).nullable().optional(),
  methodStep: z.string().max(100).nullable().optional(),
  lifecycleStage: z.string().max(100).nullable().optional(),
  triggers: z.array(z.string().max(100)).max(20).optional(),
  dtaCategory: z.string().max(100).nullable().optional(),
  hasLevel: z.string().max(100).nullable().optional(),
  hasType: z.string().max(200).nullable().optional(),
  ansTags: z.array(z.string().max(100)).max(30).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  region: z.string().max(100).nullable().optional(),
};

export const portfolioApi = {
  'organisations.list': returns<Organisation[]>()(empty),
  'organisations.save': returns<{ id: string }>()(
    z
      .object({ id: id.optional(), name: z.string().min(1).max(300).optional(), ...organisationFields })
      .strict(),
  ),
  'organisations.delete': returns<{ id: string }>()(z.object({ id }).strict()),
  'organisations.merge': returns<{ moved: number }>()(z.object({ duplicateId: id, keptId: id }).strict()),
  'people.list': returns<Person[]>()(empty),
  /** Every written form of every person's name, for the window's presentation mode (see shared/pseudonymise). */
  'people.directory': returns<PseudonymDirectory>()(empty),

  'projects.list': returns<ProjectSummary[]>()(empty),
  'projects.get': returns<ProjectDetail>()(z.object({ id }).strict()),
  'projects.save': returns<{ id: string }>()(
    z.object({ id: id.optional(), name: z.string().min(1).max(300).optional(), ...projectFields }).strict(),
  ),
  'projects.delete': returns<{ id: string }>()(z.object({ id }).strict()),
  'projects.savePartner': returns<{ id: string }>()(
    z
      .object({
        id: id.optional(),
        projectId: id,
        organisationId: id,
        role: z.enum(PARTNER_ROLES),
        fundingEur: z.number().min(0).max(1e10).nullable().optional(),
      })
      .strict(),
  ),
  'projects.removePartner': returns<{ id: string }>()(z.object({ id }).strict()),
  'projects.saveSite': returns<{ id: string }>()(
    z
      .object({
        id: id.optional(),
        projectId: id,
        organisationId: id,
        region: z.string().max(100).nullable().optional(),
        status: z.enum(['planned', 'active', 'ended']).optional(),
        startDate: isoDate.optional(),
        endDate: isoDate.optional(),
        notes: longText.nullable().optional(),
      })
      .strict(),
  ),
  'projects.removeSite': returns<{ id: string }>()(z.object({ id }).strict()),
  'projects.setStep': returns<{ id: string }>()(
    z
      .object({
        projectId: id,
        stepKey: z.string().min(1).max(100),
        status: z.enum(STEP_STATUSES),
        startDate: isoDate.optional(),
        endDate: isoDate.optional(),
        note: longText.nullable().optional(),
      })
      .strict(),
  ),
  'projects.saveObservation': returns<{ id: string }>()(
    z
      .object({
        id: id.optional(),
        projectId: id,
        codeId: id,
        strength: z.enum(['explicit', 'implied']).optional(),
        status: z.enum(['open', 'mitigated', 'resolved']).optional(),
        levers: longText.nullable().optional(),
        notes: longText.nullable().optional(),
        evidenceSegmentIds: z.array(id).max(500).optional(),
      })
      .strict(),
  ),
  'projects.deleteObservation': returns<{ id: string }>()(z.object({ id }).strict()),
  'portfolio.importPreview': returns<PortfolioImportPreview>()(z.object(spreadsheetFile).strict()),
  'portfolio.import': returns<PortfolioImportReport>()(z.object(spreadsheetFile).strict()),
  'portfolio.export': returns<{ fileName: string; contentBase64: string }>()(
    z.object({ format: z.enum(['csv', 'xlsx']), entity: z.enum(PORTFOLIO_ENTITIES).optional() }).strict(),
  ),
  'projects.dashboard': returns<Dashboard>()(
    z
      .object({
        callYears: z.array(z.number().int().nullable()).max(100).optional(),
        themes: z.array(z.string().max(300)).max(100).optional(),
        statuses: z.array(z.enum(PROJECT_STATUSES)).max(4).optional(),
      })
      .strict(),
  ),
} as const;
