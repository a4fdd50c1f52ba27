/**
 * Switching language in the questionnaire keeps every answer and the current step: the header's language
 * link hands `{ step, answers }` to the next document through sessionStorage (one key, read and deleted as soon
 * as the next page loads, even if it cannot start), never through the URL. Besides it, sessionStorage only ever
 * holds the answering session's random id (SESSION_KEY, no answer).
 */
import { expect, test, type Page } from '@playwright/test';
import { HANDOFF_KEY } from '../src/i18n/routes.ts';
import { SESSION_KEY } from '../src/scripts/session.ts';
import {
  answer,
  backLink,
  checkedValues,
  clickToNextScreen,
  currentScreen,
  expectHeadingFocused,
  heading,
  openQuestionnaire,
  waitForIsland,
} from './helpers/questionnaire.ts';
import { chooseLanguage } from './helpers/locales.ts';

/** What sessionStorage holds: no hand-off left, and at most the session id, which holds no answer. */
async function expectNoAnswerStored(page: Page, answered: boolean): Promise<void> {
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)));
  expect(Object.keys(stored), 'hand-off deleted on load').toEqual(answered ? [SESSION_KEY] : []);
  if (answered) expect(stored[SESSION_KEY], 'the session id: a random id, no answer').toMatch(/^[0-9a-z]{6,30}$/);
}

test('fr → en → ar keeps the step and the answers, leaves nothing in sessionStorage and nothing in the URL', async ({ page }) => {
  await openQuestionnaire(page);
  await answer(page, 'qui', 'moi');
  await answer(page, 'besoin', ['travail', 'argent']);
  expect(await currentScreen(page)).toBe('regime');

  await chooseLanguage(page, 'en');
  await page.waitForURL('**/en/questionnaire/');
  await waitForIsland(page);
  expect(new URL(page.url()).search, 'no query string').toBe('');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await currentScreen(page), 'same step in English').toBe('regime');
  await expectNoAnswerStored(page, true);

  await chooseLanguage(page, 'ar');
  await page.waitForURL('**/ar/questionnaire/');
  await waitForIsland(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await currentScreen(page), 'same step in Arabic').toBe('regime');
  await expectNoAnswerStored(page, true);

  // The island's own back link: the previous answers are there, in Arabic.
  const before = (await heading(page).innerText()).trim();
  await page.locator('main a.back-link').click();
  await expect(heading(page)).not.toHaveText(before);
  expect(await currentScreen(page)).toBe('besoin');
  expect((await checkedValues(page, 'besoin')).sort()).toEqual(['argent', 'travail']);
});

test('a stale or malformed hand-off is ignored and deleted', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate((key) => {
    sessionStorage.setItem(key, JSON.stringify({ step: 'regime', answers: { qui: 'moi', besoin: ['travail'] }, at: Date.now() - 10 * 60_000 }));
  }, HANDOFF_KEY);
  await page.goto('/en/questionnaire/');
  await waitForIsland(page);
  expect(await currentScreen(page), 'stale hand-off: first question').toBe('qui');
  await expectNoAnswerStored(page, false);

  await page.evaluate((key) => {
    sessionStorage.setItem(key, JSON.stringify({ step: 'regime', answers: { qui: 'nobody', besoin: 'everything' }, at: Date.now() }));
  }, HANDOFF_KEY);
  await page.reload();
  await waitForIsland(page);
  // The answers are sanitized: "regime" cannot be reached without valid answers to qui and besoin.
  expect(await currentScreen(page)).toBe('qui');
  expect(await checkedValues(page, 'qui')).toEqual([]);
  await expectNoAnswerStored(page, false);
});

test('switching language on the first question, answered: the answer is kept, and the next question gets the focus', async ({ page }) => {
  await openQuestionnaire(page);
  await answer(page, 'qui', 'moi');
  await clickToNextScreen(page, backLink(page));
  expect(await currentScreen(page)).toBe('qui');

  await chooseLanguage(page, 'en');
  await page.waitForURL('**/en/questionnaire/');
  await waitForIsland(page);
  expect(await currentScreen(page)).toBe('qui');
  expect(await checkedValues(page, 'qui')).toEqual(['moi']);

  await clickToNextScreen(page, page.locator('main form button[type="submit"]'));
  expect(await currentScreen(page)).toBe('besoin');
  await expectHeadingFocused(page);
});

for (const failing of ['the page’s content (donnees.json)', 'the questionnaire’s code'] as const) {
  test(`the hand-off does not outlive a page that cannot start (${failing} fails)`, async ({ page }) => {
    await openQuestionnaire(page);
    await answer(page, 'qui', 'moi');
    await answer(page, 'besoin', ['travail']);
    await page.route(failing.startsWith('the page') ? '**/en/questionnaire/donnees.json' : '**/_astro/boot.*.js', (route) =>
      route.abort('internetdisconnected'),
    );
    await chooseLanguage(page, 'en');
    await page.waitForURL('**/en/questionnaire/');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await page.evaluate((key) => sessionStorage.getItem(key), HANDOFF_KEY), 'no answer left in sessionStorage').toBeNull();
    await expectNoAnswerStored(page, true);
  });
}
