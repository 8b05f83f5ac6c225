import type { TerrainApi, TerrainBridge } from '../../shared/api';
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

/** The one API the views use; they cannot tell which shell carries it. */
export const api: TerrainApi = unwrapBridge(window.terrain ?? createHttpBridge(pageToken()));

/**
 * Events the shell sends while long work runs (e.g. report progress). The web host streams them; in
 * Electron there is no stream yet, and views fall back to their own estimate.
 */
export function onHostEvent(listener: (event: { type: string; [k: string]: unknown }) => void): () => void {
  if (detectShell() === 'electron' || typeof EventSource === 'undefined') return () => {};
  return subscribeHostEvents(listener);
}
