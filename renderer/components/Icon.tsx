import type { ViewId } from '../lib/route';

/** Simple line icons, one per view (decorative: a label always carries the meaning). */
export const VIEW_ICONS: Record<ViewId, string> = {
  entretiens: 'M4 5h16v10H9l-5 4z',
  verbatims: 'M6 7h5v5H8l-2 3zM13 7h5v5h-3l-2 3z',
  codebook: 'M5 4h10l4 4v12H5zM9 10h6M9 14h6',
  portefeuille: 'M4 8h16v11H4zM9 8V5h6v3',
  analyses: 'M5 19V11M10 19V5M15 19v-6M20 19V8',
  rapports: 'M6 3h9l4 4v14H6zM9 12h7M9 16h7',
  parametres: 'M12 8a4 4 0 1 1 0 8a4 4 0 0 1 0-8zM12 2v3M12 19v3M2 12h3M19 12h3',
};

export function ViewIcon({ view, size = 18 }: { view: ViewId; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path
        d={VIEW_ICONS[view]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
