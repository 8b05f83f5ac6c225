import { create } from 'zustand';
import { DEFAULT_ROUTE, parseHash, routeToHash, type Route, type ViewId } from '../lib/route';

interface NavState extends Route {
  /** Shows a view (and optionally an item in its detail panel); the hash follows so a reload keeps it. */
  navigate: (view: ViewId, id?: string | null) => void;
}

const initial = typeof window !== 'undefined' ? parseHash(window.location.hash) : DEFAULT_ROUTE;

export const useNavStore = create<NavState>()((set) => ({
  ...initial,
  navigate: (view, id = null) => {
    const route: Route = { view, id };
    set(route);
    if (typeof window !== 'undefined') {
      const hash = routeToHash(route);
      if (window.location.hash !== hash) window.location.hash = hash;
    }
  },
}));

/** Follows the hash when the user edits it or uses back/forward; returns the unsubscribe function. */
export function listenToHash(): () => void {
  const onChange = () => {
    const route = parseHash(window.location.hash);
    const current = useNavStore.getState();
    if (current.view !== route.view || current.id !== route.id) useNavStore.setState(route);
  };
  window.addEventListener('hashchange', onChange);
  if (!window.location.hash) window.history.replaceState(null, '', routeToHash(useNavStore.getState()));
  return () => window.removeEventListener('hashchange', onChange);
}
