/**
 * The contacts page's search renders a contact with the result's own ContactCard: the 3646 is a link inside
 * the card (never lost from a sentence), the same texts as the result, plurals by i18next (Arabic's dual),
 * results as the person types (debounced) as well as on « Chercher ».
 */
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './helpers/axe.ts';
import { arabic, dialOf, pagesOf, uiOf } from './helpers/result.ts';

const results = (page: import('@playwright/test').Page) => page.locator('[data-geo-results] > li');

test('a commune’s card: the 3646 as a link with its instruction, the mailbox said once to be confirmed', async ({ page }) => {
  await page.goto('/contacts/');
  const field = page.getByLabel(uiOf.fr.geo.label, { exact: true });
  await field.fill('Porto-Vecchio');
  await page.getByRole('button', { name: pagesOf.fr.pages.contacts.searchButton }).click();
  const card = results(page).first();
  await expect(card.getByText(uiOf.fr.contact.byPhone, { exact: true })).toBeVisible();
  const phone = card.locator(`a[href="tel:${dialOf('cpam_3646')}"]`);
  await expect(phone).toHaveText('3646');
  await expect(card).not.toContainText('appelez le .');
  await expect(card.getByText(uiOf.fr.contact.unconfirmed_one.replace('{{phone}}', '3646'), { exact: true })).toBeVisible();
  await expect(card.getByText(uiOf.fr.contact.byMail_one, { exact: true })).toBeVisible();
  await expect(card.locator('a[href^="mailto:"]')).toHaveText(['servicesocialajaccio@carsat-sudest.fr']);
  await expectNoA11yViolations(page, '/contacts/ search result card');
});

test('search as you type: the results come without pressing « Chercher », and no error while typing', async ({ page }) => {
  await page.goto('/contacts/');
  const field = page.getByLabel(uiOf.fr.geo.label, { exact: true });
  await field.pressSequentially('1378', { delay: 50 });
  await expect(page.locator('#recherche-commune-error')).toBeHidden();
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await field.press('0');
  await expect(results(page)).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText(pagesOf.fr.pages.contacts.searchCount_other.replace('{{count}}', '2'));
  // « Chercher » still says what is wrong.
  await field.fill('1300');
  await page.getByRole('button', { name: pagesOf.fr.pages.contacts.searchButton }).click();
  await expect(page.locator('#recherche-commune-error')).toContainText(uiOf.fr.geo.problem.postalLength);
});

test('in Arabic, plurals by i18next: two communes, two mailboxes (the dual)', async ({ page }) => {
  await page.goto('/ar/contacts/');
  await page.getByLabel(uiOf.ar.geo.label, { exact: true }).fill('13780');
  await expect(results(page)).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText(arabic.pages.contacts.searchCount_two);
  await expect(results(page).first().getByText(arabic.ui.contact.byMail_two, { exact: true })).toBeVisible();
  await expect(results(page).first().getByText(arabic.ui.contact.unconfirmed_two.replace('{{phone}}', '3646'), { exact: true })).toBeVisible();
  await expect(results(page).nth(1).getByText(arabic.ui.contact.byMail_one, { exact: true })).toBeVisible();
});
