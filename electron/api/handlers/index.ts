import { workspaceHandlers } from './workspace';
import { interviewsHandlers } from './interviews';
import { codingHandlers } from './coding';
import { codebookHandlers } from './codebook';
import { portfolioHandlers } from './portfolio';
import { analysisHandlers } from './analysis';
import type { Handlers } from './types';

export type { HandlerContext, Handlers } from './types';

/** The one implementation of the API; both shells dispatch into it. Typed so no method can be missing. */
export const handlers: Handlers = {
  ...workspaceHandlers,
  ...interviewsHandlers,
  ...codingHandlers,
  ...codebookHandlers,
  ...portfolioHandlers,
  ...analysisHandlers,
};
