/**
 * Client-side routes: a view and, for views with a detail panel, the selected item. Kept in the location hash
 * (`#/entretiens/<id>`) so a reload lands on the same screen; the slugs are French and stable whatever the
 * interface language, so links and tests do not change with it.
 */
export const VIEWS = [
  'entretiens',
  'verbatims',
  'codebook',
  'portefeuille',
  'analyses',
  'rapports',
  'parametres',
] as const;

export type ViewId = (typeof VIEWS)[number];

export interface Route {
  view: ViewId;
  /** The item shown in the view's detail panel (an interview or a project), or null for the list. */
  id: string | null;
}

export const DEFAULT_ROUTE: Route = { view: 'entretiens', id: null };

export function isViewId(value: string): value is ViewId {
  return (VIEWS as readonly string[]).includes(value);
}

/** Reads `#/view` or `#/view/id` (a `?query` after it is ignored); anything unknown falls back to the interviews list. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  const [view = '', ...rest] = path.split('/');
  if (!isViewId(view)) return DEFAULT_ROUTE;
  const raw = rest.join('/');
  let id: string | null = null;
  if (raw) {
    try {
      id = decodeURIComponent(raw);
    } catch {
      id = null;
    }
  }
  return { view, id };
}

export function routeToHash(route: Route): string {
  return route.id ? `#/${route.view}/${encodeURIComponent(route.id)}` : `#/${route.view}`;
}

/**
 * A passage to bring into view when an interview opens: `#/entretiens/<id>?segment=<segmentId>` (a coded
 * segment) and/or `?at=<offset>` (a UTF-16 offset into the transcript text, e.g. a search hit's turn).
 */
export interface FocusTarget {
  segmentId: string | null;
  at: number | null;
}

/** Reads the focus target from the location hash; null when there is none (a plain `#/entretiens/<id>`). */
export function readFocusTarget(
  hash: string = typeof window !== 'undefined' ? window.location.hash : '',
): FocusTarget | null {
  const q = hash.indexOf('?');
  if (q < 0) return null;
  const params = new URLSearchParams(hash.slice(q + 1));
  const segmentId = params.get('segment') || null;
  const atText = params.get('at');
  const at = atText !== null && /^\d+$/.test(atText) ? Number(atText) : null;
  return segmentId || at !== null ? { segmentId, at } : null;
}

/** The hash of an interview with a passage to focus, e.g. `#/entretiens/<id>?segment=<segmentId>&at=120`. */
export function focusHash(
  interviewId: string,
  target: { segmentId?: string | null; at?: number | null },
): string {
  const params = new URLSearchParams();
  if (target.segmentId) params.set('segment', target.segmentId);
  if (target.at !== null && target.at !== undefined) params.set('at', String(target.at));
  const query = params.toString();
  return `${routeToHash({ view: 'entretiens', id: interviewId })}${query ? `?${query}` : ''}`;
}
