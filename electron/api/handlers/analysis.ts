import type { analysisApi } from '../../../shared/api/analysis';
import { drillDown, recurrenceMatrix } from '../../../db/analysis/matrix';
import { cooccurrence, cooccurrenceEvidence } from '../../../db/analysis/cooccurrence';
import { codeFrequencies } from '../../../db/analysis/frequencies';
import { deleteSavedAnalysis, listSavedAnalyses, saveAnalysis } from '../../../db/saved-analyses';
import { dbOf, type SliceHandlers } from './types';

export const analysisHandlers: SliceHandlers<typeof analysisApi> = {
  'analysis.matrix': (input, ctx) => recurrenceMatrix(dbOf(ctx), input),
  'analysis.drillDown': (input, ctx) => drillDown(dbOf(ctx), input),
  'analysis.cooccurrence': (input, ctx) => cooccurrence(dbOf(ctx), input),
  'analysis.cooccurrenceEvidence': (input, ctx) =>
    cooccurrenceEvidence(dbOf(ctx), input.a, input.b, input.filter),
  'analysis.frequencies': (input, ctx) => codeFrequencies(dbOf(ctx), input),
  'analysis.saved': (_input, ctx) => listSavedAnalyses(dbOf(ctx)),
  'analysis.save': (input, ctx) => ({ id: saveAnalysis(dbOf(ctx), input) }),
  'analysis.deleteSaved': (input, ctx) => {
    deleteSavedAnalysis(dbOf(ctx), input.id);
    return { id: input.id };
  },
};
