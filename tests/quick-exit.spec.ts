/**
 * « Quitter rapidement » (questionnaire and aide urgente): the header button, or Shift pressed three times,
 * replaces the page by the neutral page of src/content/contacts.json `quickExit` without a new history entry,
 * after forgetting the answers: going back does not show them. The neutral page is intercepted (page.route):
 * no request leaves the machine.
 */
import { expect, test, type Page } from '@playwright/test';
import contacts from '../src/content/contacts.json' with { type: 'json' };
import { answer, currentScreen, openQuestionnaire, waitForIsland } from './helpers/questionnaire.ts';
import { origin, ownHost } from './helpers/site.ts';

const exitUrl = contacts.quickExit.url;
const exitHost = new URL(exitUrl).host;

test.beforeEach(async ({ page }) => {
  await page.route(`https://${exitHost}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>neutral</title><p>neutral page</p>' }),
  );
});

async function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => history.length);
}

/** Home page, then the questionnaire with three answers (three history entries of the questionnaire). */
async function answerSome(page: Page): Promise<number> {
  await page.goto('/');
  await openQuestionnaire(page);
  await answer(page, 'qui', 'moi');
  await answer(page, 'besoin', ['travail']);
  await answer(page, 'regime', 'general');
  expect(await currentScreen(page)).toBe('situation');
  return historyLength(page);
}

async function expectAnswersGone(page: Page, lengthBefore: number): Promise<void> {
  await page.waitForURL(`https://${exitHost}/**`);
  expect(page.url()).toBe(exitUrl);
  expect(await historyLength(page), 'history length not increased').toBeLessThanOrEqual(lengthBefore);
  // Back: not an answered question.
  await page.goBack();
  await page.waitForLoadState('domcontentloaded');
  const url = new URL(page.url());
  expect(url.host, 'back lands on this site').toBe(ownHost);
  const shown = await page.evaluate(() => ({
    state: JSON.stringify(history.state),
    checked: document.querySelectorAll('main input:checked').length,
    session: Object.keys(sessionStorage),
  }));
  expect(url.pathname, 'back lands on the page before the questionnaire').toBe('/');
  expect(shown.checked, 'no answer on screen').toBe(0);
  expect(shown.state ?? 'null', 'no answers in the history entry').not.toContain('answers');
  expect(shown.session, 'nothing in sessionStorage').toEqual([]);
}

test('the header button on the questionnaire', async ({ page }) => {
  const before = await answerSome(page);
  const button = page.locator('header a[data-quick-exit]');
  await expect(button).toBeVisible();
  await button.click();
  await expectAnswersGone(page, before);
});

test('Shift pressed three times on the questionnaire', async ({ page }) => {
  const before = await answerSome(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expectAnswersGone(page, before);
});

test('typing capitals, or three slow Shift presses, do not leave', async ({ page }) => {
  await page.goto('/aide-urgente/');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift+B');
  await page.keyboard.press('Shift+C');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(1100);
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  expect(page.url()).toBe(`${origin}/aide-urgente/`);
});

test('aide urgente: the header button and the one in the page, and what it erases is explained', async ({ page }) => {
  await page.goto('/');
  await page.goto('/aide-urgente/');
  await expect(page.locator('header a[data-quick-exit]')).toBeVisible();
  await expect(page.locator('main a[data-quick-exit]')).toBeVisible();
  await expect(page.locator('main #quitter')).toBeVisible();
  const before = await historyLength(page);
  await page.locator('main a[data-quick-exit]').click();
  await page.waitForURL(exitUrl);
  expect(await historyLength(page)).toBeLessThanOrEqual(before);
  await page.goBack();
  expect(new URL(page.url()).pathname, 'the aide urgente page was replaced').toBe('/');
});

test('Shift ×3 in Arabic on the aide urgente page', async ({ page }) => {
  await page.goto('/ar/aide-urgente/');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(exitUrl);
});

test('after a reload, it still leaves at once (older entries of the previous load stay, as the page says)', async ({ page }) => {
  await page.goto('/');
  await openQuestionnaire(page);
  await answer(page, 'qui', 'moi');
  await answer(page, 'besoin', ['travail']);
  await page.reload();
  await waitForIsland(page);
  await answer(page, 'regime', 'general');
  const before = await historyLength(page);
  await page.locator('header a[data-quick-exit]').click();
  await page.waitForURL(exitUrl);
  expect(await historyLength(page)).toBeLessThanOrEqual(before);
});
