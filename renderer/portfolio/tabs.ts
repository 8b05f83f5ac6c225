/** The portfolio's sub-views. The projects list comes first: it is what consultants open the view for. */
export const PORTFOLIO_TABS = ['projects', 'dashboard', 'organisations'] as const;
export type PortfolioTab = (typeof PORTFOLIO_TABS)[number];

/** The tab named in the hash (`#/portefeuille?tab=organisations`), if any. */
export function readTab(hash: string): PortfolioTab | null {
  const q = hash.indexOf('?');
  if (q < 0) return null;
  const tab = new URLSearchParams(hash.slice(q + 1)).get('tab');
  return (PORTFOLIO_TABS as readonly string[]).includes(tab ?? '') ? (tab as PortfolioTab) : null;
}

/** The list's hash for a tab (the default tab keeps the bare `#/portefeuille`). */
export function tabHash(tab: PortfolioTab): string {
  return tab === 'projects' ? '#/portefeuille' : `#/portefeuille?tab=${tab}`;
}
