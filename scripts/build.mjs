// Builds the three Node-side bundles (the CLI/web host, the Electron main process and its preload) with
// esbuild, then the renderer with Vite. The native SQLite module and Electron stay external.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // playwright-core reads its own files at run time (reports' Chromium): loaded from node_modules, not bundled.
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'playwright-core'],
  logLevel: 'warning',
};

const only = process.argv[2];
if (only !== 'renderer') {
  rmSync('dist/host', { recursive: true, force: true });
  rmSync('dist/electron', { recursive: true, force: true });
  await Promise.all([
    build({ ...common, entryPoints: ['electron/host/cli.ts'], outfile: 'dist/host/cli.cjs' }),
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
    // Sandboxed preloads can only require 'electron' and a few built-ins: everything else is bundled in.
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
      platform: 'browser',
    }),
  ]);
}
if (only !== 'node') {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
