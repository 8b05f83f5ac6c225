import path from 'node:path';
import fs from 'node:fs';
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

test('a user creates a workspace encrypted from its first byte, then needs the passphrase to open it again', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: /Espace de travail/ }).click();
  const secret = path.join(served.home, 'entretiens-chu.terrain');
  await page.getByTestId('workspace-create-path').fill(secret);
  await page.getByTestId('workspace-create-demo').check();
  await page.getByTestId('workspace-create-protect').check();
  await page.getByTestId('workspace-create-passphrase').fill('court');
  await page.getByTestId('workspace-create-confirm').fill('court');
  await page.getByTestId('workspace-create-submit').click();
  await expect(page.getByTestId('workspace-create-problem')).toContainText('au moins 8 caractères');
  await page.getByTestId('workspace-create-passphrase').fill('les données restent ici');
  await page.getByTestId('workspace-create-confirm').fill('les données restent là');
  await page.getByTestId('workspace-create-submit').click();
  await expect(page.getByTestId('workspace-create-problem')).toContainText('ne correspondent pas');
  expect(fs.existsSync(secret)).toBe(false);
  await page.getByTestId('workspace-create-confirm').fill('les données restent ici');
  await page.getByTestId('workspace-create-submit').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('entretiens-chu');

  // The file on disk is not readable SQLite, and no interview word is in it.
  const bytes = fs.readFileSync(secret);
  expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  expect(bytes.includes(Buffer.from('Octopize'))).toBe(false);
  await page.getByTestId('nav-parametres').click();
  await expect(page.getByTestId('encrypted-status')).toHaveAttribute('data-encrypted', 'true');

  // Back to the first workspace, then the encrypted one again: the passphrase is asked.
  await page.getByRole('button', { name: /Espace de travail/ }).click();
  await page.getByRole('button', { name: 'Ouvrir espace' }).click();
  await expect(page.getByTestId('workspace-name')).toHaveText('espace');
  await page.getByRole('button', { name: /Espace de travail/ }).click();
  await page.getByRole('button', { name: 'Ouvrir entretiens-chu' }).click();
  const dialog = page.getByTestId('passphrase-dialog');
  await dialog.getByTestId('passphrase-input').fill('les données restent ici');
  await dialog.getByTestId('passphrase-submit').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('entretiens-chu');
  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(8);
});
