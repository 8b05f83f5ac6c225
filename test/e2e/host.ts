import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export interface ServedWorkspace {
  url: string;
  file: string;
  home: string;
  stop(): Promise<void>;
}

/**
 * Starts `terrain serve` as a user would, on a workspace of its own in a fresh temporary folder, and reads
 * the address from its first line of output.
 */
export async function serveWorkspace(options: { demo?: boolean } = {}): Promise<ServedWorkspace> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-e2e-'));
  const file = path.join(home, 'espace.terrain');
  const args = ['bin/terrain.cjs', 'serve', file];
  if (options.demo !== false) args.push('--demo');
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, TERRAIN_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`terrain serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    file,
    home,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
