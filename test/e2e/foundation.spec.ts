import { expect, test } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

test('the app opens on the demo workspace in French, lists its interviews and projects, and switches to English and back', async ({
  page,
}) => {
  await page.goto(served.url);

  const nav = page.getByRole('navigation');
  for (const label of [
    'Entretiens',
    'Verbatims',
    'Codebook',
    'Portefeuille',
    'Analyses',
    'Rapports',
    'Paramètres',
  ]) {
    await expect(nav.getByText(label, { exact: true })).toBeVisible();
  }

  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(8);
  await expect(page.getByText('Adlin Science').first()).toBeVisible();

  await page.getByTestId('nav-codebook').click();
  // The tree shows the challenges branch and, nested in it, its seeded challenges.
  const tree = page.getByRole('list', { name: 'Arbre des codes' });
  await expect(tree.getByRole('button', { name: /^Enjeux du déploiement —/ })).toBeVisible();
  await expect(tree.getByRole('button', { name: /^Modèle d'affaires —/ })).toBeVisible();

  await page.getByTestId('nav-portefeuille').click();
  await expect(page.getByTestId('project-row')).toHaveCount(4);
  await expect(page.getByText('DirectoSanté x Pfizer').first()).toBeVisible();

  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const label of [
    'Interviews',
    'Verbatims',
    'Codebook',
    'Portfolio',
    'Analysis',
    'Reports',
    'Settings',
  ]) {
    await expect(nav.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByTestId('project-row')).toHaveCount(4);

  await page.getByTestId('lang-fr').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(nav.getByText('Portefeuille', { exact: true })).toBeVisible();
});

test('a page without the token is refused', async ({ page }) => {
  const bare = served.url.replace(/\?token=.*$/, '');
  const response = await page.goto(bare);
  expect(response?.status()).toBe(401);
  await expect(page.getByText(/accès refusé/)).toBeVisible();
});
