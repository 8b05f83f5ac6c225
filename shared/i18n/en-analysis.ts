import type { frAnalysis } from './fr-analysis';

/** English messages of the analysis views: exactly the keys of the French file. */
export const enAnalysis = {} satisfies Record<keyof typeof frAnalysis, string>;
