import type { codingApi } from '../../../shared/api/coding';
import {
  codePassage,
  codeRanges,
  linkSegmentToProject,
  setSegmentCodes,
  uncodeSegment,
  updateSegment,
} from '../../../db/coding';
import { listVerbatims } from '../../../db/queries/verbatims';
import { codingCandidates, search } from '../../../db/search';
import { dbOf, type SliceHandlers } from './types';

export const codingHandlers: SliceHandlers<typeof codingApi> = {
  'segments.code': (input, ctx) => codePassage(dbOf(ctx), input),
  'segments.setCodes': (input, ctx) => setSegmentCodes(dbOf(ctx), input),
  'segments.update': (input, ctx) => updateSegment(dbOf(ctx), input),
  'segments.uncode': (input, ctx) => {
    uncodeSegment(dbOf(ctx), input.segmentId);
    return { id: input.segmentId };
  },
  'segments.linkProject': (input, ctx) => linkSegmentToProject(dbOf(ctx), input),
  'verbatims.list': (input, ctx) => listVerbatims(dbOf(ctx), input),
  'search.query': (input, ctx) => search(dbOf(ctx), input.q, input.limit),
  'search.codingCandidates': (input, ctx) => codingCandidates(dbOf(ctx), input.q, input.scope),
  'search.codeRanges': (input, ctx) => codeRanges(dbOf(ctx), input),
};
