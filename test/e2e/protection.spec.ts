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

const PASSPHRASE = 'cheval batterie agrafe 42';

test('a user protects the workspace with a passphrase, reopens it (wrong then right passphrase), and restores a backup', async ({
  page,
}) => {
  await page.goto(served.url);
  await expect(page.getByTestId('interview-row')).toHaveCount(8);

  // Protect the demo workspace in Settings.
  await page.getByTestId('nav-parametres').click();
  const card = page.getByTestId('protection-card');
  await expect(card.getByTestId('encrypted-status')).toHaveText('Non chiffré');
  await card.getByTestId('passphrase-set-open').click();
  await expect(card).toContainText('ne peut pas être retrouvée');
  await card.getByTestId('passphrase-new').fill('court');
  await card.getByTestId('passphrase-confirm').fill('court');
  await card.getByTestId('passphrase-save').click();
  await expect(card.getByRole('alert')).toContainText('au moins 8 caractères');
  await card.getByTestId('passphrase-new').fill(PASSPHRASE);
  await card.getByTestId('passphrase-confirm').fill(`${PASSPHRASE}!`);
  await card.getByTestId('passphrase-save').click();
  await expect(card.getByRole('alert')).toContainText('ne correspondent pas');
  await card.getByTestId('passphrase-confirm').fill(PASSPHRASE);
  await card.getByTestId('passphrase-save').click();
  await expect(card.getByTestId('encrypted-status')).toHaveText('Chiffré', { timeout: 20_000 });

  // Open another workspace (created from the menu), then the protected one from the recent list.
  await page.getByRole('button', { name: /Espace de travail/ }).click();
  await page.getByTestId('workspace-create-path').fill(path.join(served.home, 'autre.terrain'));
  await page.getByTestId('workspace-create-submit').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('autre');

  await page.getByRole('button', { name: /Espace de travail/ }).click();
  await page.getByRole('button', { name: 'Ouvrir espace' }).click();
  const dialog = page.getByTestId('passphrase-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('passphrase-input').fill('pas la bonne');
  await dialog.getByTestId('passphrase-submit').click();
  await expect(dialog.getByTestId('passphrase-error')).toContainText('incorrecte');
  await expect(page.getByTestId('workspace-name')).toHaveText('autre');
  await dialog.getByTestId('passphrase-input').fill(PASSPHRASE);
  await dialog.getByTestId('passphrase-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('workspace-name')).toHaveText('espace');
  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(8);

  // Back up, delete an interview, restore the backup: the 8 interviews are back.
  await page.getByTestId('nav-parametres').click();
  await expect(page.getByTestId('encrypted-status')).toHaveText('Chiffré');
  const backups = page.getByTestId('backups-card');
  await expect(backups.getByTestId('backup-row').first()).toBeVisible();
  const before = await backups.getByTestId('backup-row').count();
  await backups.getByTestId('backup-create').click();
  await expect(backups.getByRole('status')).toHaveText('Sauvegarde créée.');
  await expect(backups.getByTestId('backup-row')).toHaveCount(before + 1);
  await expect(backups.getByTestId('backup-row').first()).toContainText('manuelle');

  await page.getByTestId('nav-entretiens').click();
  await page.getByTestId('interview-row').filter({ hasText: 'Adlin Science' }).getByRole('link').click();
  await page.getByTestId('interview-delete-button').click();
  await page.getByTestId('interview-delete-confirm').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(7);

  await page.getByTestId('nav-parametres').click();
  const manual = backups.getByTestId('backup-row').filter({ hasText: 'manuelle' }).first();
  await manual.getByTestId('backup-restore').click();
  const confirm = page.getByTestId('backup-restore-dialog');
  await expect(confirm).toContainText('L’état actuel est d’abord sauvegardé');
  await confirm.getByTestId('backup-restore-confirm').click();
  await expect(confirm).toBeHidden({ timeout: 20_000 });
  await expect(backups.getByRole('status')).toContainText('restaurée');
  await expect(page.getByTestId('encrypted-status')).toHaveText('Chiffré');

  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(8);
});
