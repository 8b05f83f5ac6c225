import { workspaceHandlers } from './workspace';
import { interviewsHandlers } from './interviews';
import { codingHandlers } from './coding';
import { codebookHandlers } from './codebook';
import { portfolioHandlers } from './portfolio';
import { analysisHandlers } from './analysis';
import { refiHandlers } from './refi';
import { reportsHandlers } from './reports';
import { privacyHandlers, withBulkBackups } from './privacy';
import type { Handlers } from './types';

export type { HandlerContext, Handlers } from './types';

/** The one implementation of the API; both shells dispatch into it. Typed so no method can be missing. */
export const handlers: Handlers = withBulkBackups({
  ...workspaceHandlers,
  ...interviewsHandlers,
  ...codingHandlers,
  ...codebookHandlers,
  ...portfolioHandlers,
  ...analysisHandlers,
  ...reportsHandlers,
  ...privacyHandlers,
  ...refiHandlers,
});
