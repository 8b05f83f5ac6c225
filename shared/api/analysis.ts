import { z } from 'zod';
import type { CodeFrequency, CooccurrencePair, DrillDown, MatrixResult } from '../analysis';
import { MATRIX_COLUMNS, MATRIX_UNITS } from '../analysis';
import { id, returns } from './method';

export const analysisFilter = z
  .object({
    dateFrom: z.string().max(10).optional(),
    dateTo: z.string().max(10).optional(),
    projectIds: z.array(id).max(1000).optional(),
    actorTypes: z.array(z.string().max(100)).max(100).optional(),
    organisationIds: z.array(id).max(1000).optional(),
    interviewers: z.array(z.string().max(200)).max(100).optional(),
    interviewStatuses: z.array(z.string().max(30)).max(10).optional(),
  })
  .strict();

const matrixRequest = {
  rows: z.string().min(1).max(100).optional(),
  columns: z.enum(MATRIX_COLUMNS),
  unit: z.enum(MATRIX_UNITS),
  threshold: z.number().int().min(1).max(100_000).optional(),
  includeImplied: z.boolean().optional(),
  filter: analysisFilter.optional(),
};

export const analysisApi = {
  'analysis.matrix': returns<MatrixResult>()(z.object(matrixRequest).strict()),
  'analysis.drillDown': returns<DrillDown>()(
    z.object({ ...matrixRequest, rowCodeId: id.optional(), column: z.string().max(200).optional() }).strict(),
  ),
  'analysis.cooccurrence': returns<{ pairs: CooccurrencePair[] }>()(
    z
      .object({
        codeIds: z.array(id).max(1000).optional(),
        limit: z.number().int().min(1).max(100_000).optional(),
        filter: analysisFilter.optional(),
      })
      .strict(),
  ),
  'analysis.cooccurrenceEvidence': returns<{ segmentIds: string[][] }>()(
    z.object({ a: id, b: id, filter: analysisFilter.optional() }).strict(),
  ),
  'analysis.frequencies': returns<CodeFrequency[]>()(
    z.object({ rollUp: z.boolean().optional(), filter: analysisFilter.optional() }).strict(),
  ),
  'analysis.saved': returns<
    { id: string; name: string; kind: string; settings: unknown; updatedAt: string }[]
  >()(z.object({}).strict()),
  'analysis.save': returns<{ id: string }>()(
    z
      .object({
        id: id.optional(),
        name: z.string().min(1).max(200),
        kind: z.enum(['matrix', 'cooccurrence', 'frequencies']),
        settings: z.record(z.string(), z.unknown()),
      })
      .strict(),
  ),
  'analysis.deleteSaved': returns<{ id: string }>()(z.object({ id }).strict()),
} as const;
