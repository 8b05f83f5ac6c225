import type { codebookApi } from '../../../shared/api/codebook';
import { codeTree } from '../../../db/queries/codebook';
import { createCode, deleteCode, mergeCodes, moveCode, updateCode } from '../../../db/codebook-edit';
import { exportCodebookCsv, importCodebookCsv } from '../../../db/codebook-csv';
import { dbOf, type SliceHandlers } from './types';

export const codebookHandlers: SliceHandlers<typeof codebookApi> = {
  'codes.tree': (_input, ctx) => codeTree(dbOf(ctx)),
  'codes.create': (input, ctx) => ({ id: createCode(dbOf(ctx), input) }),
  'codes.update': ({ id, ...fields }, ctx) => {
    updateCode(dbOf(ctx), id, fields);
    return { id };
  },
  'codes.move': (input, ctx) => {
    moveCode(dbOf(ctx), input.id, input.parentId, input.index);
    return { id: input.id };
  },
  'codes.merge': (input, ctx) => mergeCodes(dbOf(ctx), input.sourceId, input.targetId),
  'codes.delete': (input, ctx) => deleteCode(dbOf(ctx), input.id),
  'codes.exportCsv': (_input, ctx) => ({ csv: exportCodebookCsv(dbOf(ctx)) }),
  'codes.importCsv': (input, ctx) => importCodebookCsv(dbOf(ctx), input.csv),
};
