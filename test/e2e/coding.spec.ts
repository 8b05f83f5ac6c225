import { expect, test, type Page } from '@playwright/test';
import { serveWorkspace, type ServedWorkspace } from './host';

let served: ServedWorkspace;

test.beforeEach(async () => {
  served = await serveWorkspace({ demo: true });
});

test.afterEach(async () => {
  await served.stop();
});

const bars = (page: Page) => page.getByTestId('segment-bar');

/** Picks a code in the open palette by typing part of its name (accents optional) and pressing Enter. */
async function codeWith(page: Page, name: string) {
  await expect(page.getByTestId('code-palette')).toBeVisible();
  await page.keyboard.type(name);
  await expect(page.getByTestId('code-palette-option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('code-palette')).toBeHidden();
}

test('imports a .docx and a Windows-1252 transcript, codes two overlapping passages with the keyboard, undoes and redoes', async ({
  page,
}) => {
  await page.goto(served.url);
  await expect(page.getByTestId('interview-row')).toHaveCount(8);

  // Import both files at once.
  await page.getByTestId('import-button').click();
  await page
    .getByTestId('import-input')
    .setInputFiles([
      'test/fixtures/transcripts/entretien-chu.docx',
      'test/fixtures/transcripts/entretien-windows1252.txt',
    ]);
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('import-report-row')).toHaveCount(2);
  await expect(report).toContainText('2 fichiers importés');
  await expect(report.locator('[data-testid="import-report-row"][data-ok="true"]')).toHaveCount(2);
  await expect(report.getByTestId('import-report-row').nth(1)).toContainText('windows-1252');
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('interview-row')).toHaveCount(10);

  // The .docx kept its accents.
  await page.getByTestId('interview-row').filter({ hasText: 'entretien-chu' }).getByRole('link').click();
  await expect(page.getByTestId('transcript')).toContainText(
    'Pouvez-vous présenter votre rôle dans l’établissement ?',
  );
  await page.getByRole('link', { name: /Retour aux entretiens/ }).click();

  // The Windows-1252 text file too.
  await page
    .getByTestId('interview-row')
    .filter({ hasText: 'entretien-windows1252' })
    .getByRole('link')
    .click();
  const transcript = page.getByTestId('transcript');
  await expect(transcript).toContainText('dans votre établissement ?');
  await expect(transcript).toContainText(
    'Le cœur du sujet, c’est la sécurité des données, et l’œil de la CNIL.',
  );
  await expect(bars(page)).toHaveCount(0);

  // 1. Place the caret in Paul Leroy's second answer, select its first sentence with "s", code it.
  const turn = page.getByTestId('transcript-turn').filter({ hasText: 'Surtout un travail de conviction' });
  await turn.locator('.turn-text').click({ position: { x: 4, y: 8 } });
  await page.keyboard.press('s');
  await page.keyboard.press('c');
  await codeWith(page, 'professionnels de sante');
  await expect(bars(page)).toHaveCount(1);
  const panel = page.getByTestId('segment-panel');
  await expect(panel.getByTestId('segment-quote')).toHaveText(
    'Surtout un travail de conviction auprès des médecins…',
  );
  await expect(panel.getByTestId('segment-code-chip')).toHaveText([/Professionnels de santé/]);

  // 2. An overlapping passage: from the end of the first, back 9 characters, then Shift+→ over the next words.
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 20; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe('médecins… Le cœur du');
  await page.keyboard.press('c');
  await codeWith(page, 'etablissements de sante');
  await expect(bars(page)).toHaveCount(2);
  await expect(panel.getByTestId('segment-quote')).toHaveText('médecins… Le cœur du');
  // where they overlap, the text carries both segments
  await expect(turn.locator('.seg-multi')).toHaveText('médecins…');

  // 3. Undo and redo the second coding.
  await page.keyboard.press('Control+z');
  await expect(bars(page)).toHaveCount(1);
  await expect(page.getByTestId('history-status')).toContainText('Annulé : Coder le passage');
  await page.keyboard.press('Control+Shift+Z');
  await expect(bars(page)).toHaveCount(2);
  await expect(page.getByTestId('history-status')).toContainText('Rétabli : Coder le passage');

  // The toolbar says what the buttons would do, and they do it too.
  await expect(page.getByTestId('undo-button')).toHaveAccessibleName('Annuler : Coder le passage');
  await page.getByTestId('undo-button').click();
  await expect(bars(page)).toHaveCount(1);
  await page.getByTestId('redo-button').click();
  await expect(bars(page)).toHaveCount(2);

  // Coded segments survive a reload.
  await page.reload();
  await expect(bars(page)).toHaveCount(2);

  // Both passages show in the verbatims when filtering on their parent challenge. Imported interviews
  // have no date yet, so they come first in the list.
  await page.getByTestId('nav-verbatims').click();
  const filter = page.getByTestId('verbatim-code-filter');
  const parent = await filter
    .locator('option', { hasText: "Adoption par l'utilisateur final" })
    .first()
    .getAttribute('value');
  await filter.selectOption(parent!);
  await expect(page.getByTestId('verbatim-count')).toHaveText('18 verbatims');
  const rows = page.getByTestId('verbatim-row');
  await expect(rows.nth(0)).toContainText('Surtout un travail de conviction auprès des médecins…');
  await expect(rows.nth(1)).toContainText('médecins… Le cœur du');

  // And one of them is found by searching its words typed without accents.
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').fill('conviction medecins');
  const hit = page.getByTestId('search-result').filter({ hasText: 'entretien-windows1252' }).first();
  await expect(
    hit
      .locator('mark')
      .filter({ hasText: /^médecins$/ })
      .first(),
  ).toBeVisible();
});
