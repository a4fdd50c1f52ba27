/** Printing the result: only what a person takes away (the orientation and whom to call), no navigation. */
import { expect, test } from '@playwright/test';
import { content, heading, layout, persona, playToResult, ui } from './helpers/questionnaire.ts';

test('the printed result hides the header links, the footer and the buttons, keeps the heading and the 3646', async ({ page }) => {
  await playToResult(page, persona('valerie-secretaire-manosque').answers);
  const buttons = page.locator('main').getByRole('button');
  await expect(buttons.first()).toBeVisible();

  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: layout.nav.label })).toBeHidden();
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

  await expect(heading(page)).toBeVisible();
  await expect(heading(page)).toHaveText(ui.result.title);
  await expect(page.locator('main a[href="tel:3646"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: content.axe.pdp.title, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'servicesocialdigne@carsat-sudest.fr' })).toBeVisible();

  // Back on screen, everything returns.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: ui.result.print, exact: true })).toBeVisible();
});
