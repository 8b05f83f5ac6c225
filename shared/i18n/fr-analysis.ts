/** French messages of the analysis views (merged into the main catalogue by fr.ts). */
export const frAnalysis = {} satisfies Record<string, string>;
