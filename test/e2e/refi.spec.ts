import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

const FIXTURE = path.resolve('test/fixtures/refi/qualitative-coding-demo.qdpx');

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

async function openImportFromMenu(page: Page) {
  await page.getByTestId('workspace-name').click();
  await page.getByTestId('refi-import-open').click();
  await expect(page.getByTestId('refi-import-dialog')).toBeVisible();
}

test('a consultant merges a QualCoder-style .qdpx into the workspace, finds its interviews, and exports the project back', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(8);

  // Choose the file: the preview says what would be added, nothing is written yet.
  await openImportFromMenu(page);
  await page.getByTestId('refi-import-input').setInputFiles(FIXTURE);
  const preview = page.getByTestId('refi-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('qualitative-coding-demo.qdpx');
  await expect(preview.getByTestId('refi-codes-added')).toHaveText('262 ajoutés');
  await expect(preview.getByTestId('refi-sources-added')).toHaveText('2 nouvelles');
  await expect(preview.getByTestId('refi-codings')).toHaveText('205');
  await expect(preview.getByTestId('refi-unplaced-count')).toHaveText('aucune');
  await expect(preview).toContainText('158 dans le fichier → 158 passages codés');

  // Merge, read the report, go to the interviews.
  await page.getByTestId('refi-merge').click();
  const report = page.getByTestId('refi-report');
  await expect(report).toContainText('Import terminé.');
  await expect(report.getByTestId('refi-codes-added')).toHaveText('262 ajoutés');
  await report.getByTestId('refi-open-interviews').click();
  await expect(page.getByTestId('refi-import-dialog')).toBeHidden();
  await expect(page.getByTestId('interview-row')).toHaveCount(10);
  await expect(page.getByTestId('interview-row').filter({ hasText: 'board_2017' })).toContainText('158');
  await expect(page.getByTestId('interview-row').filter({ hasText: 'admin-1' })).toBeVisible();

  // Export, as the Electron File menu asks it (the same event), the whole project as .qdpx.
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('terrain:menu', { detail: 'export-refi' })));
  const dialog = page.getByTestId('refi-export-dialog');
  await expect(dialog).toBeVisible();
  await dialog
    .getByTestId('refi-export-format')
    .getByRole('radio', { name: /\.qdpx/ })
    .check();
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('refi-export-submit').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.qdpx$/);
  const file = path.join(served.home, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.length).toBeGreaterThan(1000);
  const project = unzipSync(new Uint8Array(bytes))['project.qde'];
  expect(project).toBeDefined();
  expect(strFromU8(project!)).toContain('board_2017');
  await expect(dialog.getByTestId('refi-export-done')).toContainText(download.suggestedFilename());
});

test('a consultant imports a .qdpx into a new workspace, which opens in its place', async ({ page }) => {
  await page.goto(served.url);
  await openImportFromMenu(page);
  await page.getByTestId('refi-import-input').setInputFiles(FIXTURE);
  await expect(page.getByTestId('refi-preview')).toBeVisible();

  await page.getByTestId('refi-new-workspace').click();
  const target = path.join(served.home, 'projet-qc.terrain');
  await page.getByTestId('refi-new-path').fill(target);
  await page.getByTestId('refi-new-submit').click();
  await expect(page.getByTestId('refi-report')).toContainText('nouvel espace projet-qc');
  await expect(page.getByTestId('workspace-name')).toHaveText('projet-qc');
  expect(fs.existsSync(target)).toBe(true);

  await page.getByTestId('refi-open-interviews').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(2);
});
