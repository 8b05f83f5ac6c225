import type { reportsApi } from '../../../shared/api/reports';
import { buildReportModel, generateReport, toGenerated } from '../../reports/generate';
import { type SliceHandlers } from './types';

/**
 * Reports: the model for an on-screen preview, and the file itself (base64; the renderer saves it where the
 * user says). Progress of a generation goes to generateReport's onProgress, which a shell can wire to its
 * event stream.
 */
export const reportsHandlers: SliceHandlers<typeof reportsApi> = {
  'reports.preview': (input, ctx) => {
    const ws = ctx.session.require();
    return buildReportModel(ws.db, input, { workspacePath: ws.path });
  },
  'reports.generate': async (input, ctx) => {
    const ws = ctx.session.require();
    return toGenerated(await generateReport(ws.db, input, { workspacePath: ws.path }));
  },
};
