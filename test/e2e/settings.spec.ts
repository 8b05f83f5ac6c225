import { expect, test } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

test('a deleted interview goes to the trash and comes back from it', async ({ page }) => {
  await page.goto(served.url);
  await expect(page.getByTestId('interview-row')).toHaveCount(8);
  const row = page.getByTestId('interview-row').filter({ hasText: 'Adlin Science' });
  const title = (await row.getByRole('link').innerText()).trim();
  await row.getByRole('link').click();
  await page.getByTestId('interview-delete-button').click();
  await page.getByTestId('interview-delete-confirm').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(7);

  await page.getByTestId('nav-parametres').click();
  const item = page.getByTestId('trash-item').filter({ hasText: title });
  await expect(item).toContainText('Entretien');
  await item.getByTestId('trash-restore').click();
  await expect(page.getByRole('status').filter({ hasText: 'est restauré' })).toBeVisible();
  await expect(page.getByTestId('trash-item')).toHaveCount(0);

  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(8);
});

test('the interview guide is edited: a new axis is added and shown with the guide', async ({ page }) => {
  await page.goto(served.url);
  await page.getByTestId('nav-parametres').click();
  const editor = page.getByTestId('guides-editor');
  await expect(editor.getByTestId('guide-item')).toHaveCount(1);
  await expect(editor.getByTestId('guide-item')).toContainText('10 axes');
  await editor.getByTestId('guide-edit').click();
  await expect(editor.getByTestId('guide-axis')).toHaveCount(10);
  await editor.getByRole('button', { name: 'Ajouter un axe' }).click();
  await editor.getByTestId('guide-axis-label').last().fill('Données de santé et hébergement');
  await editor.getByTestId('guide-save').click();
  await expect(editor.getByTestId('guide-item')).toContainText('11 axes');
  await expect(editor.getByTestId('guide-item')).toContainText('Données de santé et hébergement');
});
