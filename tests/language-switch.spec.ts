/**
 * Switching language in the questionnaire keeps every answer and the current step: the header's language
 * link hands `{ step, answers }` to the next document through sessionStorage (one key, read once and deleted
 * at once), never through the URL.
 */
import { expect, test } from '@playwright/test';
import { HANDOFF_KEY } from '../src/i18n/routes.ts';
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
  expect(await page.evaluate(() => Object.keys(sessionStorage)), 'hand-off deleted on load').toEqual([]);

  await chooseLanguage(page, 'ar');
  await page.waitForURL('**/ar/questionnaire/');
  await waitForIsland(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await currentScreen(page), 'same step in Arabic').toBe('regime');
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);

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
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);

  await page.evaluate((key) => {
    sessionStorage.setItem(key, JSON.stringify({ step: 'regime', answers: { qui: 'nobody', besoin: 'everything' }, at: Date.now() }));
  }, HANDOFF_KEY);
  await page.reload();
  await waitForIsland(page);
  // The answers are sanitized: "regime" cannot be reached without valid answers to qui and besoin.
  expect(await currentScreen(page)).toBe('qui');
  expect(await checkedValues(page, 'qui')).toEqual([]);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
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
