/**
 * The questionnaire in every locale (fr, falc, en, ar, es): axe-core (WCAG 2.0/2.1/2.2 A and AA) on the first
 * question, its error state, « Vérifiez vos réponses » and one result; html lang/dir. Then a screenshot of the
 * Arabic result (test-results/ar-result.png) with its right-to-left checks.
 */
import { expect, test } from '@playwright/test';
import { dirOf, langOf, locales } from '../src/i18n/routes.ts';
import { expectNoA11yViolations } from './helpers/axe.ts';
import { openQuestionnaireIn, resumeAt, submitButton } from './helpers/locales.ts';
import { heading, type Answers } from './helpers/questionnaire.ts';

/** A salarié in arrêt, in Alpes-de-Haute-Provence: PDP, one BAL, reasons, dispositifs. */
const salarie: Answers = {
  qui: 'moi',
  besoin: ['travail'],
  regime: 'general',
  situation: 'salarie',
  contrat: 'en_cours',
  arret: '3_mois_ou_plus',
  travail_menace: 'oui',
  invalidite: 'non',
  sante: ['maladie_grave'],
  difficultes: ['argent', 'moral'],
  complementaire: 'oui',
  departement: '04',
};

for (const locale of locales) {
  test.describe(`questionnaire in ${locale}`, () => {
    test('first question and its error state', async ({ page }) => {
      await openQuestionnaireIn(page, locale);
      await expect(page.locator('html')).toHaveAttribute('lang', langOf(locale));
      await expect(page.locator('html')).toHaveAttribute('dir', dirOf(langOf(locale)));
      await expect(page.locator('main input[name="qui"]').first()).toBeVisible();
      await expectNoA11yViolations(page, `${locale}: first question`);
      await submitButton(page).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expectNoA11yViolations(page, `${locale}: first question, error state`);
    });

    test('check answers and a result', async ({ page }) => {
      await resumeAt(page, locale, 'fin', salarie);
      await expect(page.locator('main .summary-list')).toBeVisible();
      await expectNoA11yViolations(page, `${locale}: check answers`);
      await resumeAt(page, locale, 'resultat', salarie);
      await expect(page.locator('main .result')).toBeVisible();
      await expectNoA11yViolations(page, `${locale}: result`);
    });
  });
}

test('Arabic result: right to left, phone numbers and addresses left to right (screenshot test-results/ar-result.png)', async ({
  page,
}) => {
  await resumeAt(page, 'ar', 'resultat', salarie);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(heading(page)).toBeVisible();
  // The heading starts at the right edge of the page's column.
  const box = await heading(page).boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, 'h1 box').not.toBeNull();
  if (box) expect(box.x + box.width, 'h1 aligned to the right').toBeGreaterThan(width / 2);
  // Every phone number and e-mail address is isolated left to right (« Envoyer par e-mail » shows words, not an address).
  const unisolated = await page.locator('main a[href^="tel:"], main a[href^="sms:"], main a[href^="mailto:"]:not(.share a)').evaluateAll((links) =>
    links.filter((a) => !a.querySelector('bdi[dir="ltr"]') && getComputedStyle(a).direction !== 'ltr').map((a) => a.outerHTML.slice(0, 100)),
  );
  expect(unisolated, 'tel:/sms:/mailto: links without <bdi dir="ltr">').toEqual([]);
  await page.screenshot({ path: 'test-results/ar-result.png', fullPage: true });
});
