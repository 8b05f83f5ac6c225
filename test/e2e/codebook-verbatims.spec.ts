import { expect, test, type Page } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

/** A code's row in the tree, found by the start of its accessible name ("<name> — <usage>"). */
function codeRow(page: Page, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.locator('.code-row', { has: page.getByRole('button', { name: new RegExp(`^${escaped} —`) }) });
}

/** Picks an option of the (indented) code select by the code's name. */
async function selectCode(page: Page, testId: string, name: string) {
  const select = page.getByTestId(testId);
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  await select.selectOption(value!);
}

test('the verbatims filtered by a parent challenge show the verbatims coded with its children', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByTestId('nav-verbatims').click();
  await expect(page.getByTestId('verbatim-count')).toHaveText('60 verbatims');
  await expect(page.getByTestId('verbatim-row').first()).toBeVisible();

  await selectCode(page, 'verbatim-code-filter', "Adoption par l'utilisateur final");
  // No passage is coded with the parent itself: these are its three children's 6 + 6 + 4.
  await expect(page.getByTestId('verbatim-count')).toHaveText('16 verbatims');
  const rows = page.getByTestId('verbatim-row');
  await expect(rows.first()).toBeVisible();
  const children = /Patients, proches et aidants|Professionnels de santé|Établissements de santé/;
  for (const row of await rows.all())
    await expect(row.locator('.code-chip').filter({ hasText: children }).first()).toBeVisible();

  // Copy a quotation, pseudonymised and sourced, then open the passage in its interview.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await rows.first().getByTestId('verbatim-copy').click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copiée' })).toBeAttached();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^« .+ » — [^,]+, [^,]+, \d{1,2} \p{L}+ \d{4} \(Entretien « .+ »\)$/u);

  await rows.first().getByTestId('verbatim-open').click();
  await expect(page).toHaveURL(/#\/entretiens\/[^?]+\?segment=[^&]+&at=\d+$/);
});

test('a search typed without accents finds the accented word, highlights it and opens it in context', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByTestId('search-open').click();
  const dialog = page.getByTestId('search-dialog');
  await expect(dialog).toBeVisible();

  // A malformed query shows the server's message in the dialog.
  await page.getByTestId('search-input').fill('"cadre');
  await expect(page.getByTestId('search-error')).toContainText('Guillemet non fermé');

  await page.getByTestId('search-input').fill('reglementaire');
  const first = page.getByTestId('search-result').first();
  await expect(first.locator('mark').first()).toHaveText(/^réglementaire$/i);
  const title = (await first.locator('.search-result-title').innerText()).trim();
  await page.getByTestId('search-input').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/entretiens\/[^?]+\?(segment=[^&]+&)?at=\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // Ctrl+K opens the search again from anywhere.
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('search results can be coded in one action, after pruning the preview', async ({ page }) => {
  await page.goto(served.url);
  await page.getByTestId('nav-verbatims').click();
  await selectCode(page, 'verbatim-code-filter', 'Conformité dès la conception');
  await expect(page.getByTestId('verbatim-count')).toHaveText('1 verbatim');

  await page.getByTestId('search-open').click();
  await page.getByTestId('search-input').fill('securite');
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  await page.getByTestId('search-code-results').click();
  const candidates = page.getByTestId('search-candidate');
  await expect(candidates).toHaveCount(2);
  await candidates.nth(1).uncheck();
  await selectCode(page, 'search-code-picker', 'Conformité dès la conception');
  await expect(page.getByTestId('search-code-apply')).toHaveText('Coder 1 passage');
  await page.getByTestId('search-code-apply').click();
  await expect(page.getByTestId('search-code-result')).toContainText(
    '1 passage codé avec « Conformité dès la conception »',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('verbatim-count')).toHaveText('2 verbatims');
});

test('renaming a code and merging two codes update the tree and its counts', async ({ page }) => {
  await page.goto(served.url);
  await page.getByTestId('nav-codebook').click();
  await expect(codeRow(page, "Adoption par l'utilisateur final")).toBeVisible();
  await codeRow(page, "Adoption par l'utilisateur final")
    .getByRole('button', { name: /^Déplier/ })
    .click();
  const adoption = codeRow(page, "Adoption par l'utilisateur final");
  await expect(adoption.getByTestId('code-count-segments')).toHaveText('Σ 16');

  // Rename in place: double-click, type, Enter.
  await codeRow(page, 'Patients, proches et aidants').getByTestId('code-name').dblclick();
  await page.getByTestId('code-rename-input').fill('Patients et aidants');
  await page.getByTestId('code-rename-input').press('Enter');
  await expect(codeRow(page, 'Patients et aidants')).toBeVisible();
  await expect(codeRow(page, 'Patients, proches et aidants')).toHaveCount(0);

  // Merge "Établissements de santé" (4 segments in 2 interviews) into "Patients et aidants" (6 in 2).
  const source = codeRow(page, 'Établissements de santé');
  await expect(source.getByTestId('code-count-segments')).toHaveText('4');
  await source.getByTestId('code-name').click();
  await expect(page.getByTestId('code-edit-panel')).toContainText(
    'Utilisé pour 4 segments dans 2 entretiens.',
  );
  await page.getByTestId('code-merge').click();
  await selectCode(page, 'code-merge-target', 'Patients et aidants');
  await expect(page.getByTestId('code-merge-summary')).toContainText(
    '4 codages passeront de « Établissements de santé » à « Patients et aidants ».',
  );
  await page.getByTestId('code-merge-confirm').click();
  await expect(page.getByTestId('codebook-status')).toContainText('4 codages déplacés');

  const target = codeRow(page, 'Patients et aidants');
  await expect(target.getByTestId('code-count-segments')).toHaveText('10');
  await expect(target.getByTestId('code-count-interviews')).toHaveText('4');
  await expect(codeRow(page, 'Établissements de santé')).toHaveCount(0);
  // Nothing lost: the parent's roll-up is unchanged, and the verbatims follow.
  await expect(adoption.getByTestId('code-count-segments')).toHaveText('Σ 16');
  await page.getByTestId('code-show-verbatims').click();
  await expect(page.getByTestId('verbatim-count')).toHaveText('10 verbatims');
});

test('a code dragged onto another becomes its sub-code; deleting it says what goes to the trash; the CSV round-trips', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByTestId('nav-codebook').click();
  const business = codeRow(page, "Modèle d'affaires");
  await codeRow(page, 'Résilience et agilité face au marché').dragTo(business, {
    targetPosition: { x: 200, y: 12 },
  });
  await expect(page.getByTestId('codebook-status')).toContainText(
    "« Résilience et agilité face au marché » déplacé sous « Modèle d'affaires »",
  );
  const businessNode = page.getByTestId('code-node').filter({ has: business });
  await expect(
    businessNode.locator('ul').getByRole('button', { name: /^Résilience et agilité face au marché —/ }),
  ).toBeVisible();
  await expect(business.getByTestId('code-count-segments')).toHaveText('Σ 6');

  await business.getByTestId('code-name').click();
  await page.getByTestId('code-delete').click();
  const dialog = page.getByTestId('code-delete-dialog');
  await expect(dialog).toContainText("« Modèle d'affaires » et son sous-code iront à la corbeille.");
  await expect(dialog).toContainText('6 codages sont concernés');
  await page.getByTestId('code-delete-confirm').click();
  await expect(codeRow(page, "Modèle d'affaires")).toHaveCount(0);
  await expect(codeRow(page, 'Résilience et agilité face au marché')).toHaveCount(0);
  await page.getByTestId('codebook-status').getByRole('button', { name: 'Annuler' }).click();
  await expect(codeRow(page, "Modèle d'affaires")).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('codebook-export-csv').click(),
  ]);
  expect(download.suggestedFilename()).toBe('codebook.csv');
  const csv = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(csv).toContain("Enjeux du déploiement > Modèle d'affaires,Résilience et agilité face au marché");

  await page.getByTestId('codebook-import-csv').setInputFiles({
    name: 'ajouts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      "chemin,nom,couleur\nEnjeux du déploiement,Coût d'opportunité,#117a65\n,Sans couleur valide,rouge\n",
    ),
  });
  await expect(page.getByTestId('codebook-import-summary')).toHaveText('1 code créé · 0 code mis à jour');
  await expect(page.getByTestId('codebook-import-errors')).toContainText(
    'Ligne 3 : Couleur invalide « rouge »',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('codebook-import-report')).toBeHidden();
  await expect(codeRow(page, "Coût d'opportunité")).toBeVisible();
});
