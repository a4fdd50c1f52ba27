/**
 * « Quitter rapidement » (questionnaire and aide urgente): the header button, or Shift pressed three times,
 * replaces the page by the neutral page of src/content/contacts.json `quickExit` without a new history entry,
 * after wiping the answering session: afterwards, no entry of the tab's history shows an answer, by Back or by
 * Forward, with or without the Navigation API, after a reload too; the entries of the page that was left hold no
 * answer in their state at all. The neutral page is intercepted (page.route): no request leaves the machine.
 *
 * Every entry of the tab's history is visited the way a person does (Back, Forward, one at a time); where we
 * are in the history is read with Chromium's DevTools protocol (`Page.getNavigationHistory`), which does not
 * depend on the page.
 */
import { expect, test, type Page } from '@playwright/test';
import contacts from '../src/content/contacts.json' with { type: 'json' };
import { HISTORY_KEY } from '../src/components/island/history-entry.ts';
import { HANDOFF_KEY } from '../src/i18n/routes.ts';
import {
  answer,
  backLink,
  clickToNextScreen,
  confirmAnswers,
  currentScreen,
  heading,
  openQuestionnaire,
  persona,
  playAnswers,
  questionTitle,
  ui,
  waitForIsland,
  CHECK,
  RESULT,
} from './helpers/questionnaire.ts';
import { chooseLanguage } from './helpers/locales.ts';
import { origin, ownHost } from './helpers/site.ts';

const exitUrl = contacts.quickExit.url;
const exitHost = new URL(exitUrl).host;
const valerie = persona('valerie-secretaire-manosque').answers;

test.beforeEach(async ({ page }) => {
  await page.route(`https://${exitHost}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>neutral</title><p>neutral page</p>' }),
  );
  // The state each document found in its history entry when it started, before any script of the site ran.
  await page.addInitScript(() => {
    (window as { foundState?: string }).foundState = JSON.stringify(history.state);
  });
});

/** As in a browser without the Navigation API (Safari before 26.2, Firefox before 147). */
async function withoutNavigationApi(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'navigation', { value: undefined, configurable: true });
  });
}

/**
 * Shift pressed three times, within a second as a person does: the page's clock is made to stand still first
 * (a busy test machine can take longer than a second for three key presses).
 */
async function pressShiftThreeTimes(page: Page): Promise<void> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
}

async function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => history.length);
}

/** Where the tab is in its history (Chromium's DevTools protocol: independent of the page's scripts). */
async function tabHistory(page: Page): Promise<{ currentIndex: number; entries: { url: string }[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await cdp.send('Page.getNavigationHistory');
  } finally {
    await cdp.detach();
  }
}

/** The number of answers in a `history.state` (0 when it holds none). */
function answersIn(state: unknown, key: string): number {
  const entry = state && typeof state === 'object' ? (state as Record<string, unknown>)[key] : null;
  const answers = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['answers'] : null;
  return answers && typeof answers === 'object' ? Object.keys(answers).length : 0;
}

/**
 * On the entry the tab shows: no answer on screen (no result, no « Vérifiez vos réponses », nothing ticked or
 * chosen), none in `history.state`, nothing in sessionStorage; with `wiped`, none in the state the page found
 * on arrival either (an entry of the page that was left: emptied before leaving).
 */
async function expectNoAnswer(page: Page, where: string, wiped: boolean): Promise<void> {
  const url = new URL(page.url());
  if (url.host !== ownHost) return; // the neutral page, or the tab's first blank page
  if (url.pathname.endsWith('/questionnaire/')) await waitForIsland(page);
  const shown = await page.evaluate((key) => {
    const found = (window as { foundState?: string }).foundState;
    return {
      heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
      ticked: document.querySelectorAll('main input:checked').length,
      chosen: [...document.querySelectorAll('main select')].filter((select) => (select as HTMLSelectElement).value !== '').length,
      mailto: document.querySelectorAll('main a[href^="mailto:"]').length,
      state: history.state as unknown,
      found: found === undefined ? null : (JSON.parse(found) as unknown),
      session: Object.keys(sessionStorage),
      key,
    };
  }, HISTORY_KEY);
  expect([ui.result.title, ui.check.title], `${where}: not a result nor « Vérifiez vos réponses »`).not.toContain(shown.heading);
  expect(shown.ticked, `${where}: nothing ticked`).toBe(0);
  expect(shown.chosen, `${where}: no département chosen`).toBe(0);
  expect(shown.mailto, `${where}: no e-mail summary`).toBe(0);
  expect(answersIn(shown.state, shown.key), `${where}: no answer in history.state`).toBe(0);
  expect(shown.session, `${where}: nothing in sessionStorage`).toEqual([]);
  if (wiped) expect(answersIn(shown.found, shown.key), `${where}: no answer left in the entry`).toBe(0);
}

/**
 * Visits every entry of the tab's history, one at a time, with Back (`back`) or Forward, down to the first one
 * or up to the last one, checking each one. `wiped(index)`: whether that entry belongs to the page that was left.
 */
async function visitEvery(page: Page, direction: 'back' | 'forward', wiped: (index: number) => boolean): Promise<void> {
  for (let steps = 0; steps < 60; steps += 1) {
    const { currentIndex, entries } = await tabHistory(page);
    const next = currentIndex + (direction === 'back' ? -1 : 1);
    if (next < 0 || next >= entries.length) return;
    if (direction === 'back') await page.goBack();
    else await page.goForward();
    await expect.poll(async () => (await tabHistory(page)).currentIndex, `${direction} to entry ${next}`).toBe(next);
    await page.waitForLoadState();
    await expectNoAnswer(page, `${direction} to entry ${next} (${page.url()})`, wiped(next));
  }
  throw new Error('more than 60 history entries');
}

/**
 * Leaves with the header button and waits for the neutral page; returns the tab's history then. The page's
 * clock stands still meanwhile: the walk over the entries takes no new step after 2 s of its clock (a slow
 * device leaves anyway), and a busy test machine must not cut it short.
 */
async function leave(page: Page, lengthBefore: number) {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await page.locator('header a[data-quick-exit]').click();
  await page.waitForURL(exitUrl);
  await page.clock.resume();
  expect(await historyLength(page), 'history length not increased').toBeLessThanOrEqual(lengthBefore);
  return tabHistory(page);
}

for (const api of ['with', 'without'] as const) {
  test.describe(`${api} the Navigation API`, () => {
    test.beforeEach(async ({ page }) => {
      // Whole journeys, then every entry of the history visited twice.
      test.slow();
      if (api === 'without') await withoutNavigationApi(page);
    });

    test('from a result, after going back two screens: neither Back nor Forward reaches an answer', async ({ page }) => {
      await page.goto('/');
      await openQuestionnaire(page);
      if (api === 'without') expect(await page.evaluate(() => 'navigation' in window && window.navigation !== undefined)).toBe(false);
      await playAnswers(page, valerie);
      await confirmAnswers(page);
      // Entries on both sides: the result and « Vérifiez vos réponses » are now ahead, in Forward.
      await page.goBack();
      await expect(heading(page)).toHaveText(ui.check.title);
      await page.goBack();
      await expect(heading(page)).toHaveText(questionTitle('departement'));
      const before = await historyLength(page);
      const home = (await tabHistory(page)).entries.findIndex((entry) => entry.url === `${origin}/`);

      const after = await leave(page, before);
      expect(after.currentIndex, 'the neutral page replaced the questionnaire’s first entry').toBe(home + 1);
      // Every entry after the home page was the questionnaire's page that was left.
      const wiped = (index: number) => index > home;
      await visitEvery(page, 'forward', wiped);
      await visitEvery(page, 'back', wiped);
      expect((await tabHistory(page)).currentIndex, 'back to the tab’s first entry').toBe(0);
      await visitEvery(page, 'forward', wiped);
    });

    test('after a reload, on « Vérifiez vos réponses »: Back and Forward show no answer, the entries before the reload included', async ({ page }) => {
      await page.goto('/');
      await openQuestionnaire(page);
      await answer(page, 'qui', 'moi');
      await answer(page, 'besoin', ['travail']);
      await page.reload();
      await waitForIsland(page);
      const reloadedAt = (await tabHistory(page)).currentIndex;
      await playAnswers(page, valerie);
      expect(await currentScreen(page)).toBe(CHECK);
      await clickToNextScreen(page, backLink(page));
      const before = await historyLength(page);

      await leave(page, before);
      // The entries before the reload belong to another page: they keep what the browser keeps, but the site
      // never shows it again (they name a session that is gone); those of the page that was left hold nothing.
      const wiped = (index: number) => index >= reloadedAt;
      await visitEvery(page, 'back', wiped);
      await visitEvery(page, 'forward', wiped);
      await visitEvery(page, 'back', wiped);
    });
  });
}

test('the header button on the questionnaire: Back lands on the page before, with no answer', async ({ page }) => {
  await page.goto('/');
  await openQuestionnaire(page);
  await answer(page, 'qui', 'moi');
  await answer(page, 'besoin', ['travail']);
  await answer(page, 'regime', 'general');
  const before = await historyLength(page);
  await expect(page.locator('header a[data-quick-exit]')).toBeVisible();
  await leave(page, before);
  await page.goBack();
  expect(page.url(), 'back lands on the page before the questionnaire').toBe(`${origin}/`);
  await expectNoAnswer(page, 'back', true);
});

test('Shift pressed three times on a result', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await openQuestionnaire(page);
  await playAnswers(page, valerie);
  await confirmAnswers(page);
  expect(await currentScreen(page)).toBe(RESULT);
  const before = await historyLength(page);
  await pressShiftThreeTimes(page);
  await page.waitForURL(exitUrl);
  await page.clock.resume();
  expect(await historyLength(page)).toBeLessThanOrEqual(before);
  await visitEvery(page, 'forward', () => true);
});

test('typing capitals, or three slow Shift presses, do not leave', async ({ page }) => {
  await page.clock.install();
  await page.goto('/aide-urgente/');
  // The exit hides the page at once, in the key's own event: checking right after each key is enough.
  const leaving = () => page.evaluate(() => document.documentElement.style.visibility === 'hidden');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift+B');
  await page.keyboard.press('Shift+C');
  expect(await leaving(), 'capitals').toBe(false);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.clock.fastForward(1100);
  await page.keyboard.press('Shift');
  expect(await leaving(), 'three presses over more than a second').toBe(false);
  expect(page.url()).toBe(`${origin}/aide-urgente/`);
  // Within a second, three presses do leave.
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(exitUrl);
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
  await pressShiftThreeTimes(page);
  await page.waitForURL(exitUrl);
});

test('right after a change of language: the answers handed over are gone too', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await openQuestionnaire(page);
  await answer(page, 'qui', 'moi');
  await answer(page, 'besoin', ['travail']);
  await chooseLanguage(page, 'en');
  await page.waitForURL('**/en/questionnaire/');
  await waitForIsland(page);
  expect(await currentScreen(page)).toBe('regime');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), HANDOFF_KEY)).toBeNull();
  const before = await historyLength(page);
  await leave(page, before);
  // Back: the French pages of the questionnaire, left before the change of language, show nothing.
  await visitEvery(page, 'back', () => false);
  await visitEvery(page, 'forward', () => false);
});
