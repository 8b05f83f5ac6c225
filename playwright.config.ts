import { defineConfig } from '@playwright/test';
import { chromiumPath } from './test/e2e/chromium';
import { CHROMIUM_ARGS } from './electron/reports/chart-renderer';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    launchOptions: {
      executablePath: chromiumPath(),
      // Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network.
      args: CHROMIUM_ARGS,
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
