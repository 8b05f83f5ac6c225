import type { reportsApi } from '../../../shared/api/reports';
import { buildReportModel, generateReport, toGenerated } from '../../reports/generate';
import { type SliceHandlers } from './types';

/**
 * Reports: the model for an on-screen preview, and the file itself (base64; the renderer saves it where the
 * user says). Progress of a generation goes to the window as 'report-progress' events where the shell has
 * an event stream (the web host).
 */
export const reportsHandlers: SliceHandlers<typeof reportsApi> = {
  'reports.preview': (input, ctx) => {
    const ws = ctx.session.require();
    return buildReportModel(ws.db, input, { workspacePath: ws.path });
  },
  'reports.generate': async (input, ctx) => {
    const ws = ctx.session.require();
    return toGenerated(
      await generateReport(ws.db, input, {
        workspacePath: ws.path,
        onProgress: (p) => ctx.emit?.({ type: 'report-progress', ...p }),
      }),
    );
  },
};
