import { z } from 'zod';
import type { GuideAxis, InterviewDetail, InterviewSummary } from '../domain';
import { INTERVIEW_MODES, INTERVIEW_STATUSES } from '../domain';
import { id, isoDate, longText, returns, shortText } from './method';

const newPerson = z
  .object({
    fullName: z.string().min(1).max(200),
    pseudonym: z.string().max(100).nullable().optional(),
    position: shortText.nullable().optional(),
    organisationId: id.nullable().optional(),
    newOrganisation: z
      .object({
        name: z.string().min(1).max(300),
        actorType: z.string().max(100).nullable().optional(),
        structureType: z.string().max(100).nullable().optional(),
      })
      .strict()
      .nullable()
      .optional(),
    hierarchyLevel: z.enum(['field', 'middle', 'strategic']).nullable().optional(),
  })
  .strict();

const interviewFields = {
  date: isoDate.optional(),
  place: shortText.nullable().optional(),
  mode: z.enum(INTERVIEW_MODES).nullable().optional(),
  interviewer: z.string().max(200).nullable().optional(),
  status: z.enum(INTERVIEW_STATUSES).optional(),
  guideId: id.nullable().optional(),
  topic: shortText.nullable().optional(),
  notes: longText.nullable().optional(),
  consentDate: isoDate.optional(),
  consentScope: shortText.nullable().optional(),
  intervieweeIds: z.array(id).max(50).optional(),
  newInterviewees: z.array(newPerson).max(50).optional(),
  projectIds: z.array(id).max(200).optional(),
};

export interface ImportResult {
  fileName: string;
  ok: boolean;
  /** Why the file was refused, in French, when ok is false. */
  reason?: string;
  interviewId?: string;
  transcriptId?: string;
  format?: string;
  encoding?: string;
  turns?: number;
  words?: number;
  warnings?: string[];
}

export interface GuideSummary {
  id: string;
  name: string;
  description: string | null;
  isDefault: boolean;
  axes: GuideAxis[];
}

export const interviewsApi = {
  'interviews.list': returns<InterviewSummary[]>()(
    z
      .object({
        status: z.enum(INTERVIEW_STATUSES).optional(),
        search: z.string().max(200).optional(),
      })
      .strict(),
  ),
  'interviews.get': returns<InterviewDetail>()(z.object({ id }).strict()),
  'interviews.create': returns<{ id: string }>()(
    z.object({ title: z.string().min(1).max(300), ...interviewFields }).strict(),
  ),
  'interviews.update': returns<{ id: string }>()(
    z.object({ id, title: z.string().min(1).max(300).optional(), ...interviewFields }).strict(),
  ),
  'interviews.delete': returns<{ id: string }>()(z.object({ id }).strict()),
  'interviews.setAxisNote': returns<{ id: string }>()(z.object({ id, axisId: id, note: longText }).strict()),

  'guides.list': returns<GuideSummary[]>()(z.object({}).strict()),
  'guides.save': returns<{ id: string }>()(
    z
      .object({
        id: id.optional(),
        name: z.string().min(1).max(300),
        description: shortText.nullable().optional(),
        isDefault: z.boolean().optional(),
        axes: z
          .array(
            z
              .object({
                id: id.optional(),
                labelFr: z.string().min(1).max(300),
                labelEn: z.string().max(300),
                promptsFr: longText.nullable().optional(),
                promptsEn: longText.nullable().optional(),
                optional: z.boolean().optional(),
              })
              .strict(),
          )
          .max(100),
      })
      .strict(),
  ),

  /**
   * One transcript file, sent as base64 (the browser gives bytes, not paths). The renderer sends a batch one
   * file at a time, which gives it a progress bar and a per-file report; each file is one transaction.
   */
  'transcripts.import': returns<ImportResult>()(
    z
      .object({
        fileName: z.string().min(1).max(500),
        contentBase64: z.string().max(96 * 1024 * 1024),
        interviewId: id.optional(),
        interviewerNames: z.array(z.string().max(200)).max(20).optional(),
      })
      .strict(),
  ),
  'transcripts.paste': returns<ImportResult>()(
    z
      .object({
        interviewId: id,
        text: z
          .string()
          .min(1)
          .max(20 * 1024 * 1024),
        title: shortText.optional(),
        interviewerNames: z.array(z.string().max(200)).max(20).optional(),
      })
      .strict(),
  ),
  'transcripts.setTurnSpeaker': returns<{ id: string }>()(
    z
      .object({
        turnId: id,
        speaker: z.string().min(1).max(200),
        role: z.enum(['interviewer', 'interviewee', 'other']),
      })
      .strict(),
  ),
} as const;
