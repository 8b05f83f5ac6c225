// `npm test`: every check the project has, in the order a failure is cheapest to read. Ends with one
// line "tests: N passed, N failed" summing the unit/integration and end-to-end runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync('/usr/bin/pdftotext')) return;
  const install = 'apt-get update && apt-get install -y chromium poppler-utils';
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`Chromium (ou poppler-utils) absent : installation des paquets Debian — ${install}`);
    execFileSync('bash', ['-c', `${install} >/dev/null`], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  console.error(
    `Chromium introuvable (${CHROMIUM}). Installez-le puis relancez : sudo ${install.replace('&& apt-get', '&& sudo apt-get')}`,
  );
  process.exit(1);
}

function step(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✗ ${name} a échoué`);
    process.exit(r.status ?? 1);
  }
}

const bin = (name) => `node_modules/.bin/${name}`;
ensureChromium();
// Playwright empties test-results/ when it starts, so the runners' summaries go to test-reports/.
rmSync('test-results', { recursive: true, force: true });
rmSync('test-reports', { recursive: true, force: true });
step('format (prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
step('lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0']);
step('types (tsc)', bin('tsc'), ['-p', '.']);
step('Electron security audit (electronegativity)', process.execPath, ['scripts/electronegativity.mjs']);
step('build', process.execPath, ['scripts/build.mjs']);
step('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-reports/unit.json',
]);
step('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
});
// Figures only (the benchmark asserts nothing): proves it runs, and leaves the size-S table in the log.
step('benchmark, size S', process.execPath, ['scripts/bench.mjs', '--size', 'S']);

const unit = JSON.parse(readFileSync('test-reports/unit.json', 'utf8'));
const e2e = JSON.parse(readFileSync('test-reports/e2e.json', 'utf8'));
const passed = unit.numPassedTests + (e2e.stats.expected ?? 0);
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
