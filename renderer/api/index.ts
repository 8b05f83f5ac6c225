import type { MethodName, TerrainApi, TerrainBridge } from '../../shared/api';
import { unwrapBridge } from './client';
import { createHttpBridge, pageToken, subscribeHostEvents } from './http-client';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer runs in a browser against the web host. */
    terrain?: TerrainBridge;
  }
}

export type Shell = 'electron' | 'web';

export function detectShell(): Shell {
  return typeof window !== 'undefined' && window.terrain ? 'electron' : 'web';
}

const answered = new Set<(name: MethodName) => void>();

/** The one API the views use; they cannot tell which shell carries it. */
export const api: TerrainApi = unwrapBridge(window.terrain ?? createHttpBridge(pageToken()), (name) => {
  for (const listener of answered) listener(name);
});

/**
 * Hears of every API call that succeeded, whichever view made it: for state that follows writes made
 * anywhere (the names presentation mode hides). Returns the unsubscribe function.
 */
export function onApiAnswer(listener: (name: MethodName) => void): () => void {
  answered.add(listener);
  return () => answered.delete(listener);
}

/**
 * Events the shell sends while long work runs (e.g. report progress). The web host streams them; in
 * Electron there is no stream yet, and views fall back to their own estimate.
 */
export function onHostEvent(listener: (event: { type: string; [k: string]: unknown }) => void): () => void {
  if (detectShell() === 'electron' || typeof EventSource === 'undefined') return () => {};
  return subscribeHostEvents(listener);
}
