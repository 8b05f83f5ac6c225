import { expect, test, type Locator, type Page } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

const row = (page: Page, key: string) => page.locator(`[data-testid="matrix-row"][data-code-key="${key}"]`);

/** The key of the column whose header reads `label`. */
async function columnKey(matrix: Locator, label: RegExp): Promise<string> {
  const key = await matrix.locator('thead th[data-col]').filter({ hasText: label }).getAttribute('data-col');
  expect(key, String(label)).toBeTruthy();
  return key!;
}

test('the recurrence matrix flags the recurring challenges and opens the evidence behind every number', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByTestId('nav-analyses').click();
  await expect(page.getByTestId('analyses-view')).toBeVisible();

  // Default: the challenges × projects, counting distinct projects, threshold 2.
  const matrix = page.getByTestId('matrix');
  await expect(matrix).toBeVisible();
  await expect(page.getByTestId('matrix-columns')).toHaveValue('projects');
  await expect(page.getByTestId('matrix-unit')).toHaveValue('projects');
  await expect(page.getByTestId('matrix-threshold')).toHaveValue('2');

  // Adoption by health professionals and data interoperability in three projects, business model in two
  // (and the adoption parent, which rolls its children up); nothing else reaches two projects.
  const recurring = matrix.locator('[data-testid="matrix-row"][data-recurring="true"]');
  await expect(recurring).toHaveCount(4);
  expect(
    (await recurring.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code-key')))).sort(),
  ).toEqual([
    'adoption-health-professionals',
    'business-model',
    'data-interoperability-privacy-security',
    'end-user-adoption',
  ]);
  for (const [key, total] of [
    ['adoption-health-professionals', '3'],
    ['data-interoperability-privacy-security', '3'],
    ['business-model', '2'],
  ] as const) {
    await expect(row(page, key).getByTestId('recurring-badge')).toHaveText('récurrent');
    await expect(row(page, key).getByTestId('matrix-row-total')).toHaveAttribute('data-count', total);
  }
  await expect(row(page, 'market-resilience-agility').getByTestId('recurring-badge')).toHaveCount(0);

  // DirectoSanté: no challenge attributed, an empty column.
  const directo = await columnKey(matrix, /DirectoSant/);
  const directoCells = matrix.locator(`[data-testid="matrix-cell"][data-col="${directo}"]`);
  expect(await directoCells.count()).toBeGreaterThan(10);
  expect(
    new Set(await directoCells.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-count')))),
  ).toEqual(new Set(['0']));
  await expect(matrix.locator(`[data-testid="matrix-col-total"][data-col="${directo}"]`)).toHaveAttribute(
    'data-count',
    '0',
  );

  // One cell: adoption by health professionals × GutyCare — one project, the evidence that makes it.
  const guty = await columnKey(matrix, /GutyCare/);
  const cell = row(page, 'adoption-health-professionals').locator(
    `[data-testid="matrix-cell"][data-col="${guty}"]`,
  );
  await expect(cell).toHaveAttribute('data-count', '1');
  await cell.click();
  const panel = page.getByTestId('drilldown');
  await expect(panel).toBeVisible();
  await expect(panel.getByText('1 projet', { exact: true })).toBeVisible();
  await expect(panel.getByTestId('drilldown-group')).toHaveCount(1);
  await expect(panel.getByTestId('drilldown-group')).toContainText('GutyCare');
  await expect(panel.locator('[data-testid="drilldown-item"][data-source="observation"]')).toHaveCount(1);
  await expect(panel.locator('[data-testid="drilldown-item"][data-source="verbatim"]').first()).toContainText(
    'tableau de bord',
  );

  // The row total: three projects, one group each, named after them.
  await row(page, 'adoption-health-professionals').getByTestId('matrix-row-total').click();
  await expect(panel.getByText('3 projets', { exact: true })).toBeVisible();
  const groups = panel.getByTestId('drilldown-group');
  await expect(groups).toHaveCount(3);
  for (const name of [/Adlin Science/, /GutyCare/, /Octopize/])
    await expect(groups.filter({ hasText: name })).toHaveCount(1);

  // Switch the columns to actor types, then back: the matrix follows and the counts come back.
  await page.getByTestId('matrix-columns').selectOption('actor-types');
  await expect(matrix).toHaveAttribute('data-columns', 'actor-types');
  await expect(matrix.locator('thead th[data-col="health-establishments"]')).toBeVisible();
  await expect(matrix.locator('thead th[data-col]').filter({ hasText: /GutyCare/ })).toHaveCount(0);
  await page.getByTestId('matrix-columns').selectOption('projects');
  await expect(matrix).toHaveAttribute('data-columns', 'projects');
  await expect(matrix.locator('thead th[data-col]').filter({ hasText: /GutyCare/ })).toHaveCount(1);
  await expect(row(page, 'adoption-health-professionals').getByTestId('matrix-row-total')).toHaveAttribute(
    'data-count',
    '3',
  );
  await expect(matrix.locator('[data-testid="matrix-row"][data-recurring="true"]')).toHaveCount(4);

  // A verbatim opens in its transcript, on its passage.
  await row(page, 'adoption-health-professionals').getByTestId('matrix-row-total').click();
  await panel.getByTestId('open-in-transcript').first().click();
  await expect(page).toHaveURL(/#\/entretiens\/[^?]+\?segment=/);
});

test('the threshold, the implied challenges and a saved analysis', async ({ page }) => {
  await page.goto(served.url);
  await page.getByTestId('nav-analyses').click();
  const matrix = page.getByTestId('matrix');
  await expect(matrix.locator('[data-testid="matrix-row"][data-recurring="true"]')).toHaveCount(4);

  // Technology understanding: Octopize explicit, Adlin Science only implied — not counted until asked.
  const tech = row(page, 'technology-understanding').getByTestId('matrix-row-total');
  await expect(tech).toHaveAttribute('data-count', '1');
  await page.getByTestId('matrix-implied').check();
  await expect(tech).toHaveAttribute('data-count', '2');
  await page.getByTestId('matrix-implied').uncheck();
  await expect(tech).toHaveAttribute('data-count', '1');

  // A threshold of 3 leaves the challenges found in all three analysed projects.
  await page.getByTestId('matrix-threshold').fill('3');
  await expect(matrix.locator('[data-testid="matrix-row"][data-recurring="true"]')).toHaveCount(3);
  await expect(row(page, 'business-model')).toHaveAttribute('data-recurring', 'false');

  // Saved with its settings; reopened after changing them, it restores them.
  await page.getByTestId('save-analysis').click();
  await page.getByTestId('save-analysis-name').fill('Enjeux dans les 3 projets');
  await page.getByTestId('save-analysis-confirm').click();
  await expect(page.getByTestId('save-analysis-dialog')).toHaveCount(0);
  await page.getByTestId('matrix-threshold').fill('2');
  await page.getByTestId('matrix-columns').selectOption('interviewees');
  await expect(matrix).toHaveAttribute('data-columns', 'interviewees');

  const saved = page.getByTestId('saved-analyses');
  await saved.locator('summary').click();
  const item = saved.getByTestId('saved-analysis').filter({ hasText: 'Enjeux dans les 3 projets' });
  await expect(item).toHaveCount(1);
  await item.getByTestId('saved-open').click();
  await expect(page.getByTestId('matrix-threshold')).toHaveValue('3');
  await expect(page.getByTestId('matrix-columns')).toHaveValue('projects');
  await expect(matrix).toHaveAttribute('data-columns', 'projects');
  await expect(matrix.locator('[data-testid="matrix-row"][data-recurring="true"]')).toHaveCount(3);

  // Deleted, it leaves the list.
  await saved.locator('summary').click();
  await item.getByTestId('saved-delete').click();
  await item.getByTestId('saved-delete-confirm').click();
  await expect(saved.getByTestId('saved-analysis')).toHaveCount(0);
});

test('the other analyses: who raises what, co-occurrence and frequencies share the filter bar', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByTestId('nav-analyses').click();
  await expect(page.getByTestId('filter-bar')).toBeVisible();

  await page.getByTestId('analysis-tab-actors').click();
  await expect(page.getByTestId('actors-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();

  await page.getByTestId('analysis-tab-cooccurrence').click();
  const cooc = page.getByTestId('cooccurrence');
  await expect(cooc.getByTestId('cooc-pair').first()).toBeVisible();
  await cooc.getByTestId('cooc-pair').first().click();
  const panel = page.getByTestId('drilldown');
  await expect(panel.getByTestId('drilldown-item').first()).toBeVisible();
  await expect(panel.getByTestId('drilldown-item').first().locator('blockquote')).not.toBeEmpty();

  await page.getByTestId('analysis-tab-frequencies').click();
  await expect(page.getByTestId('frequencies').getByTestId('frequency-row').first()).toBeVisible();

  // A filter set on one tab holds on the others: only the patient association's interview.
  await page.getByTestId('filter-organisations').locator('summary').click();
  await page.getByTestId('filter-organisations').getByLabel('France Assos Santé').check();
  await page.keyboard.press('Escape');
  await page.getByTestId('analysis-tab-matrix').click();
  await page.getByTestId('matrix-unit').selectOption('interviews');
  const matrix = page.getByTestId('matrix');
  await expect(matrix).toHaveAttribute('data-unit', 'interviews');
  await expect(row(page, 'adoption-health-professionals').getByTestId('matrix-row-total')).toHaveAttribute(
    'data-count',
    '1',
  );
  await expect(matrix.locator('[data-testid="matrix-row"][data-recurring="true"]')).toHaveCount(0);
});
