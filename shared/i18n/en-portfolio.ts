import type { frPortfolio } from './fr-portfolio';

/** English messages of the portfolio views: exactly the keys of the French file. */
export const enPortfolio = {} satisfies Record<keyof typeof frPortfolio, string>;
