import type { TerrainApi, TerrainBridge } from '../../shared/api';
import { unwrapBridge } from './client';
import { createHttpBridge, pageToken } from './http-client';

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
