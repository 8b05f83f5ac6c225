/** French messages of the portfolio views (merged into the main catalogue by fr.ts). */
export const frPortfolio = {} satisfies Record<string, string>;
