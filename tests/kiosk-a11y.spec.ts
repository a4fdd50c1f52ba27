/**
 * The borne in every language, standing and touching: axe (WCAG 2.2 AA) on the start screen, a question, the
 * inactivity warning, the result and the ticket (print media); text ≥ 22 px, targets ≥ 64 px; no scrolling for a
 * question on 1080×1920; « Afficher aussi en français ».
 */
import { expect, test, type Page } from '@playwright/test';
import { locales, type Locale } from '../src/i18n/routes.ts';
import kioskFr from '../src/i18n/locales/fr/kiosk.json' with { type: 'json' };
import flowFr from '../src/i18n/locales/fr/flow.json' with { type: 'json' };
import flowEn from '../src/i18n/locales/en/flow.json' with { type: 'json' };
import uiFr from '../src/i18n/locales/fr/ui.json' with { type: 'json' };
import { expectNoA11yViolations } from './helpers/axe.ts';
import { begin, confirmKiosk, kioskPath, kioskScreen, KIOSK_VIEWPORT, openKiosk, playKiosk } from './helpers/kiosk.ts';
import { persona } from './helpers/questionnaire.ts';

test.use({ viewport: KIOSK_VIEWPORT, hasTouch: true });
test.describe.configure({ timeout: 180_000 });

const paul = persona('paul-commercant-marseille');

/** Every visible text is at least 22 px; every visible control at least 64 × 64 px. */
async function expectStandingAndTouching(page: Page, where: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const visible = (el: Element) => {
      if (el.closest('.visually-hidden, .skip-link, svg, option, [hidden], dialog:not([open])')) return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const el of document.querySelectorAll('body *')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!hasText || !visible(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 22) out.push(`text ${size}px: <${el.tagName.toLowerCase()} class="${el.className}"> ${(el.textContent ?? '').trim().slice(0, 40)}`);
    }
    const controls = 'a[href], button, input:not([type="hidden"]), select, summary, [role="option"]';
    for (const el of document.querySelectorAll(controls)) {
      if (!visible(el)) continue;
      const { width, height } = el.getBoundingClientRect();
      if (width < 63.5 || height < 63.5) out.push(`target ${Math.round(width)}×${Math.round(height)}: <${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 40)}`);
    }
    return out;
  });
  expect(problems, `${where}: text under 22 px or a target under 64 px`).toEqual([]);
}

async function expectNoScroll(page: Page, where: string): Promise<void> {
  const { scroll, height } = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, height: innerHeight }));
  expect(scroll, `${where}: the question fits on 1080×1920 without scrolling`).toBeLessThanOrEqual(height);
}

/** The result of `answers`, resumed from the tab's history entry (the island's reload). */
async function resultIn(page: Page, locale: Locale): Promise<void> {
  await page.goto(kioskPath(locale));
  await expect(page.locator('body[data-borne-screen]')).toBeAttached();
  await page.evaluate((answers) => history.replaceState({ orientation: { step: 'resultat', answers, depth: 0 } }, ''), paul.answers);
  await page.reload();
  await expect(page.locator('main .result')).toBeVisible();
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('.kiosk-result-qr')).toBeVisible({ timeout: 20_000 });
}

for (const locale of locales) {
  test(`${locale}: start screen, a question, the warning, the result and the ticket pass axe; text ≥ 22 px, targets ≥ 64 px`, async ({ page }) => {
    await page.clock.install();
    await openKiosk(page, locale);
    await expect(page.locator('.kiosk-languages a')).toHaveCount(locales.length);
    await expectNoA11yViolations(page, `${kioskPath(locale)} start screen`);
    await expectStandingAndTouching(page, `${locale} start screen`);

    await begin(page);
    await expectNoA11yViolations(page, `${kioskPath(locale)} first question`);
    await expectStandingAndTouching(page, `${locale} first question`);
    await expectNoScroll(page, `${locale} first question`);

    // (The clock keeps running: axe needs its timers; the warning lasts 30 s.)
    await page.locator('main h1').click();
    await page.clock.runFor(90_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoA11yViolations(page, `${kioskPath(locale)} inactivity warning`);
    await expectStandingAndTouching(page, `${locale} inactivity warning`);
    await page.getByRole('alertdialog').getByRole('button').click();

    await resultIn(page, locale);
    await page.locator('main details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    await expectNoA11yViolations(page, `${kioskPath(locale)} result`);
    await expectStandingAndTouching(page, `${locale} result`);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ticket')).toBeVisible();
    await expect(page.locator('main .result > h1')).toBeHidden();
    await expectNoA11yViolations(page, `${kioskPath(locale)} ticket (print)`);
  });
}

test('every question of a long journey fits on 1080×1920 without scrolling, and is large enough', async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  const answers = { ...paul.answers, difficultes: ['argent', 'moral', 'logement'] };
  const seen = await playKiosk(page, answers, {
    onScreen: async (screen) => {
      // The support screen (ten listening and emergency numbers) is not a question: it may scroll.
      if (screen !== 'soutien') await expectNoScroll(page, screen);
      await expectStandingAndTouching(page, screen);
    },
  });
  expect(seen).toContain('difficultes');
  expect(seen).toContain('soutien');
});

test('in English, « Afficher aussi en français » shows the French under each title, option and result line', async ({ page }) => {
  await openKiosk(page, 'en');
  await begin(page);
  const toggle = page.getByRole('button', { name: /Also show in French/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('main .also-fr[lang="fr"]')).toHaveCount(1); // the toggle's own French label
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('main h1 .also-fr')).toHaveText(flowFr.question.qui.title);
  await expect(page.locator('main label[for="qui-moi"] .also-fr')).toHaveText(flowFr.option.qui.moi);
  await expect(page.locator('main label[for="qui-moi"]')).toContainText(flowEn.option.qui.moi);
  await expectNoScroll(page, 'first question with French alongside');
  await expectStandingAndTouching(page, 'first question with French alongside');
  await playKiosk(page, paul.answers);
  await confirmKiosk(page);
  // Main's result: « Votre orientation » above a heading that answers; the axes after « Ce que vous pouvez faire ».
  await expect(page.locator('main .result .result__kicker .also-fr')).toHaveText(uiFr.ui.result.title);
  await expect(page.locator('main .result h1 .also-fr')).toHaveText(uiFr.ui.result.heading.service);
  await expect(page.locator('main .result section[aria-labelledby="axes-title"] h3 .also-fr').first()).toHaveText('Garder ou reprendre votre travail');
  await expect(page.locator('main .reasons li .also-fr').first()).toContainText('Situation de travail');
  await expectNoA11yViolations(page, 'English result with French alongside');
  // Off again: English only.
  await toggle.click();
  await expect(page.locator('main .result .also-fr')).toHaveCount(0);
  expect(await kioskScreen(page)).toBe('resultat');
});

test('French and FALC have no « Afficher aussi en français »', async ({ page }) => {
  for (const locale of ['fr', 'falc'] as const) {
    await openKiosk(page, locale);
    await begin(page);
    await expect(page.getByRole('button', { name: kioskFr.kiosk.french.toggle })).toHaveCount(0);
  }
});
