import { expect, test, type Page } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

/** The number an indicator card shows ("166 880 €" → 166880). */
async function indicator(page: Page, key: string): Promise<number> {
  const text = await page
    .locator(`[data-testid=indicator][data-indicator="${key}"] [data-testid=indicator-value]`)
    .innerText();
  return Number(text.replace(/\D/g, ''));
}

/** Adds a partner through the organisation picker (typing a name or an alias), a role and an amount. */
async function addPartner(
  page: Page,
  search: string,
  option: string | RegExp,
  role: string,
  funding: string,
) {
  const rows = page.getByTestId('partner-row');
  const before = await rows.count();
  await page.getByTestId('partner-add').click();
  await page.getByTestId('partner-org').fill(search);
  await page.getByRole('option', { name: option }).click();
  await page.getByTestId('partner-role').selectOption(role);
  await page.getByTestId('partner-funding').fill(funding);
  await page.getByTestId('partner-save').click();
  await expect(rows).toHaveCount(before + 1);
}

async function markDone(page: Page, step: string) {
  await page.locator(`[data-testid=step][data-step="${step}"]`).click();
  await page.getByTestId('step-status').selectOption('done');
  await expect(page.locator(`[data-testid=step][data-step="${step}"]`)).toHaveAttribute(
    'data-status',
    'done',
  );
}

test('a consultant builds a deployment project and the dashboard follows', async ({ page }) => {
  await page.goto(served.url);
  await page.getByTestId('nav-portefeuille').click();

  // The dashboard before: the demo's four projects.
  await page.getByTestId('portfolio-tab-dashboard').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect.poll(() => indicator(page, 'projects')).toBe(4);
  const fundingBefore = await indicator(page, 'funding');
  expect(fundingBefore).toBeGreaterThan(0);

  // A new project, its startup created on the spot from the provider picker.
  await page.getByTestId('project-new').click();
  const form = page.getByTestId('project-form');
  await form.getByTestId('project-form-name').fill('KinéConnect x Roche x Pfizer x CHU de Brest');
  await form.getByLabel('Solution', { exact: true }).fill('Rééducation à domicile suivie à distance');
  await form.getByTestId('project-form-provider').fill('KinéConnect');
  await page.getByRole('option', { name: 'Créer l’organisation « KinéConnect »' }).click();
  await expect(form.getByTestId('project-form-provider')).toHaveValue('KinéConnect');
  await form.getByLabel('Année de l’appel', { exact: true }).fill('2023');
  await form.getByTestId('project-form-submit').click();

  const detail = page.getByTestId('project-detail');
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText(
    'KinéConnect x Roche x Pfizer x CHU de Brest',
  );

  // A startup, two industrials and one establishment (found by its other name) with funding, typed the French way.
  await addPartner(page, 'KinéConnect', 'KinéConnect', 'startup', '');
  await expect(page.getByTestId('composition-warning')).toBeVisible();
  await addPartner(page, 'Roche', /^Roche$/, 'industrial', '45 000');
  await addPartner(page, 'Pfizer', /^Pfizer$/, 'industrial', '30000,50');
  await addPartner(page, 'CHRU de Brest', /^CHU de Brest/, 'establishment', '5 000');
  await expect(page.getByTestId('composition-ok')).toBeVisible();
  await expect(page.getByTestId('composition-warning')).toHaveCount(0);
  await expect(page.getByTestId('project-total-funding')).toHaveText(/80\s001\s€/);

  // Without one of the industrials, the typical composition is no longer met: a warning, not a block.
  await page.getByTestId('partner-row').filter({ hasText: 'Pfizer' }).getByTestId('partner-remove').click();
  await expect(page.getByTestId('partner-row')).toHaveCount(3);
  await expect(page.getByTestId('composition-warning')).toContainText('1 industriel(s) de santé');
  await expect(page.getByTestId('project-total-funding')).toHaveText(/50\s000\s€/);

  // Three deployment steps done.
  await markDone(page, 'planning');
  await markDone(page, 'training-awareness');
  await markDone(page, 'integration');
  await expect(page.getByTestId('steps-done')).toHaveText('3 étapes terminées sur 8');

  // A challenge observed, with an interview passage as evidence.
  await page.getByTestId('observation-add').click();
  const challenge = page.getByTestId('observation-challenge');
  const businessModel = await challenge
    .locator('option', { hasText: 'Modèle d' })
    .first()
    .getAttribute('value');
  await challenge.selectOption(businessModel!);
  await page.getByTestId('observation-evidence-add').click();
  const picker = page.getByTestId('evidence-picker');
  await expect(picker.getByTestId('evidence-option').first()).toBeVisible();
  const quote = (await picker.locator('blockquote').first().innerText()).trim();
  await picker.getByTestId('evidence-option').first().click();
  await picker.getByTestId('evidence-done').click();
  await expect(page.getByTestId('observation-form').getByTestId('evidence-quote')).toHaveCount(1);
  await page.getByTestId('observation-save').click();
  const observation = page.getByTestId('observation');
  await expect(observation).toHaveCount(1);
  await expect(observation).toContainText('Modèle d');
  await expect(observation.getByTestId('evidence-quote')).toContainText(quote.slice(0, 40));

  // Back on the dashboard: one more project, more funding, and the bars know which projects they hold.
  await page.getByText('Retour au portefeuille').click();
  await page.getByTestId('portfolio-tab-dashboard').click();
  await expect.poll(() => indicator(page, 'projects')).toBe(5);
  expect(await indicator(page, 'funding')).toBe(fundingBefore + 50_000);

  const years = page.locator('[data-testid=chart][data-chart="funding-year"]');
  await expect(years.locator('.recharts-bar-rectangle')).toHaveCount(2);
  await years.locator('.recharts-bar-rectangle').nth(1).click(); // 2021, then 2023
  const panel = page.getByTestId('chart-bar-projects');
  await expect(panel).toContainText('2023');
  await expect(panel.getByTestId('chart-bar-project')).toHaveCount(1);
  await expect(panel.getByTestId('chart-bar-project')).toHaveText(
    /KinéConnect x Roche x Pfizer x CHU de Brest/,
  );

  const statuses = page.locator('[data-testid=chart][data-chart="status"]');
  await statuses.locator('.recharts-bar-rectangle').first().click(); // Actif
  const active = page.getByTestId('chart-bar-projects');
  await expect(active).toContainText('Actif');
  await expect(active.getByTestId('chart-bar-project')).toHaveCount(4);
  await expect(active).toContainText('KinéConnect x Roche x Pfizer x CHU de Brest');
  await expect(active).not.toContainText('Adlin Science');

  // The filter applies to every figure: the 2023 call alone.
  await page.getByTestId('dashboard-filter-year').getByRole('button', { name: '2023' }).click();
  await expect.poll(() => indicator(page, 'projects')).toBe(1);
  expect(await indicator(page, 'funding')).toBe(50_000);
  await expect.poll(() => indicator(page, 'establishments')).toBe(1);

  // The open panel follows the filter; a project in it opens its page.
  await expect(active.getByTestId('chart-bar-project')).toHaveCount(1);
  await active.getByTestId('chart-bar-project').getByRole('link').click();
  await expect(page.getByTestId('project-detail').getByRole('heading', { level: 1 })).toHaveText(
    'KinéConnect x Roche x Pfizer x CHU de Brest',
  );
});

test('the directory finds an organisation by another name and merges a duplicate', async ({ page }) => {
  await page.goto(served.url);
  await page.getByTestId('nav-portefeuille').click();
  await page.getByTestId('portfolio-tab-organisations').click();
  await expect(page.getByTestId('org-row').first()).toBeVisible();

  await page.getByTestId('org-search').fill('CHRU de Brest');
  await expect(page.getByTestId('org-row')).toHaveCount(1);
  await expect(page.getByTestId('org-row')).toContainText('CHU de Brest');
  await page.getByTestId('org-search').fill('');

  // A duplicate typed by a colleague…
  await page.getByTestId('org-new').click();
  const form = page.getByTestId('org-form');
  await form.getByTestId('org-form-name').fill('Laboratoires Roche');
  await form.getByTestId('org-form-actor-type').selectOption('health-industrials');
  await form.getByTestId('org-form-submit').click();
  await expect(page.getByTestId('org-panel')).toContainText('Laboratoires Roche');

  // …merged into the organisation that has the projects: the confirmation says what moves.
  await page.getByTestId('org-merge-open').click();
  const merge = page.getByTestId('org-merge');
  await merge.getByTestId('org-merge-other').fill('Roche');
  await page.getByRole('option', { name: /^Roche$/ }).click();
  await merge.locator('[data-testid=org-merge-keep]').nth(1).check();
  await expect(merge.getByTestId('org-merge-summary')).toContainText('« Laboratoires Roche » deviendront');
  await merge.getByTestId('org-merge-submit').click();
  await expect(merge).toHaveCount(0);
  await expect(page.getByText('« Laboratoires Roche » a été fusionnée dans « Roche »')).toBeVisible();
  await expect(page.getByTestId('org-panel').getByRole('heading', { level: 2 })).toHaveText('Roche');
  await expect(page.getByTestId('org-panel')).toContainText('Laboratoires Roche');
  await page.getByTestId('org-search').fill('Laboratoires Roche');
  await expect(page.getByTestId('org-row')).toHaveCount(1);
  await expect(page.getByTestId('org-row')).toContainText('Roche');
  await expect(page.getByTestId('org-row')).toContainText('aussi appelée « Laboratoires Roche »');
});
