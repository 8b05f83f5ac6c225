import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../db/seed/demo-content';
import { findNames } from '../../shared/pseudonymise';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

/** Every way the demo people are written: full names, first names, surnames and the aliases of the seed. */
const NAMES = [
  ...new Set(
    demoPeople.flatMap((p) => {
      const [first, ...rest] = p.fullName.split(' ');
      return [p.fullName, first!, rest.join(' '), ...p.aliases];
    }),
  ),
];

/** The names of demo people the page shows (its text as a user reads it, the options of its lists included). */
async function namesOnScreen(page: Page): Promise<string[]> {
  return findNames(await page.evaluate(() => document.body.innerText), NAMES);
}

/** Waits until the page shows no name (the names to hide load once the mode is on). */
async function expectNoNames(page: Page, where: string): Promise<void> {
  await expect.poll(() => namesOnScreen(page), { message: where }).toEqual([]);
}

test('presentation mode shows pseudonyms instead of names on every screen, and names come back when it is off', async ({
  page,
}) => {
  await page.goto(served.url);
  await expect(page.getByTestId('interview-row')).toHaveCount(8);

  // Before: the workbench names people in the text and as speakers.
  const roche = page.getByTestId('interview-row').filter({ hasText: 'Roche' }).first().getByRole('link');
  await roche.click();
  const transcript = page.getByTestId('transcript');
  await expect(transcript).toBeVisible();
  expect((await namesOnScreen(page)).length).toBeGreaterThan(0);

  // On, from the settings.
  await page.getByTestId('nav-parametres').click();
  await page.getByTestId('presentation-toggle').check();
  await expect(page.getByTestId('presentation-badge')).toBeVisible();

  // The interviews list and the interviewer filter.
  await page.getByTestId('nav-entretiens').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(8);
  await expectNoNames(page, 'interviews list');
  await expect(page.getByTestId('interview-interviewer-filter')).toContainText('Conseil-2');

  // An interview's sheet and workbench: speakers and text with pseudonyms, coding off and said so.
  await roche.click();
  await expect(transcript).toBeVisible();
  await expect(transcript).toContainText('Bonjour Pharma-1, merci d’avoir pris ce temps.');
  await expect(page.getByTestId('transcript-turn').nth(1).locator('.speaker')).toHaveText('Pharma-1');
  await expect(page.getByTestId('code-button')).toBeDisabled();
  await expect(page.getByTestId('workbench-help')).toContainText('le codage est désactivé');
  await expect(page.getByTestId('interview-edit-button')).toBeDisabled();
  await expectNoNames(page, 'workbench');
  // A coded passage opens read-only: its quote, speaker and memo name nobody either.
  await page.getByTestId('segment-bar').first().click();
  await expect(page.getByTestId('segment-panel')).toBeVisible();
  await expect(page.getByTestId('segment-memo')).toHaveJSProperty('readOnly', true);
  await expect(page.getByTestId('segment-add-code')).toBeDisabled();
  await expect(page.getByTestId('segment-uncode')).toBeDisabled();
  await expectNoNames(page, 'segment panel');
  await page.screenshot({ path: 'test-results/presentation-workbench.png', fullPage: false });
  const memo = await page.getByTestId('segment-memo').inputValue();
  expect(findNames(memo, NAMES)).toEqual([]);

  // The verbatims: quotes, people, interviewers.
  await page.getByTestId('nav-verbatims').click();
  await expect(page.getByTestId('verbatim-row').first()).toBeVisible();
  await expectNoNames(page, 'verbatims');
  await expect(page.getByTestId('verbatim-list')).toContainText('Pharma-1');

  // A search for a name finds its passages, shown with the pseudonym.
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').fill('Aurelie');
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  await expect(page.getByTestId('search-result').first()).toContainText('Pharma-1');
  await expectNoNames(page, 'search results');
  // and the passages it would code, previewed
  await page.getByTestId('search-code-results').click();
  await expect(page.getByTestId('search-candidate').first()).toContainText('Pharma-1');
  await expectNoNames(page, 'coding from the search');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-dialog')).toBeHidden();

  // An analysis drill-down: the verbatims behind a number.
  await page.getByTestId('nav-analyses').click();
  const cell = page.locator('[data-testid="matrix-cell"]:not([data-count="0"])').first();
  await cell.click();
  const panel = page.getByTestId('drilldown');
  await expect(panel.getByTestId('drilldown-item').first()).toBeVisible();
  await expectNoNames(page, 'analysis drill-down');
  await expect(panel).toContainText(/Pharma-1|Hôpital-1|Syndicat-1|Pôle-1|Patients-1|Clinique-1|Startup-1/);

  // Off (the badge): the names are back.
  await page.getByTestId('presentation-badge').click();
  await expect(page.getByTestId('presentation-badge')).toBeHidden();
  await page.getByTestId('nav-entretiens').click();
  await roche.click();
  await expect(transcript).toContainText('Bonjour Aurélie, merci d’avoir pris ce temps.');
  await expect(page.getByTestId('code-button')).toBeEnabled();
  await expect(page.getByTestId('transcript-turn').nth(1).locator('.speaker')).toHaveText('Aurélie');
});
