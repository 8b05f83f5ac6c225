import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

test('a user creates a new workspace, sees it in the recent list, and opens the first one again', async ({
  page,
}) => {
  await page.goto(served.url);
  await expect(page.getByTestId('workspace-name')).toHaveText('espace');

  // Create an empty workspace: the codebook is seeded, there are no interviews yet.
  await page.getByRole('button', { name: /Espace de travail/ }).click();
  const newFile = path.join(served.home, 'mission-bretagne.terrain');
  await page.getByTestId('workspace-create-path').fill(newFile);
  await page.getByTestId('workspace-create-submit').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('mission-bretagne');
  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(0);
  await page.getByTestId('nav-codebook').click();
  await expect(
    page
      .getByRole('list', { name: 'Arbre des codes' })
      .getByRole('button', { name: /^Enjeux du déploiement —/ }),
  ).toBeVisible();

  // Both workspaces are in the recent list; opening the demo brings its interviews back.
  await page.getByRole('button', { name: /Espace de travail/ }).click();
  await expect(page.getByRole('button', { name: 'Ouvrir mission-bretagne' })).toBeVisible();
  await page.getByRole('button', { name: 'Ouvrir espace' }).click();
  await expect(page.getByTestId('workspace-name')).toHaveText('espace');
  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(8);

  // A path that is not a workspace is refused with a message, and the current one stays open.
  await page.getByRole('button', { name: /Espace de travail/ }).click();
  await page.getByTestId('workspace-open-path').fill(path.join(served.home, 'absent.terrain'));
  await page.getByTestId('workspace-open-submit').click();
  await expect(page.getByTestId('error-toast')).toContainText('n’existe pas');
  await expect(page.getByTestId('workspace-name')).toHaveText('espace');
});
