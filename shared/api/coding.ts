import { z } from 'zod';
import type { Segment, VerbatimRow } from '../domain';
import { id, longText, offset, returns } from './method';

export interface SearchHit {
  kind: 'transcript' | 'segment' | 'memo';
  id: string;
  transcriptId: string | null;
  interviewId: string | null;
  interviewTitle: string | null;
  speaker: string | null;
  start: number | null;
  /** Matched words are wrapped in \u0002 … \u0003. */
  snippet: string;
}

export interface CodingCandidate {
  transcriptId: string;
  interviewId: string;
  interviewTitle: string;
  speaker: string;
  start: number;
  end: number;
  text: string;
}

const range = z.object({ transcriptId: id, start: offset, end: offset }).strict();

export const codingApi = {
  'segments.code': returns<Segment>()(
    z
      .object({
        transcriptId: id,
        start: offset,
        end: offset,
        codeIds: z.array(id).min(1).max(50),
        memo: longText.nullable().optional(),
      })
      .strict(),
  ),
  'segments.setCodes': returns<Segment | null>()(
    z
      .object({ segmentId: id, add: z.array(id).max(50).optional(), remove: z.array(id).max(50).optional() })
      .strict(),
  ),
  'segments.update': returns<Segment>()(
    z
      .object({
        segmentId: id,
        start: offset.optional(),
        end: offset.optional(),
        memo: longText.nullable().optional(),
        important: z.boolean().optional(),
      })
      .strict(),
  ),
  'segments.uncode': returns<{ id: string }>()(z.object({ segmentId: id }).strict()),
  'segments.linkProject': returns<Segment>()(
    z.object({ segmentId: id, projectId: id, linked: z.boolean() }).strict(),
  ),

  'verbatims.list': returns<{ total: number; rows: VerbatimRow[] }>()(
    z
      .object({
        codeId: id.optional(),
        actorType: z.string().max(100).optional(),
        organisationId: id.optional(),
        projectId: id.optional(),
        interviewId: id.optional(),
        interviewer: z.string().max(200).optional(),
        speakerRole: z.enum(['interviewer', 'interviewee', 'other']).optional(),
        dateFrom: z.string().max(10).optional(),
        dateTo: z.string().max(10).optional(),
        importantOnly: z.boolean().optional(),
        limit: z.number().int().min(1).max(1000).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
  ),

  'search.query': returns<{
    query: string;
    terms: string[];
    total: number;
    capped: boolean;
    hits: SearchHit[];
  }>()(z.object({ q: z.string().max(500), limit: z.number().int().min(1).max(500).optional() }).strict()),
  'search.codingCandidates': returns<CodingCandidate[]>()(
    z.object({ q: z.string().max(500), scope: z.enum(['sentence', 'turn']) }).strict(),
  ),
  'search.codeRanges': returns<{ coded: number }>()(
    z.object({ codeId: id, ranges: z.array(range).min(1).max(5000) }).strict(),
  ),
} as const;
