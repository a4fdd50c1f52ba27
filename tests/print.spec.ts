/**
 * Printing the result: one A4 page to take to the appointment (the answer, the actions and contacts, the
 * axes and aids by name, the answers in short, the date, the site's address and the content version), no
 * navigation, no buttons.
 */
import { expect, test, type Page } from '@playwright/test';
import rules from '../src/content/orientation.json' with { type: 'json' };
import { content, expectResult, heading, layout, persona, playToResult, ui, type Answers } from './helpers/questionnaire.ts';
import { resumeAt } from './helpers/locales.ts';

const seeds = ['paul-commercant-marseille', 'christian-ingenieur-aix', 'valerie-secretaire-manosque'] as const;

/** Pages of a PDF: its `/Type /Page` objects (not the `/Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function printedPages(page: Page, answers: Answers): Promise<number> {
  await resumeAt(page, 'fr', 'resultat', answers);
  await expectResult(page);
  return pdfPages(await page.pdf({ format: 'A4' }));
}

test('the printed result hides the header links, the footer and the buttons, keeps the answer, the 3646 and the source', async ({ page }) => {
  await playToResult(page, persona('valerie-secretaire-manosque').answers);
  const buttons = page.locator('main').getByRole('button');
  await expect(buttons.first()).toBeVisible();
  await expect(page.locator('.print-answers')).toBeHidden();

  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: layout.nav.label })).toBeHidden();
  await expect(page.locator('header details')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  for (const name of [ui.result.print, ui.result.edit, ui.restart]) {
    await expect(page.getByRole('button', { name, exact: true }), `button "${name}"`).toBeHidden();
  }
  const count = await page.locator('button').count();
  for (let i = 0; i < count; i += 1) {
    await expect(page.locator('button').nth(i), `button #${i}`).toBeHidden();
  }
  // The summary checkbox is a screen-only control.
  await expect(page.locator('#mail-summary')).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();

  await expect(heading(page)).toHaveText(ui.result.heading.service);
  await expect(page.getByText(ui.result.date.replace('{{date}}', ''), { exact: false })).toBeVisible();
  await expect(page.locator('main a[href="tel:3646"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: content.axe.pdp.title, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'servicesocialdigne@carsat-sudest.fr' })).toBeVisible();
  // On paper only: the answers in short, the site's address and the content version.
  await expect(page.getByRole('heading', { level: 2, name: ui.result.printAnswers })).toBeVisible();
  await expect(page.locator('.print-answers li')).not.toHaveCount(0);
  const source = page.locator('.print-source');
  await expect(source).toBeVisible();
  await expect(source).toContainText(`127.0.0.1:${process.env['TEST_PORT'] ?? '4321'}/`);
  await expect(source).toContainText(String(rules.version));

  // Back on screen, everything returns.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: ui.result.print, exact: true })).toBeVisible();
  await expect(page.locator('.print-answers')).toBeHidden();
});

test.describe('one A4 page', () => {
  for (const id of seeds) {
    test(`${id}: the printed result is one A4 page`, async ({ page }) => {
      expect(await printedPages(page, persona(id).answers)).toBe(1);
    });
  }
});
