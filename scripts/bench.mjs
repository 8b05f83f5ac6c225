// `npm run bench -- …`: bundles the TypeScript benchmark with esbuild (like the app itself) and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['bench/index.ts'],
  outfile: '.tmp/bench.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3-multiple-ciphers', 'electron', 'playwright-core'],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', '.tmp/bench.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
