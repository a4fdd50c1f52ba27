/**
 * The answer first, on a phone (390 × 844), for the seed situations of seed 001 (Paul, Christian, Valérie):
 * the heading answers, the right door's phone link is on the first screen, the result reads in at most 450
 * visible words (details closed) in every locale, FALC shorter than French; the header is at most 120 px and
 * « Commencer » on the home page's first screen; « Retour » goes back in history; the e-mail summary of a
 * page in another language is in French first.
 */
import { expect, test } from '@playwright/test';
import { localePath, locales, type Locale } from '../src/i18n/routes.ts';
import { expectNoA11yViolations } from './helpers/axe.ts';
import { resumeAt } from './helpers/locales.ts';
import { answer, backLink, checkLabel, heading, mailtoLinks, openQuestionnaire, persona, type Answers } from './helpers/questionnaire.ts';
import { dialOf, doorPhone, firstPhoneLink, MAX_WORDS, PHONE, pagesOf, uiOf, visibleWords } from './helpers/result.ts';

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

interface Seed {
  readonly id: string;
  /** The dial string of the right door: the 3646 of the service social, or the other door's number. */
  readonly door: string;
  /** The heading that answers, in a locale. */
  readonly heading: (locale: Locale) => string;
}

const service = (locale: Locale) => uiOf[locale].result.heading.service;
const seeds: readonly Seed[] = [
  { id: 'paul-commercant-marseille', door: dialOf('cpam_3646'), heading: service },
  {
    id: 'christian-ingenieur-aix',
    door: doorPhone('retraite'),
    heading: (locale) => uiOf[locale].result.heading.door.replace('{{door}}', uiOf[locale].result.door.retraite),
  },
  { id: 'valerie-secretaire-manosque', door: dialOf('cpam_3646'), heading: service },
];

async function showResult(page: import('@playwright/test').Page, locale: Locale, answers: Answers) {
  await resumeAt(page, locale, 'resultat', answers);
  await expect(page.locator('main .result__kicker')).toHaveText(uiOf[locale].result.title);
}

test.describe('the seed results lead with their door, on the first screen', () => {
  for (const seed of seeds) {
    test(`${seed.id} (fr): the heading answers, tel:${seed.door} is the first phone link and on the first screen, ≤ ${MAX_WORDS} words`, async ({ page }) => {
      await showResult(page, 'fr', persona(seed.id).answers);
      await expect(heading(page)).toHaveText(seed.heading('fr'));
      await expect(page.getByRole('heading', { level: 2, name: uiOf.fr.result.actions.title })).toBeVisible();
      const link = await firstPhoneLink(page);
      expect(link.href, 'the first phone link is the right door’s').toBe(`tel:${seed.door}`);
      expect(link.top, 'top of the first phone link (px)').toBeLessThan(PHONE.height);
      expect(link.bottom, 'the whole link is on the first screen').toBeLessThanOrEqual(PHONE.height);
      const words = await visibleWords(page);
      expect(words, 'visible words, details closed').toBeLessThanOrEqual(MAX_WORDS);
      // « À confirmer » is said in plain words, never as a badge.
      await expect(page.locator('main .tag--confirm')).toHaveCount(0);
      await expectNoA11yViolations(page, `${seed.id} result at 390 × 844`);
      await page.screenshot({ path: `test-results/result-phone-${seed.id}.png` });
    });
  }

  test('Christian: the 3646 is beneath l’Assurance retraite, as the fallback, with no mailbox', async ({ page }) => {
    await showResult(page, 'fr', persona('christian-ingenieur-aix').answers);
    const actions = page.locator('main ol.actions > li');
    await expect(actions).toHaveCount(2);
    await expect(actions.nth(0).locator(`a[href="tel:${doorPhone('retraite')}"]`)).toBeVisible();
    await expect(actions.nth(1).getByRole('heading', { level: 3 })).toHaveText(uiOf.fr.result.actions.fallback);
    await expect(actions.nth(1).locator(`a[href="tel:${dialOf('cpam_3646')}"]`)).toBeVisible();
    expect(await mailtoLinks(page)).toEqual([]);
  });

  test('Valérie: the aids she asked for (money) are shown, the others behind one « Autres aides »', async ({ page }) => {
    await showResult(page, 'fr', persona('valerie-secretaire-manosque').answers);
    const more = page.locator('main details.more-aids');
    await expect(more).toHaveCount(1);
    await expect(page.locator('main section[aria-labelledby="dispositifs-title"] > ul > li')).toHaveCount(5);
    const others = await more.locator(':scope > ul > li').count();
    expect(others).toBeGreaterThan(1);
    await expect(more.locator(':scope > summary')).toHaveText(uiOf.fr.result.dispositifs.more_other.replace('{{count}}', String(others)));
    await expect(more.locator(':scope > ul > li').first()).toBeHidden();
  });
});

test.describe('every locale: at most 450 words, FALC shorter than French', () => {
  for (const seed of seeds) {
    test(`${seed.id}`, async ({ page }) => {
      const counts = new Map<Locale, number>();
      for (const locale of locales) {
        await showResult(page, locale, persona(seed.id).answers);
        await expect(heading(page)).toHaveText(seed.heading(locale));
        const link = await firstPhoneLink(page);
        expect(link.href, `${locale}: first phone link`).toBe(`tel:${seed.door}`);
        expect(link.bottom, `${locale}: first phone link on the first screen`).toBeLessThanOrEqual(PHONE.height);
        counts.set(locale, await visibleWords(page));
        expect(counts.get(locale), `${locale}: visible words`).toBeLessThanOrEqual(MAX_WORDS);
      }
      expect(counts.get('falc'), `FALC (${counts.get('falc')}) shorter than French (${counts.get('fr')})`).toBeLessThan(counts.get('fr') ?? 0);
    });
  }
});

test.describe('a phone-first frame', () => {
  for (const locale of locales) {
    test(`${locale}: header at most 120 px, « Commencer » on the home page’s first screen, languages behind « Langue »`, async ({ page }) => {
      await page.goto(localePath(locale, '/'));
      const header = await page.locator('header').boundingBox();
      expect(header?.height ?? Infinity, 'header height (px)').toBeLessThanOrEqual(120);
      const start = page.getByRole('link', { name: pagesOf[locale].pages.home.start });
      const box = await start.boundingBox();
      expect(box && box.y + box.height, '« Commencer » bottom (px)').toBeLessThanOrEqual(PHONE.height);
      // The five languages, one tap away, the current one marked.
      const menu = page.locator('header details');
      await expect(menu.locator('a[hreflang]').first()).toBeHidden();
      await menu.locator('summary').click();
      await expect(menu.locator('a[hreflang]')).toHaveCount(locales.length);
      await expect(menu.locator('a[aria-current]')).toBeVisible();
      await expectNoA11yViolations(page, `${locale} home with the language menu open`);

      await page.goto(localePath(locale, '/questionnaire/'));
      const questionHeader = await page.locator('header').boundingBox();
      expect(questionHeader?.height ?? Infinity, 'questionnaire header height (px)').toBeLessThanOrEqual(120);
      for (const name of [pagesOf[locale].layout.nav.urgent, pagesOf[locale].layout.quickExit.label]) {
        const target = await page.locator('header').getByRole('link', { name, exact: true }).boundingBox();
        expect(target?.height ?? 0, `« ${name} » height`).toBeGreaterThanOrEqual(44);
      }
    });
  }
});

test('« Retour » goes back in history: no new entry, the answer kept', async ({ page }) => {
  await page.goto('/');
  await openQuestionnaire(page);
  await answer(page, 'qui', 'moi');
  await answer(page, 'besoin', ['argent']);
  const length = await page.evaluate(() => history.length);
  await backLink(page).click();
  await expect(page.locator('main input[name="besoin"][value="argent"]')).toBeChecked();
  expect(await page.evaluate(() => history.length), 'no entry added by « Retour »').toBe(length);
  // The browser's forward button comes back to the question « Retour » left.
  await page.goForward();
  await expect(page.locator('main input[name="regime"]').first()).toBeVisible();
});

test('the e-mail summary of a page in Arabic: French first, for the caisse, then Arabic', async ({ page }) => {
  await showResult(page, 'ar', persona('valerie-secretaire-manosque').answers);
  await page.getByLabel(uiOf.ar.mail.tick).check();
  await expect(page.locator('main a[href^="mailto:"]').first()).toHaveAttribute('href', /body=/);
  const href = (await mailtoLinks(page))[0] ?? '';
  const subject = decodeURIComponent(/subject=([^&]*)/.exec(href)?.[1] ?? '');
  const body = decodeURIComponent(/body=([^&]*)/.exec(href)?.[1] ?? '');
  expect(subject).toBe(uiOf.fr.mail.subject);
  const french = body.indexOf(uiOf.fr.mail.intro);
  const arabic = body.indexOf(uiOf.ar.mail.intro);
  expect(french).toBe(0);
  expect(arabic).toBeGreaterThan(french);
  expect(body).toContain(`${checkLabel('departement')} : Alpes-de-Haute-Provence (04)`);
  expect(body.trimEnd().endsWith(uiOf.ar.mail.reminder)).toBe(true);
});
