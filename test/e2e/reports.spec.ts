import path from 'node:path';
import mammoth from 'mammoth';
import { expect, test } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

test('a consultant previews the portfolio report, generates it in French as DOCX and gets a file naming every project', async ({
  page,
}) => {
  // DOCX charts are drawn in Chromium: a few seconds.
  test.setTimeout(90_000);
  await page.goto(served.url);
  await page.getByTestId('nav-rapports').click();
  await expect(page.getByTestId('reports-view')).toBeVisible();

  // The portfolio report, in French, pseudonymised by default.
  await page.getByTestId('report-kind-portfolio').check();
  await page.getByTestId('report-lang-fr').check();
  await expect(page.getByTestId('report-pseudonymise')).toBeChecked();
  await expect(page.getByTestId('report-quotes')).toBeChecked();

  // Every project is covered by default; the preview has a sheet for each.
  const projects = page.getByTestId('report-projects');
  await expect(projects.getByRole('checkbox')).toHaveCount(4);
  const names = await projects.locator('.rp-check-label').allInnerTexts();
  expect(names).toHaveLength(4);
  const preview = page.getByTestId('report-preview');
  await expect(preview.getByTestId('report-preview-project')).toHaveCount(4);
  for (const name of names) await expect(preview.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(preview.getByTestId('report-preview-challenge').first()).toBeVisible();
  await expect(preview.getByText('Pseudonymisé')).toBeVisible();

  // DOCX, generated and downloaded.
  await page.getByTestId('report-format').getByRole('radio', { name: 'DOCX' }).check();
  const downloading = page.waitForEvent('download', { timeout: 80_000 });
  await page.getByTestId('report-generate').click();
  const download = await downloading;
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^rapport-de-portefeuille-\d{4}-\d{2}-\d{2}\.docx$/);
  const file = path.join(served.home, fileName);
  await download.saveAs(file);
  await expect(page.getByTestId('report-done')).toContainText(fileName);

  // The document holds the four projects' names.
  const text = (await mammoth.extractRawText({ path: file })).value;
  expect(text).toContain('Rapport de portefeuille');
  for (const name of names) expect(text).toContain(name);
});
