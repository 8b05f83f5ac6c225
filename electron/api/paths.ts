import os from 'node:os';
import path from 'node:path';

/**
 * The user's data folder, the same one Electron's app.getPath('userData') gives for product name Terrain,
 * so the app, the web host and the CLI share recent workspaces and the demo. TERRAIN_HOME overrides it
 * (tests, portable installs).
 */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.TERRAIN_HOME) return path.resolve(env.TERRAIN_HOME);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Terrain');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Terrain');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Terrain');
}

export function workspacesDir(dataDir: string): string {
  return path.join(dataDir, 'workspaces');
}

export function demoWorkspacePath(dataDir: string): string {
  return path.join(workspacesDir(dataDir), 'demo.terrain');
}
